"""Sentences: the one splitter every layer uses, so "where does a sentence end" is decided once.

Three callers need three cuts of the same idea, and each keeps its own behaviour:

- the English agreement extractor walks a paragraph sentence by sentence
  (`sentence_spans(text, lang="en", start=, end=)`): a stop followed by white space and a
  capital, a quote, a bracket, an asterisk or a digit ends a sentence (with the footnote
  markers right after it, "signed in 2022.³ The") unless it closes an
  abbreviation ("Mr.", "Jan.", "U.S."), and a short heading line without final punctuation
  is a sentence of its own;
- the Chinese agreement extractor walks the whole text clause by clause
  (`sentence_spans(text, lang="zh")`): a full stop, an exclamation or question mark, a
  semicolon (full-width or not) or a line break ends one;
- `ipx show` and the detail view quote the sentence (or line) around a mention
  (`sentence_around(text, start, end)`; `quote` for every mention of one sentence, which
  `sentence_bounds` tells), trimmed to a window when a table or a run-on PDF line makes it
  very long.

The punctuation and the abbreviations are data (`words/text.txt`); the patterns here are
code that reads them. Spans are half-open (start, end) offsets into the text, untrimmed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from store.text import lexicon

_FILE = "text.txt"

#: What may open the next English sentence after a stop and white space.
_NEXT_OPENS = r"[A-Z“\"(*\d]"
#: The longest heading line (in words) that counts as a sentence of its own.
HEADING_WORDS = 10
#: A quoted sentence longer than this is cut to a window around the mention.
LONG = 600
#: Characters kept on each side of the mention in that window.
MARGIN = 250


def _chars(section: str) -> str:
    return "".join(lexicon.words(_FILE, section))


def _class(chars: str) -> str:
    return "".join(re.escape(c) for c in chars)


@cache
def ends(kind: Literal["en", "wide", "zh"]) -> str:
    """The sentence-ending characters: "en" (end a sentence before white space), "wide"
    (full-width, end one anywhere), "zh" (where the Chinese splitter cuts; without the line
    break, which cuts too)."""
    return _chars(f"sentence_ends_{kind}")


@cache
def _english() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    en = _class(ends("en"))
    marks = _class(_chars("footnote_marks"))  # "in 2022.³ The": the marker closes the stop
    # 'said.” The': a quote closed right after the stop ends the sentence with it
    stop = re.compile(rf"[{en}][”\"]?[{marks}]*(?=\s+{_NEXT_OPENS})")
    heading_end = re.compile(rf"(?<=[^\s{en}:;,])[ \t]*\n(?=[ \t]*[A-Z“\"])")
    words = "|".join(re.escape(w) for w in lexicon.words(_FILE, "abbreviations_en"))
    abbrev = re.compile(rf"\b(?:{words})\.$|(?<![\w.])[A-Z]\.$")
    return stop, heading_end, abbrev


def closes_abbreviation(text: str) -> bool:
    """Whether the full stop that ends `text` closes an abbreviation ("Mr.", "Sdn.", "Co.")
    and so ends no sentence: a name or a title read on past it goes on."""
    return _english()[2].search(text[-8:]) is not None


@cache
def _around() -> re.Pattern[str]:
    return re.compile(rf"[{_class(ends('en'))}](?=\s|$)|[{_class(ends('wide'))}]")


def _english_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    stop, heading_end, abbrev = _english()
    part = text[start:end]
    stops = [m.end() for m in stop.finditer(part)]
    for m in heading_end.finditer(part):
        line = part[: m.start()].rsplit("\n", 1)[-1]
        if len(line.split()) <= HEADING_WORDS:
            stops.append(m.start())
    out = []
    s = start
    for e in sorted(start + k for k in stops):
        if e <= s or abbrev.search(text[max(s, e - 6) : e]):
            continue
        out.append((s, e))
        s = e
    if text[s:end].strip():
        out.append((s, end))
    return out


def _chinese_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = set(ends("zh")) | {"\n"}
    out = []
    s = start
    for k in range(start, end):
        if text[k] in cuts:
            if k > s:
                out.append((s, k + 1))
            s = k + 1
    if s < end:
        out.append((s, end))
    return out


def sentence_spans(
    text: str, *, lang: Literal["en", "zh"], start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """The sentences of text[start:end] as (start, end) spans in `text`, in order.

    English spans run from one sentence's start to the next one's, so the white space
    between them belongs to the earlier; a trailing part that is only white space is no
    sentence. Chinese spans end just after their punctuation; a lone cut character (an empty
    line) yields no span."""
    stop = len(text) if end is None else end
    if lang == "en":
        return _english_spans(text, start, stop)
    return _chinese_spans(text, start, stop)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (or line) that holds text[start:end], untrimmed.

    It starts after the last stop before the mention (never before its paragraph) and ends
    after the first stop or at the first blank line after it. Two mentions in one sentence
    get the same span, which is how sources group them."""
    pattern = _around()
    paragraph = max(text.rfind("\n\n", 0, start), -1) + 1
    left = paragraph
    for m in pattern.finditer(text, paragraph, start):
        if m.end() <= start:
            left = m.end()
    right = len(text)
    after = re.search(rf"{pattern.pattern}|\n\s*\n", text[end:])
    if after:
        right = end + after.end()
    return min(left, start), right


def quote(
    text: str, spans: list[tuple[int, int]], *, long: int = LONG, margin: int = MARGIN
) -> tuple[str, list[int]]:
    """The sentence that holds every span of SPANS (the first decides which sentence), and
    each span's offset in it.

    A result longer than `long` is cut to `margin` characters before the first span and
    after the last; a span the cut leaves out gets the offset -1."""
    left, right = sentence_bounds(text, *spans[0])
    raw = text[left:right]
    stripped = raw.lstrip()
    shift = left + (len(raw) - len(stripped))
    sentence = stripped.rstrip()
    offsets = [s - shift for s, _ in spans]
    if len(sentence) > long:
        lo = max(0, min(offsets) - margin)
        hi = max(o + (e - s) for o, (s, e) in zip(offsets, spans, strict=True)) + margin
        sentence = sentence[lo:hi]
        offsets = [o - lo for o in offsets]
    return sentence, [o if 0 <= o <= len(sentence) else -1 for o in offsets]


def sentence_around(
    text: str, start: int, end: int, *, long: int = LONG, margin: int = MARGIN
) -> tuple[str, int]:
    """The sentence (or line) that holds text[start:end], and the mention's offset in it
    (`sentence_bounds`). A result longer than `long` is cut to `margin` characters either
    side of the mention."""
    sentence, (offset,) = quote(text, [(start, end)], long=long, margin=margin)
    return sentence, max(offset, 0)
