"""Participant tables drawn with column bars (│ or |), as word processors and Markdown write them.

Such a table states its columns on every line, so a cell is read by its column, not by the
spaces in it (a header may be spaced out: 单 位). Two things differ from prose tables:

* a unit cell left empty under a filled one is the same unit (a merged cell: several officials
  of one office);
* a line whose title cell is empty continues the row above: the wrapped ends of a long unit
  name (马来西亚知识产权 / 局) and of a transliterated name (努尔·阿 / 兹丽娜).

The title column is the header's word for it, so any short Chinese text there is the title
(高级官员), not only the words of the title list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importers.zh import lex as zh_lex
from importers.zh.names import DOTS
from importers.zh.table import Row
from store.text import is_han

BARS = "│┃|"
_FRAME = re.compile(r"[\s─━═┄┈╌┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪+\-=:|│┃]+")


@dataclass
class Cell:
    start: int
    end: int
    text: str  # white space removed


def bar_cells(text: str, start: int, end: int) -> list[Cell] | None:
    """The cells of a line framed by bars (│ a │ b │), or None for any other line."""
    line = text[start:end]
    stripped = line.strip()
    if len(stripped) < 3 or stripped[0] not in BARS or stripped[-1] not in BARS:
        return None
    bars = [start + k for k, c in enumerate(line) if c in BARS]
    cells = []
    for a, b in zip(bars, bars[1:], strict=False):
        raw = text[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        cells.append(Cell(a + 1 + lead, a + 1 + lead + len(body), re.sub(r"\s+", "", body)))
    return cells


def _columns(cells: list[Cell]) -> tuple[int, int, int] | None:
    """(name, unit, title) column indexes of a header line, or None."""

    def find(section: str) -> int:
        words = zh_lex.words(section)
        return next((k for k, c in enumerate(cells) if c.text in words), -1)

    cols = find("table_name_headers"), find("table_org_headers"), find("table_title_headers")
    return cols if min(cols) >= 0 and len(set(cols)) == 3 else None


def line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) span of every line of the text, without its newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_frame(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return bool(line.strip()) and _FRAME.fullmatch(line) is not None and "─" in line + "-"


def _name_piece(cell: str) -> bool:
    """A person's name or a wrapped piece of it: Chinese characters and name dots."""
    return bool(cell) and len(cell) <= 16 and all(is_han(c) or c in DOTS for c in cell)


def _title_cell(cell: str) -> bool:
    return 2 <= len(cell) <= 24 and all(is_han(c) or c in "、" for c in cell)


def grid_rows(text: str) -> list[Row]:
    """Every official of every bar table in `text`."""
    out: list[Row] = []
    lines = line_spans(text)
    k = 0
    while k < len(lines):
        header = bar_cells(text, *lines[k])
        k += 1
        cols = _columns(header) if header else None
        if cols is None:
            continue
        k = _read_body(text, lines, k, cols, out)
    return out


def _read_body(
    text: str,
    lines: list[tuple[int, int]],
    k: int,
    cols: tuple[int, int, int],
    out: list[Row],
) -> int:
    """Read the rows under a header from line `k`; the index of the first line after them."""
    ni, oi, ti = cols
    row: Row | None = None
    while k < len(lines):
        if _is_frame(text, *lines[k]):
            k += 1
            continue
        cells = bar_cells(text, *lines[k])
        if cells is None or len(cells) <= max(cols):
            break
        k += 1
        name, org, title = cells[ni], cells[oi], cells[ti]
        if not title.text:
            if row is not None:
                _continue(row, name, org)
            continue
        if not _name_piece(name.text) or not _title_cell(title.text):
            row = None
            continue
        if org.text:
            org_text, org_span = org.text, (org.start, org.end)
        elif row is not None:
            org_text, org_span = row.org, row.org_span  # a merged cell: the unit above
        else:
            continue
        line = lines[k - 1]
        row = Row(name.text, (name.start, name.end), org_text, org_span, title.text, line)
        out.append(row)
    return k


def _continue(row: Row, name: Cell, org: Cell) -> None:
    """A line with no title continues the row: the wrapped ends of its name and unit."""
    if name.text and _name_piece(name.text) and any(c in DOTS for c in row.name + name.text):
        row.name += name.text
        row.name_span = (row.name_span[0], name.end)
    if org.text and row.org_span[0] >= row.line_span[0]:  # not a unit inherited from above
        row.org += org.text
        row.org_span = (row.org_span[0], org.end)
    row.line_span = (row.line_span[0], max(name.end, org.end, row.line_span[1]))
