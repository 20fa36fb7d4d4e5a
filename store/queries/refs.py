"""Entity references as the queries return them: kind, id and the name to show.

The entity reference and its id prefixes (o12, p3, a5) are defined once, in
store.views.refs; an entity merged away is followed to where it lives now, so links in
old exports keep working.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col

from store.models import Agreement, Organisation, Person
from store.views.refs import KIND_OF_PREFIX, PREFIX, Ref, parse_ref, ref

__all__ = [
    "KIND_OF_PREFIX",
    "PREFIX",
    "EntityRef",
    "entity_name",
    "eref",
    "follow_merges",
    "live",
    "parse_ref",
    "ref",
]

_MODELS: dict[str, Any] = {
    "organisation": Organisation,
    "person": Person,
    "agreement": Agreement,
}


#: the reference to an entity (kind, id, name; equal by kind and id): store.views.refs.Ref
EntityRef = Ref


def live(model):  # type: ignore[no-untyped-def]
    """The condition that a row of an entity table was not merged away."""
    return col(model.merged_into).is_(None)


def entity_name(session: Session, kind: str, id: int) -> str:
    row = session.get(_MODELS[kind], id)
    if row is None:
        return "?"
    return row.title if kind == "agreement" else row.name


def eref(session: Session, kind: str, id: int | None) -> EntityRef | None:
    if id is None:
        return None
    return EntityRef(kind, id, entity_name(session, kind, id))


def follow_merges(session: Session, kind: str, id: int) -> int:
    """Where an entity that was merged away now lives (links in old exports keep working)."""
    model: Any = {"organisation": Organisation, "person": Person}.get(kind)
    seen = set()
    while model is not None and id not in seen:
        seen.add(id)
        row = session.get(model, id)
        if row is None or row.merged_into is None:
            break
        id = row.merged_into
    return id
