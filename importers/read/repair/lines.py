"""The lines of a document and what they tell about how it was wrapped.

Wrapping is judged against the document itself, not against fixed widths: the typical width
of its Chinese lines (a line at >= 85% of it ends where the converter wrapped it), whether
its converter marks paragraph ends with a trailing space (seed 001 does), and whether its
English lines are hard-wrapped at one width.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from store.text.script import HAN_WIDE

#: One Han character, the supplementary planes included (rare names in PDFs).
HAN_CHAR = re.compile(f"[{HAN_WIDE}]")


def is_han(c: str) -> bool:
    return bool(HAN_CHAR.match(c))


def width(s: str) -> int:
    """Display width: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


@dataclass
class Line:
    text: str  # the line without surrounding whitespace
    trail: bool  # the source line had trailing whitespace (a paragraph-end hint in some PDFs)
    gap: int  # blank lines before it


def to_lines(pages: list[list[str]]) -> list[Line]:
    """The non-blank lines of all pages, runs of spaces collapsed, each with the blank lines
    before it."""
    out: list[Line] = []
    gap = 0
    for page in pages:
        for raw in page:
            stripped = raw.strip()
            if not stripped:
                gap += 1
                continue
            stripped = re.sub(r" {2,}", " ", stripped)
            out.append(Line(stripped, raw != raw.rstrip(), gap))
            gap = 0
    return out


@dataclass(frozen=True)
class Layout:
    """How a document's lines were wrapped, measured on the document."""

    typical: int  # typical width of its Chinese lines (0 without any)
    trail_mode: bool  # a trailing space marks a paragraph end, its absence a wrap
    latin_typical: int  # typical length of its other lines
    hard_wrapped: bool  # an English text hard-wrapped at one width

    @property
    def long_enough(self) -> float:
        """A Chinese line at least this wide ends where the converter wrapped it."""
        return 0.85 * self.typical


def measure(lines: list[Line]) -> Layout:
    han_lines = [ln for ln in lines if HAN_CHAR.search(ln.text)]
    widths = sorted(width(ln.text) for ln in han_lines)
    typical = widths[round(0.9 * (len(widths) - 1))] if widths else 0
    latin_lines = [ln for ln in lines if not HAN_CHAR.search(ln.text)]
    latin_widths = sorted(len(ln.text) for ln in latin_lines)
    # a hard-wrapped English document: most lines of nearly one width, and many of them
    latin_typical = latin_widths[round(0.8 * (len(latin_widths) - 1))] if latin_widths else 0
    hard_wrapped = (
        len(latin_lines) >= 8
        and latin_typical >= 40
        and sum(1 for w in latin_widths if w >= 0.8 * latin_typical) >= 0.4 * len(latin_widths)
        and sum(1 for ln in latin_lines if ln.gap == 0) >= 0.5 * len(latin_lines)
    )
    return Layout(typical, _trailing_space_marks_paragraphs(han_lines), latin_typical, hard_wrapped)


def _trailing_space_marks_paragraphs(han_lines: list[Line]) -> bool:
    """Some converters (seed 001) end every paragraph's last line with a space and wrapped
    lines without one; detect that from the document itself."""
    ends = [ln for ln in han_lines if ln.text[-1] in "。！？"]
    open_ = [ln for ln in han_lines if is_han(ln.text[-1])]
    if len(ends) < 3 or len(open_) < 3:
        return False
    ends_marked = sum(ln.trail for ln in ends) / len(ends)
    open_unmarked = sum(not ln.trail for ln in open_) / len(open_)
    return ends_marked >= 0.9 and open_unmarked >= 0.3
