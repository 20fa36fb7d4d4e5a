"""Joining lines that the converter wrapped, and keeping the breaks that are real.

- Chinese hard wraps: a line containing Han characters that does not end a sentence (not
  ending in 。！？：；」”… etc.) is joined, without a space and across blank lines, to the
  next line when that starts with a Han character or an opening bracket/quote (not an
  enumerator such as "（二）"), and the break is a wrap: the line is long (>= 85% of the
  document's typical Chinese line width) or, in documents whose converter marks paragraph
  ends with trailing spaces, the line has no trailing space. In such documents a wrap may
  also continue with a digit or Latin word ("来自\\n\\n6个国家").
- URL lines: a run of lines that are only URLs, standing between two fragments of one
  sentence (the fragments would be joined by the rules here, or an English line not ending
  a sentence followed by a lower-case word), is removed and the sentence joined. URL lines
  between paragraphs are kept: they are the sources of the items above them and carry no
  risk of splitting a sentence.
- English hyphenation: "inter-\\nnational" -> "international" when both fragments are
  lower-case letters; an English sentence wrapped mid-way (a line of several words ending
  in a plain word or a comma, then a line starting with a lower-case word) is joined with a
  space; in a hard-wrapped English text, a full-width line that does not end a sentence
  goes on in the next line.
- Paragraph breaks: any run of blank lines becomes one blank line; single newlines are kept.
"""

from __future__ import annotations

import re

from importers.read.repair.furniture import URL_ONLY
from importers.read.repair.lines import HAN_CHAR, Layout, Line, is_han, measure, width

# a Chinese line ending in one of these ends a sentence or clause: never joined to the next
_TERMINAL = frozenset("。！？：；」』”’…．.!?:;")
_OPENERS = frozenset("“‘《（「『【〈")
_ENUM_START = re.compile(
    r"^(?:[（(][一二三四五六七八九十百零〇\d]{1,4}[）)]|[一二三四五六七八九十百]{1,3}[、．.]"
    r"|第[一二三四五六七八九十百零〇\d]{1,4}[章节条部分篇]|\d{1,3}[、．.](?!\d)"
    r"|[➢➤•·●○◆◇■□▪▶►※★☆])"
)
# a line that is only a bracketed heading (【展望2026】) opens a section: never a wrap's tail
_BRACKET_HEADING = re.compile(r"^【[^】]{1,20}】$")
_HYPHENATED = re.compile(r"(?<![A-Za-z])([A-Za-z]?[a-z]+)-$")
_LOWER_WORD = re.compile(r"[a-z]+\b")


def zh_wrap(layout: Layout, a: Line, b: Line) -> bool:
    """Whether Chinese line `a` was wrapped by the converter and goes on in `b`."""
    if not layout.typical or not HAN_CHAR.search(a.text):
        return False
    last, first = a.text[-1], b.text[0]
    if _ENUM_START.match(b.text) or _BRACKET_HEADING.match(b.text.strip()):
        return False
    if layout.trail_mode:
        # a clause-final colon or semicolon without the paragraph-end space is a wrap
        if a.trail or (last in _TERMINAL and last not in "：:；;"):
            return False
    elif last in _TERMINAL or width(a.text) < layout.long_enough:
        return False
    if is_han(first) or first in _OPENERS:
        return True
    # a wrap before a number or Latin word: only on the strong trailing-space evidence
    return layout.trail_mode and is_han(last) and first.isascii() and first.isalnum()


def en_continues(a: Line, b: Line) -> bool:
    """A sentence fragment (several words, the last a plain word or ending in a comma)
    followed by a line that starts with a lower-case word."""
    words = a.text.split()
    return (
        len(words) >= 4
        and re.fullmatch(r"[A-Za-z]+,?", words[-1]) is not None
        and _LOWER_WORD.match(b.text) is not None
    )


def en_wrapped(layout: Layout, a: Line, b: Line) -> bool:
    """In a hard-wrapped document, a full-width line that does not end a sentence goes on in
    the next line, whatever its first letter ("by María José" / "Ferreira, …")."""
    return (
        layout.hard_wrapped
        and not HAN_CHAR.search(a.text + b.text)
        and len(a.text) >= 0.8 * layout.latin_typical
        and a.text[-1] not in ".!?:;|"
        and (b.text[0].isalnum() or b.text[0] in "(\"'“‘")
        and not (_table_row(a.text) and _table_row(b.text))
    )


def _table_row(text: str) -> bool:
    """A row of a pipe table not framed by pipes: its cells end where the line does, so
    two such rows in a row are two rows, however wide the first is."""
    return text.count(" | ") >= 2


def join_lines(lines: list[Line]) -> str:
    """The text of the lines, wraps joined and real breaks kept."""
    if not lines:
        return ""
    layout = measure(lines)
    out: list[str] = [lines[0].text]
    prev = lines[0]
    i = 1
    while i < len(lines):
        cur = lines[i]
        after = _url_run_in_sentence(layout, lines, i, prev)
        if after is not None:  # drop the URL lines and join the sentence
            nxt = lines[after]
            out.append(nxt.text if zh_wrap(layout, prev, nxt) else " " + nxt.text)
            prev, i = nxt, after + 1
            continue
        if _hyphenated(prev, cur) and out[-1].endswith("-"):
            out[-1] = out[-1][:-1]
            out.append(cur.text)
        else:
            out.append(_break(layout, prev, cur) + cur.text)
        prev = cur
        i += 1
    return "".join(out).strip()


def _url_run_in_sentence(layout: Layout, lines: list[Line], i: int, prev: Line) -> int | None:
    """Where a run of URL-only lines starting at `i` splits a sentence: the index of the
    line after the run, which goes on from `prev`; else None."""
    if not URL_ONLY.match(lines[i].text):
        return None
    j = i
    while j < len(lines) and URL_ONLY.match(lines[j].text):
        j += 1
    if j >= len(lines) or URL_ONLY.match(prev.text):
        return None
    nxt = lines[j]
    return j if zh_wrap(layout, prev, nxt) or en_continues(prev, nxt) else None


def _hyphenated(prev: Line, cur: Line) -> bool:
    """A word broken at a hyphen: "inter-" then "national"."""
    return bool(_HYPHENATED.search(prev.text) and _LOWER_WORD.match(cur.text))


def _break(layout: Layout, prev: Line, cur: Line) -> str:
    """What goes between line `prev` and line `cur`: nothing (a Chinese wrap), a space (an
    English wrap), or the break that was there (one newline, or a blank line)."""
    if zh_wrap(layout, prev, cur):
        return ""
    if cur.gap == 0 and (en_continues(prev, cur) or en_wrapped(layout, prev, cur)):
        return " "  # an English sentence wrapped mid-way: one line again
    return "\n" if cur.gap == 0 else "\n\n"
