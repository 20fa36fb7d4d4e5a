"""What a user means by NAME_OR_ID: an id (o12), an exact name in any script, else the
best search hits."""

from __future__ import annotations

from sqlmodel import Session, select

from store.models import Agreement, Name
from store.queries.refs import EntityRef, entity_name, follow_merges, parse_ref
from store.text import fold


def find(session: Session, text: str, kind: str | None = None) -> list[EntityRef]:
    """Entities a user means by NAME_OR_ID: an id (o12), an exact name, else search hits."""
    parsed = parse_ref(text)
    if parsed and (kind is None or parsed[0] == kind):
        name = entity_name(session, *parsed)
        if name != "?":
            return [EntityRef(parsed[0], follow_merges(session, *parsed), name)]
    key = fold(text)
    out: list[EntityRef] = []
    if key:
        for n in session.exec(select(Name).where(Name.folded == key)):
            if kind and n.entity_type != kind:
                continue
            eid = follow_merges(session, n.entity_type, n.entity_id)
            e = EntityRef(n.entity_type, eid, entity_name(session, n.entity_type, eid))
            if e not in out:
                out.append(e)
        if kind in (None, "agreement"):
            for a in session.exec(select(Agreement)):
                if fold(a.title) == key and a.id is not None:
                    out.append(EntityRef("agreement", a.id, a.title))
    if out:
        return out
    from store.search import search

    return [EntityRef(h.kind, h.id, h.name) for h in search(session, text, kind=kind, limit=5)]
