"""Plain-text tables whose columns are aligned with runs of spaces.

Annual reports typed as plain text line their tables up with spaces:

    Partner office       Arrangement                  Date
    KIPO (Korea)         MoU on examiner exchange     14 Mar 2024

Collapsing the spaces (as `lines.to_lines` does for any line) would run the cells into one
another ("KIPO (Korea) MoU on examiner exchange 14 Mar 2024"). So a block of such lines is
rewritten first as the pipe table the English table reader splits (`importers.en.tables`):
a cell boundary is a run of two or more spaces, a line indented to the first column's
place (a cell wrapped onto a second line) starts with an empty cell, and each row ends with
a pipe, so a row of three cells is still a table row there. The rows keep their order and
their lines; only the spaces between cells change.

A block is at least three adjacent lines of Latin text (a Chinese table is read by words and
left alone), each split into two cells or more, most of them three or more, and the first
line (the header) three or more; a rule line of dashes under the header is kept out of the
count. Prose with two spaces after a full stop splits into long cells, rarely three, never
for three lines running.
"""

from __future__ import annotations

import re

from store.text import has_han

_GAP = re.compile(r" {2,}")
_RULE = re.compile(r"^[\s\-=+:|]*[-=][\s\-=+:|]*$")
MIN_ROWS = 3


def mark_columns(pages: list[list[str]]) -> list[list[str]]:
    """The pages with every space-aligned table's rows rewritten as pipe rows."""
    return [_page(page) for page in pages]


def _cells(line: str) -> list[str]:
    """A line's cells: the text between runs of two or more spaces; an indented line starts
    with an empty cell."""
    return _GAP.split(line.rstrip())


def _is_row(line: str) -> bool:
    body = line.strip()
    return bool(body) and not has_han(line) and "|" not in line and len(_cells(line)) >= 2


def _page(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_is_row(lines[j]) or (j > i and _RULE.match(lines[j]))):
            j += 1
        block = [k for k in range(i, j) if not _RULE.match(lines[k])]
        if _is_table(lines, block):
            indent = min(len(lines[k]) - len(lines[k].lstrip()) for k in block)
            for k in range(i, j):
                out[k] = " | ".join(c.strip() for c in _cells(lines[k][indent:])) + " |"
        i = max(j, i + 1)
    return out


def _is_table(lines: list[str], block: list[int]) -> bool:
    if len(block) < MIN_ROWS or len(_cells(lines[block[0]].strip())) < 3:
        return False
    wide = sum(len(_cells(lines[k].strip())) >= 3 for k in block)
    return wide * 2 >= len(block)
