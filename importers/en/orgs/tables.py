"""Organisations named in the cells of a text table.

A partner cell wrapped over two lines ("European Union Intellectual Property" / "Office
(EUIPO)") is one name with its acronym, and a country after a comma ("..., France") says
whose body it is. The name is recorded with its acronym, so that the acronym elsewhere in
the text is a mention of it.
"""

from __future__ import annotations

import re

from importers.en.orgs.chunks import Tok, has_head
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.tables import NAMED_CELL, rows, table_spans
from importers.en.words import COUNTRY_OF


def find_table_names(text: str, orgs: Orgs) -> None:
    for span in table_spans(text):
        for row in rows(text, span):
            for cell in row.cells:
                cell_org(cell, orgs, add=True)


def cell_org(cell: str, orgs: Orgs, *, add: bool = False) -> OrgEntry | None:
    """The organisation a cell names (recorded when `add` and the cell reads as a body's
    name with its acronym), else None."""
    m = NAMED_CELL.fullmatch(cell)
    if m is None:
        return None
    name, place, acr = m.group("name"), m.group("place"), None
    for bracket in (m.group("acr"), m.group("acr2")):
        if bracket and COUNTRY_OF.get(bracket.casefold()) is None:
            acr = bracket if re.fullmatch(r"[A-Z][A-Za-z]{1,9}", bracket) else acr
        elif bracket:
            place = bracket  # "IPONZ (New Zealand)": whose body it is
    code = COUNTRY_OF.get(place.casefold()) if place else None
    found = [e for e in orgs.entries if orgs.lookup(name) is e or (acr and acr in e.forms)]
    if code:
        found = [e for e in found if e.country in (code, None)] or found
    if found:
        entry = found[0]
    elif add and acr and _body_name(name):
        entry = orgs.add(name)
    else:
        return None
    if add:
        orgs.add(name, into=entry)
        if acr:
            orgs.add(acr, into=entry)
        if code and entry.country is None:
            entry.country = code
    return entry


def drop_cut_cell_names(text: str, orgs: Orgs) -> None:
    """Drop the mentions inside a wrapped cell that are only the start of the cell's whole
    name: "European Union" on the first line of "European Union Intellectual Property" /
    "Office (EUIPO)" is the office's name cut by the wrap, not a mention of the union."""
    for span in table_spans(text):
        for row in rows(text, span):
            if "\n" not in text[row.span[0] : row.span[1]]:
                continue  # no cell of the row is wrapped
            for cell in row.cells:
                _drop_inside(text, row.span, cell, orgs)


def _drop_inside(text: str, span: tuple[int, int], cell: str, orgs: Orgs) -> None:
    m = NAMED_CELL.fullmatch(cell)
    whole = cell_org(cell, orgs) if m is not None else None
    if m is None or whole is None:
        return
    name = " ".join(m.group("name").split())
    for s, e, entry in list(orgs.mentions):
        said = " ".join(text[s:e].split())
        if entry is whole or not span[0] <= s < e <= span[1] or len(said) >= len(name):
            continue
        if name.startswith(said) and said not in whole.forms and text[s:e] in cell:
            orgs.mentions.remove((s, e, entry))
            entry.spans = [sp for sp in entry.spans if sp != (s, e)]
            if not entry.spans:
                orgs.drop(entry)


def _body_name(name: str) -> bool:
    toks = [Tok(0, 0, w) for w in name.split()]
    return len(toks) >= 2 and has_head(toks)
