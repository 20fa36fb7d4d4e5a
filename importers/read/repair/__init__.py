"""Repair what PDF-to-text conversion (and sloppy plain text) breaks, for every format.

`repair_text` applies, in order:

- Characters (here): CRLF/CR -> LF; NBSP, thin/figure/other odd spaces and tabs -> a space;
  zero-width characters, soft hyphens and bidi marks removed; an ideographic space between
  Latin characters -> a space; control characters removed.
- Page furniture (`furniture`): page numbers and running heads and feet.
- Space-aligned tables (`columns`): their rows rewritten with pipes between cells, so the
  collapsing of space runs below keeps the cells apart.
- A narrow Chinese column flattened into one line (`flattened`): the spaces that mark its
  wraps removed.
- Wrapped lines (`lines` measures the document, `wraps` joins): Chinese hard wraps, English
  hard wraps and hyphenation, URL lines inside a sentence; runs of spaces collapsed, lines
  stripped, any run of blank lines one blank line ("\\n\\n"), the result stripped.
- Ligatures (`ligatures`): a capitalised word a PDF split after its fi/fl/ff glyph ("Offi ce")
  joined again.

Each module's docstring states its rules and the choices made.
"""

from __future__ import annotations

import re

from importers.guarded import guarded
from importers.read.repair.columns import mark_columns
from importers.read.repair.flattened import join_flattened
from importers.read.repair.furniture import drop_furniture
from importers.read.repair.ligatures import join_ligature_splits
from importers.read.repair.lines import to_lines
from importers.read.repair.wraps import join_lines

__all__ = ["repair_text"]

_ZERO_WIDTH = dict.fromkeys(
    map(
        ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    ),
    None,
)
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\t\v]+")
_CTRL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_IDEO_SPACE_LATIN = guarded(r"(?<=[\x21-\x7e\u00c0-\u024f])\u3000+(?=[\x21-\x7e\u00c0-\u024f])")


def repair_text(text: str) -> str:
    """The clean text of a converted document: characters, page furniture, wrapped lines.
    Form feeds in `text` separate pages (the PDF reader puts them there)."""
    if not text:
        return ""
    text = clean_characters(text)
    pages = [page.split("\n") for page in text.split("\f")]
    pages = mark_columns(drop_furniture(pages))
    pages = [[join_flattened(line) for line in page] for page in pages]
    return join_ligature_splits(join_lines(to_lines(pages)))


def clean_characters(text: str) -> str:
    """Line ends, odd spaces, invisible and control characters, as the rules above say."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_ZERO_WIDTH)
    text = _ODD_SPACES.sub(" ", text)
    text = _IDEO_SPACE_LATIN.sub(" ", text)
    return _CTRL.sub("", text)
