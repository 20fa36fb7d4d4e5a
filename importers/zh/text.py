"""A searchable view of a Chinese document with a map back to the text as given.

PDF text wraps lines inside words (知识产\\n\\n权), interleaves URL lines in the middle of a
sentence and ends articles with source lines (来源：…). The readers repair most of this, but
the extractor must not depend on it: it searches a cleaned copy in which

* line breaks between Chinese characters are removed (a wrap is not a boundary);
* white space that contains a space next to a line break stays as a hard break ("\\n"), since
  table cells and paragraph ends look like that ("保护策略 \\n\\n揭晓 \\n");
* URL lines vanish, and source/credit lines become a hard break (they state no facts);
* full-width forms are folded one character for one character (（ -> (), so that offsets map;
* pinyin readings a converter glossed after characters (產(chǎn)) vanish (store.text.glosses),
  and a character such a converter lost ("?", "_") reads as one unknown Han character
  (`LOST_HAN`), so that a name runs on over it; `as_written` gives the mark back;
* Traditional characters become Simplified ones, one for one (國家知識產權局 -> 国家知识产权局),
  so that one set of patterns and reference names serves both scripts; `View.as_written` gives
  a stretch back in the text's own script.

Every character of the cleaned copy maps to a character of the original, so spans stay exact.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from importers.facts import Span
from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from store.text import is_han, to_simplified
from store.text.glosses import gloss_ranges, lost_characters, without_glosses
from store.text.script import LOST_HAN, NAME_DOTS

_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_DOMAIN_END = re.compile(r"[(（]\s*[a-z0-9.-]+\.[a-z]{2,}\s*[)）]\s*$", re.IGNORECASE)
_SPACES = " \t\u3000\xa0\u2002\u2003\u2009\u200b"

KEEP, SOFT, HARD = 0, 1, 2


def is_cjk(ch: str) -> bool:
    """A Chinese character or CJK punctuation: text on both sides of a wrap joins up."""
    if not ch:
        return False
    o = ord(ch)
    return is_han(ch) or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or ch in "“”‘’—…·"


def is_box(ch: str) -> bool:
    """A box-drawing character (│ ┌ ─): the frame of a table, never text to join across."""
    return bool(ch) and 0x2500 <= ord(ch) <= 0x257F


@dataclass
class View:
    """The cleaned text and, per character, its offset in the original."""

    original: str
    text: str
    origin: list[int]
    # clean offset -> the Traditional character written there, where it was simplified
    written: dict[int, str] = field(default_factory=dict)

    def as_written(self, start: int, end: int) -> str:
        """clean[start:end] in the script of the original (Traditional stays Traditional)."""
        return "".join(self.written.get(i, self.text[i]) for i in range(start, end))

    def with_lost_marks(self, start: int, end: int) -> str:
        """clean[start:end] with each character a converter lost as the mark it wrote ("?",
        "_"), not as `LOST_HAN`: the Simplified form of a name that runs over one."""
        return "".join(
            self.written[i] if c == LOST_HAN and i in self.written else c
            for i, c in enumerate(self.text[start:end], start)
        )

    def written_form(self, s: str, near: int) -> str:
        """`s`, a string of the clean text, as written at its occurrence nearest to `near`."""
        if not self.written or not s:
            return s
        at = [m.start() for m in re.finditer(re.escape(s), self.text)]
        if not at:
            return s
        k = min(at, key=lambda a: abs(a - near))
        return self.as_written(k, k + len(s))

    def title_as_written(self, s: str, near: int) -> str:
        """A title of the clean text as written at its occurrence nearest to `near`, with a
        reading a converter glossed inside it (臨時(shí)代辦): the glossed form is the text's."""
        form = self.written_form(s, near)
        at = [m.start() for m in re.finditer(re.escape(s), self.text)]
        if not at or not s:
            return form
        k = min(at, key=lambda a: abs(a - near))
        original = self.original[self.origin[k] : self.origin[k + len(s) - 1] + 1]
        return original if without_glosses(original) == form else form

    def span(self, start: int, end: int) -> Span:
        """Span in the original text of clean[start:end]."""
        if end <= start:
            return Span(self.origin[start], self.origin[start])
        return Span(self.origin[start], self.origin[end - 1] + 1)

    def surface(self, start: int, end: int) -> str:
        """The original characters of clean[start:end], without removed white space."""
        chars = [self.original[self.origin[i]] for i in range(start, end)]
        out = "".join(" " if c.isspace() else c for c in chars)
        return re.sub(r" {2,}", " ", out).strip()


