"""A body named bare in one document and with its country in a later one: one body.

"The Ministry of Mines and Quarries signed ..." in a text about Lesotho makes a body with no
country when the text is not clearly about Lesotho alone; a later text's "Ministry of Mines
and Quarries of Lesotho" is that body when the bare name is generic (it names a body only
with a place) and Lesotho is the place the earlier text writes most. A bare name met after
the placed one is placed by its own document (`known_org`'s places).
"""

from __future__ import annotations

import re

from sqlmodel import Session

from importers.facts import OrgFact
from importers.resolve.countries import english_names
from importers.resolve.lookup import by_names
from importers.resolve.places import is_generic
from importers.resolve.text_places import named_places
from importers.resolve.variants import short_form
from store import sql
from store.models import Document, Organisation
from store.text import fold

_PLACED = re.compile(r"(?P<bare>.+)\s+(?:\((?P<a>[^()]+)\)|of\s+(?:the\s+)?(?P<b>[A-Z][\w ]*))$")


def bare_namesake(session: Session, fact: OrgFact) -> int | None:
    """The stored body with no country and no reference entry named the fact's name without
    its country, when that name is generic and the fact's country is the place its documents
    write most; None when there is none or several."""
    if fact.country is None or fact.ref:
        return None
    places = english_names().get(fact.country, ())
    bares = {b for n in [fact.name, *fact.aliases] if (b := _without_country(n, places))}
    found = [
        oid
        for oid in by_names(session, "organisation", sorted(bares))
        if _unplaced(session, oid, bares) and _about(session, oid, places)
    ]
    return found[0] if len(found) == 1 else None


def _without_country(name: str, places: tuple[str, ...]) -> str | None:
    """ "Ministry of X" of "Ministry of X (Lesotho)" or "... of the Kingdom of Lesotho",
    when the bare part is generic."""
    m = _PLACED.fullmatch(short_form(name).strip())
    country = (m.group("a") or m.group("b")) if m else None
    if m is None or country not in places or not is_generic(m.group("bare")):
        return None
    return m.group("bare")


def _unplaced(session: Session, oid: int, bares: set[str]) -> bool:
    row = session.get(Organisation, oid)
    return (
        row is not None
        and row.country is None
        and row.ref_id is None
        and fold(row.name) in {fold(b) for b in bares}
    )


def _about(session: Session, oid: int, places: tuple[str, ...]) -> bool:
    """Whether each document naming the body writes the country most of all places."""
    docs = sql.rows(
        session,
        "SELECT DISTINCT document_id FROM mention"
        " WHERE target_type = 'organisation' AND target_id = ?",
        [oid],
    )
    if not docs:
        return False
    for (doc_id,) in docs:
        row = session.get(Document, doc_id)
        written = named_places(row.text) if row is not None else []
        if not written or written[0] not in places:
            return False
    return True
