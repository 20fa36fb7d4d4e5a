"""Text tables: rows of cells between pipes, with long cells wrapped onto further lines.

Annual reports list partners and instruments in tables ("No. | Partner | Instrument | Date
signed | Status"), wrapping a long cell onto a line whose first cell is empty. Read as prose,
such a table runs its cells into each other ("European Union Intellectual Property" on one
line, "Office (EUIPO)" on the next); read here, each row has its cells whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A row of a text table: at least three cells between pipes.
_ROW = re.compile(r"^[^\n|]*(?:\|[^\n|]*){3,}$", re.MULTILINE)
_RULE = re.compile(r"^[\s|+:=-]*$")


@dataclass
class Row:
    """One row: its cells with wrapped lines joined, and where it starts and ends."""

    cells: list[str]
    span: tuple[int, int]


def table_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the text's tables: runs of at least two adjacent row lines."""
    spans: list[tuple[int, int]] = []
    for m in _ROW.finditer(text):
        if spans and text[spans[-1][1] : m.start()].strip() == "":
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return [(s, e) for s, e in spans if text.count("\n", s, e) >= 1]


def rows(text: str, span: tuple[int, int]) -> list[Row]:
    """The rows of the table at `span`, each with the wrapped lines of its cells joined."""
    out: list[Row] = []
    pos = span[0]
    lines = text[span[0] : span[1]].split("\n")
    framed = all(ln.strip().startswith("|") for ln in lines if ln.strip())
    for line in lines:
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or _RULE.fullmatch(line):
            continue
        cells = _cells(line) if framed else [c.strip() for c in line.split("|")]
        if out and cells[0] == "" and len(cells) == len(out[-1].cells):
            prev = out[-1]
            prev.cells = [f"{a} {b}".strip() for a, b in zip(prev.cells, cells, strict=True)]
            prev.span = (prev.span[0], start + len(line))
            continue
        out.append(Row(cells, (start, start + len(line))))
    return out


def _cells(line: str) -> list[str]:
    """The cells of one line of a framed table. A Markdown table opens and closes each line
    with a pipe ("| JPO | MoC | 14 March 2022 |"): those edges bound no cell, and kept as
    empty cells they would make every row look like the wrapped continuation of the one
    above. (An unframed table's wrapped line may start with a pipe: there the empty first
    cell is what marks it.)"""
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|") and len(inner) > 1:
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def cell_span(text: str, row: Row, col: int) -> tuple[int, int] | None:
    """Where the cell in column `col` stands in the text (a row on one line only)."""
    if col >= len(row.cells) or not row.cells[col]:
        return None
    line = text[row.span[0] : row.span[1]]
    if "\n" in line:
        return None
    pos = 0
    for k, cell in enumerate(row.cells):
        found = line.find(cell, pos) if cell else pos
        if found < 0:
            return None
        if k == col:
            return row.span[0] + found, row.span[0] + found + len(cell)
        pos = found + len(cell)
    return None


#: A cell that names a body: "Korean Intellectual Property Office (KIPO)", "National
#: Institute of Industrial Property (INPI), France", "Department of X, Thailand (DIP)",
#: "IPONZ (New Zealand)": a bracket holds an acronym or a country.
NAMED_CELL = re.compile(
    r"(?P<name>[A-Z][^(),|]+?)\s*(?:\((?P<acr>[A-Z][\w ]{1,40})\))?"
    r"\s*(?:,\s*(?P<place>[A-Z][\w ]+?))?\s*(?:\((?P<acr2>[A-Z][\w ]{1,40})\))?"
)
