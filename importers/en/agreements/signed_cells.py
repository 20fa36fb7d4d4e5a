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
from importers.en.tables import Row


def signed_in_cell(ctx: Ctx, row: Row, col: int, side: OrgEntry) -> list[PersonEntry]:
    """The people the row's cell in column `col` names; each one's title there becomes (or
    corrects) their role at `side`."""
    if col >= len(row.cells):
        return []
    cell = re.sub(r"\s+", " ", row.cells[col])
    out: list[PersonEntry] = []
    for s, e, person in ctx.people.mentions:
        name = re.sub(r"\s+", " ", ctx.text[s:e])
        if not (row.span[0] <= s < row.span[1]) or name not in cell or person in out:
            continue
        out.append(person)
        _place_role(ctx, person, _title(cell, name), side, spans=((s, e), row.span))
    return out


#: What a cell may say besides the name: a title in capitals, never a sentence or a figure.
_TITLE = re.compile(r"[A-Z][\w’'&.-]*(?:[ ,-]+(?:of|for|and|the|[A-Z][\w’'&.-]*))*")


def _title(cell: str, name: str) -> str | None:
    """The title the cell gives with the name: what is left without it and its commas."""
    rest = cell.replace(name, " ").strip(" ,;:–—-")
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
