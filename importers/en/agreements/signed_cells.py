"""The person a table's "Signed by" cell names, and the title it gives them.

A table of instruments names who signed each row's instrument in a column of its own,
often with the signatory's title ("Director General NAME", "NAME, Superintendent"). That
person signed for one side of the row, the partner unless the header says otherwise, and the
title is their role there: the row says which body they head, though the sentence readers,
seeing no organisation in the cell, would place the title at the document's own.
"""

from __future__ import annotations

import re

from importers.en.agreements.model import Ctx
from importers.en.orgs.model import OrgEntry
from importers.en.roles.model import PersonEntry, RoleEntry
from importers.en.roles.stacked import name_line
from importers.en.tables import Row, cell_span


def signed_in_cell(ctx: Ctx, row: Row, col: int, side: OrgEntry) -> list[PersonEntry]:
    """The people the row's cell in column `col` names; each one's title there becomes (or
    corrects) their role at `side`, or at the body their bracket names."""
    if col >= len(row.cells):
        return []
    cell = re.sub(r"\s+", " ", row.cells[col])
    bracketed = _bracketed(ctx, row, col)
    out: list[PersonEntry] = []
    for s, e, person in ctx.people.mentions:
        name = re.sub(r"\s+", " ", ctx.text[s:e])
        if not (row.span[0] <= s < row.span[1]) or name not in cell or person in out:
            continue
        out.append(person)
        title, at = bracketed.get((s, e), (_title(cell, name), side))
        _place_role(ctx, person, title, at or side, spans=((s, e), row.span))
    return out


#: One signatory of several in a cell: "NAME (Title, Body)", "NAME (Title)" or "NAME",
#: the signatories parted by semicolons.
_PART = re.compile(r"[^;]+")
_BRACKET = re.compile(r"[ \t]*\((?P<inner>[^()]+)\)[ \t]*$")


def _bracketed(
    ctx: Ctx, row: Row, col: int
) -> dict[tuple[int, int], tuple[str | None, OrgEntry | None]]:
    """The names of a cell that lists its signatories each with a bracket, "NAME (Title,
    Body); NAME2 (Title)", recorded as people (the header says they are), with the title
    and body each bracket gives. A bracket naming no body leaves the side to the caller."""
    span = cell_span(ctx.text, row, col)
    out: dict[tuple[int, int], tuple[str | None, OrgEntry | None]] = {}
    if span is None:
        return out
    for part in _PART.finditer(ctx.text, *span):
        bracket = _BRACKET.search(ctx.text, part.start(), part.end())
        lead = len(part.group()) - len(part.group().lstrip())
        end = bracket.start() if bracket else len(part.group().rstrip()) + part.start()
        nm = name_line(ctx.text, part.start() + lead, end)
        if nm is None:
            continue
        if not any((s, e) == nm for s, e, _ in ctx.people.mentions):
            ctx.people.add(re.sub(r"\s+", " ", ctx.text[nm[0] : nm[1]]), *nm)
        if bracket is not None:
            out[nm] = _title_at(ctx, bracket)
    return out


def _title_at(ctx: Ctx, bracket: re.Match[str]) -> tuple[str | None, OrgEntry | None]:
    """'(Chief Executive, UK IPO)': the title, at the body after its last comma when that is
    a body the text names; '(Director General)': the title alone."""
    inner = bracket.group("inner")
    comma = inner.rfind(",")
    if comma > 0:
        at = ctx.orgs.at(bracket.start("inner") + comma + 1 + _lead(inner[comma + 1 :]))
        if at is not None and at[1] == bracket.end("inner") - _trail(inner):
            return _title(inner[:comma]), at[2]
    return _title(inner), None


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def _trail(s: str) -> int:
    return len(s) - len(s.rstrip())


#: What a cell may say besides the name: a title in capitals, never a sentence or a figure.
_TITLE = re.compile(r"[A-Z][\w’'&.-]*(?:[ ,-]+(?:of|for|and|the|[A-Z][\w’'&.-]*))*")


def _title(cell: str, name: str | None = None) -> str | None:
    """The title the cell gives with the name: what is left without it and its commas."""
    rest = (cell.replace(name, " ") if name else cell).strip(" ,;:–—-")
    rest = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|\s+(?:Mr|Mrs|Ms|Dr|Prof)\.?$", "", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" ,;")
    if not rest or len(rest.split()) > 8 or _TITLE.fullmatch(rest) is None:
        return None
    return rest


def _place_role(
    ctx: Ctx,
    person: PersonEntry,
    title: str | None,
    side: OrgEntry,
    *,
    spans: tuple[tuple[int, int], tuple[int, int]],
) -> None:
    """The person's roles read in the row are at `side`; when the readers found none, the
    cell's title is one. `spans`: the name's in the cell, and the row's."""
    name_span, row_span = spans
    mine = [
        r for r in ctx.people.roles if r.person is person and row_span[0] <= r.span[0] < row_span[1]
    ]
    for r in mine:
        r.org, r.bare = side, False
    if not mine and title is not None:
        ctx.people.roles.append(RoleEntry(person, side, title, name_span))
