"""Participant tables in Chinese text: a header row 姓名/单位/职务, then one row per person.

PDF conversion wraps long cells onto a second line, and the readers may glue that line to
the row above ("局长苏诺夫 局": the title cell, then the wrapped ends of the name and unit
cells). A row is read cell by cell (cells are separated by spaces); what follows the title
in the title cell, extra cells, and a following line with fewer cells than the header are
the wrapped ends of the name and unit cells, assigned by what they complete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importers.zh import lex as zh_lex
from importers.zh.names import DOTS
from importers.zh.orgs.shape import org_suffix
from store.text import is_han

CELL = re.compile(r"\S+")


@dataclass
class Cell:
    start: int
    end: int
    text: str


@dataclass
class Row:
    """One table row; spans are offsets into the searched text (a wrapped cell's span runs
    from its first to its last piece)."""

    name: str
    name_span: tuple[int, int]
    org: str
    org_span: tuple[int, int]
    title: str
    line_span: tuple[int, int]


def _cells(text: str, start: int, end: int) -> list[Cell]:
    return [Cell(m.start(), m.end(), m.group(0)) for m in CELL.finditer(text, start, end)]


def _columns(cells: list[Cell]) -> tuple[int, int, int] | None:
    """(name, unit, title) column indexes of a header row, or None."""
    words = [c.text for c in cells]

    def find(section: str) -> int:
        return next((k for k, w in enumerate(words) if w in zh_lex.words(section)), -1)

    name, org, title = (
        find("table_name_headers"),
        find("table_org_headers"),
        find("table_title_headers"),
    )
    if name < 0 or org < 0 or title < 0 or len({name, org, title}) < 3:
        return None
    return name, org, title


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _name_like(cell: str) -> bool:
    """A person's name cell (or its first piece): Chinese characters, maybe with a dot."""
    parts = [p for p in re.split(f"[{DOTS}]", cell)]
    return 2 <= len(cell) <= 16 and all(p and all(is_han(c) for c in p) for p in parts)


def rows(text: str) -> list[Row]:
    """Every row of every participant table in `text`."""
    out: list[Row] = []
    lines = _lines(text)
    k = 0
    while k < len(lines):
        cols = _columns(_cells(text, *lines[k]))
        k += 1
        if cols is None:
            continue
        while k < len(lines):
            row = _row(text, lines[k], cols)
            if row is None:
                break
            k += 1
            if k < len(lines):
                more = _cells(text, *lines[k])
                if more and len(more) < 3 and not _row(text, lines[k], cols):
                    _extend(row, more)
                    k += 1
            out.append(row)
    return out


def _row(text: str, line: tuple[int, int], cols: tuple[int, int, int]) -> Row | None:
    """The row on `line` (with the wrapped ends glued to it, if any), or None."""
    cells = _cells(text, *line)
    ni, oi, ti = cols
    if len(cells) < 3 or not _name_like(cells[ni].text):
        return None
    title_cell = cells[ti]
    title = zh_lex.title_regex().match(title_cell.text)
    if title is None:
        return None
    name, org = cells[ni], cells[oi]
    row = Row(
        name.text,
        (name.start, name.end),
        org.text,
        (org.start, org.end),
        title.group(0),
        line,
    )
    rest = []
    tail = title_cell.text[title.end() :]
    if tail:
        start = title_cell.start + title.end()
        rest.append(Cell(start, title_cell.end, tail))
    rest += [c for k, c in enumerate(cells) if k > max(cols)]
    if rest:
        _extend(row, rest)
    return row


def _extend(row: Row, pieces: list[Cell]) -> None:
    """Add the wrapped ends of the name and unit cells: two pieces are name then unit; one
    piece completes the unit if it makes it end in an organisation suffix, else the name."""
    if len(pieces) >= 2:
        name_piece, org_piece = pieces[0], pieces[1]
    elif org_suffix(row.org + pieces[0].text) and not org_suffix(row.org):
        name_piece, org_piece = None, pieces[0]
    else:
        name_piece, org_piece = pieces[0], None
    if name_piece is not None and all(is_han(c) for c in name_piece.text):
        row.name += name_piece.text
        row.name_span = (row.name_span[0], name_piece.end)
    if org_piece is not None:
        row.org += org_piece.text
        row.org_span = (row.org_span[0], org_piece.end)
    end = max(p.end for p in pieces)
    row.line_span = (row.line_span[0], max(row.line_span[1], end))