def _line_marks(text: str) -> list[int]:
    """Per character: KEEP, SOFT (URL lines: removable) or HARD (source lines: a break)."""
    marks = [KEEP] * len(text)
    pos = 0
    in_source = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        has_han = any(is_han(c) for c in body)
        kind = KEEP
        if _URL_LINE.match(body):
            kind = SOFT
        elif _source_line().match(body) and not _byline(body):
            kind, in_source = HARD, True
        elif _masthead(body) or (body.strip() and _is_credit(body, in_source, has_han)):
            kind = HARD
        elif body.strip():
            in_source = False
        if kind != KEEP:
            for i in range(pos, pos + len(body)):
                marks[i] = kind
        pos += len(line)
    return marks


@cache
def _source_line() -> re.Pattern[str]:
    """A source or credit line: 来源：…, 责任编辑：…, (Source: …)."""
    labels = alternation(zh_lex.words("source_labels"))
    return re.compile(rf"^\s*[（(【\[]?\s*(?:{labels})\s*[:：]")


_WEB_HOST = re.compile(r"(?<![\w./@])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)


def _masthead(body: str) -> bool:
    """某网站 www.example.cn 2012年5月3日 来源：某局网站: a page's masthead line (the site,
    its address, the time, then a source label later in the line) states no facts."""
    if _WEB_HOST.search(body) is None:
        return False
    labels = alternation(zh_lex.words("source_labels"))
    return re.search(rf"(?:{labels})\s*[:：]", to_simplified(body)) is not None


@cache
def _byline_regex() -> re.Pattern[str]:
    """作者：某某，X律师事务所合伙人: an author label, a name, a comma, an affiliation that
    ends with a title."""
    labels = alternation(zh_lex.people_lexicon("author_labels"))
    titles = alternation(sorted(zh_lex.titles(), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{labels})\s*[:：]\s*[^,，]{{2,12}}[,，].{{2,40}}?(?:{titles})\s*$")


def _byline(body: str) -> bool:
    """An author's line that states where the author works: facts (the author's body and
    title), not a credit."""
    return _byline_regex().match(to_simplified(body)) is not None


def _is_credit(body: str, in_source: bool, has_han: bool) -> bool:
    """A line that continues a source block (an English title, a "(qq.com)" headline)."""
    if in_source and (not has_han or _DOMAIN_END.search(body)):
        return True
    return bool(_DOMAIN_END.search(body)) and len(body.strip()) < 120


def folded(name: str) -> str:
    """A name as the cleaned view writes it (某论坛（澳门） -> 某论坛(澳门)): full-width forms
    folded one character for one character, as `view` folds the text."""
    return "".join(_fold(ch) for ch in name)


def _fold(ch: str) -> str:
    """NFKC of one character when it stays one character (（ -> (, full-width digits)."""
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def _gap(
    original: str, run: range, marks: list[int], around: tuple[str, str], *, repaired: bool
) -> str:
    """What a run of white space, URL and source lines between two characters becomes.

    `around` holds the characters before and after the run. In text the readers already
    repaired, wraps are joined, so every remaining line break is a real boundary (a heading,
    a table cell)."""
    before, after = around
    if any(marks[i] == HARD for i in run):
        return "\n"
    if (
        _letter_spaced(original, run)
        or _beside_name_dot(original, run)
        or _splits_country(original, run)
    ):
        return ""
    chars = [original[i] for i in run if marks[i] == KEEP]
    has_break = any(c in "\r\n\x0b\x0c\u2028\u2029" for c in chars) or any(
        marks[i] == SOFT for i in run
    )
    has_space = any(c in _SPACES or (c.isspace() and c not in "\r\n") for c in chars)
    latin_both = not is_cjk(before) and not is_cjk(after)
    if has_break and (is_box(before) or is_box(after)):
        return "\n"  # the rows of a table drawn with box characters stay rows
    if has_break and repaired and any(marks[i] == KEEP for i in run):
        # a line of Latin text ends a line of its own too (…续签PPH / 6月24日，…)
        if _title_over_name(original, run):
            return " "
        return " " if latin_both and not _heading_end(original, run) else "\n"
    if has_break and not has_space:
        return " " if latin_both else ""
    if has_break:
        return " " if latin_both else "\n"
    return " "


def _beside_name_dot(original: str, run: range) -> bool:
    """丽萨 · 乔根森: spaces on one line beside the middle dot of a transliterated name, with a
    Chinese character on both sides of the dot, are no gap: the name is one word."""
    gap = original[run.start : run.stop]
    if not gap or any(c not in _SPACES for c in gap):
        return False
    line = original[original.rfind("\n", 0, run.start) + 1 : run.start].rstrip(_SPACES)
    end = original.find("\n", run.stop)
    rest = original[run.stop : end if end >= 0 else len(original)].lstrip(_SPACES)
    if rest[:1] in NAME_DOTS and line:
        before, after = line[-1], rest[1:].lstrip(_SPACES)[:1]
    elif line[-1:] in NAME_DOTS:
        before, after = line[:-1].rstrip(_SPACES)[-1:], rest[:1]
    else:
        return False
    return bool(before) and bool(after) and is_han(before) and is_han(after)


def _splits_country(original: str, run: range) -> bool:
    """与澳 大利亚: spaces on one line between Chinese characters that, read without them,
    spell a country's name of three characters or more are no gap: a layout of fixed width
    (a law database, a scanned page) broke the name there. A shorter name could be two words."""
    gap = original[run.start : run.stop]
    if not gap or any(c not in _SPACES for c in gap):
        return False
    before = to_simplified(original[max(0, run.start - 8) : run.start])
    after = to_simplified(original[run.stop : run.stop + 8])
    if not before or not after or not is_han(before[-1]) or not is_han(after[0]):
        return False
    return any(
        before.endswith(name[:k]) and after.startswith(name[k:])
        for name in zh_lex.countries_longest()
        if len(name) >= _SPLIT_NAME_MIN
        for k in range(1, len(name))
    )


#: The shortest country name read across a space (中 国 may be two words of a list).
_SPLIT_NAME_MIN = 3


def _letter_spaced(original: str, run: range) -> bool:
    """總　　統　某某: a two-character title that opens a signature line and is spread over
    the width of a longer one, with only a name after it, is one word; the spaces only align
    the column (a label with a title after the name keeps its spaces)."""
    gap = original[run.start : run.stop]
    if not gap or any(c not in _SPACES for c in gap) or ("\u3000" not in gap and len(gap) < 2):
        return False
    line = original.rfind("\n", 0, run.start) + 1
    opening = original[line : run.start]
    if len(opening.strip(_SPACES)) != 1 or not is_han(opening.strip(_SPACES)):
        return False
    end = original.find("\n", run.stop)
    rest = original[run.stop : end if end >= 0 else len(original)]
    name = rest[1:].strip(_SPACES)
    return bool(rest) and is_han(rest[0]) and rest[1:2] in tuple(_SPACES) and 2 <= len(name) <= 4


def _title_over_name(original: str, run: range) -> bool:
    """某局局长 / Maria Lopez: a line that ends with a title, then a line that opens with a
    Latin name, is one phrase wrapped before the holder's name (a Chinese line break never
    falls between a title and a Chinese name, which the reader joins)."""
    after = original[run.stop : run.stop + 2]
    if len(after) < 2 or not (after[0].isascii() and after[0].isupper() and after[1].islower()):
        return False
    line = original.rfind("\n", 0, run.start) + 1
    tail = to_simplified(original[line : run.start]).rstrip(_SPACES)
    return tail.endswith(_titles())


@cache
def _titles() -> tuple[str, ...]:
    return tuple(zh_lex.titles())


def _heading_end(original: str, run: range) -> bool:
    """Whether the break `run` ends a line of Chinese text whose Latin end (…续签PPH) is not
    continued by the next line (6月24日…): only a next line opening with a letter goes on
    (法律事务所 Ella / Cheong LLC)."""
    start = original.rfind("\n", 0, run.start) + 1
    after = original[run.stop : run.stop + 1]
    return any(is_han(c) for c in original[start : run.start]) and not after.isalpha()


def view(original: str, *, repaired: bool = False) -> View:
    """Build the cleaned, searchable view of `original` (`repaired`: by importers.read)."""
    marks = _line_marks(original)
    simple = to_simplified(original)
    out: list[str] = []
    origin: list[int] = []
    written: dict[int, str] = {}
    glossed = {i for a, b in gloss_ranges(original) for i in range(a, b)}
    lost = set(lost_characters(original))
    i, n = 0, len(original)
    while i < n:
        ch = original[i]
        if i in glossed:  # 產(chǎn): a reading a converter added, no part of the word
            i += 1
            continue
        if marks[i] == KEEP and not ch.isspace():
            if simple[i] != ch or i in lost:
                written[len(out)] = ch
            out.append(LOST_HAN if i in lost else _fold(simple[i]))
            origin.append(i)
            i += 1
            continue
        j = i
        while j < n and (marks[j] != KEEP or original[j].isspace()):
            j += 1
        before = out[-1] if out else ""
        after = original[j] if j < n else ""
        gap = "\n"
        if out and j < n:
            gap = _gap(original, range(i, j), marks, (before, after), repaired=repaired)
        if gap:
            out.append(gap)
            origin.append(i)
        i = j
    return View(original, "".join(out), origin, written)
