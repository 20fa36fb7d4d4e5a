"""Stored entities found by the reference entry they were made from, or by a name they hold."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from store.models import Name, Organisation, Person
from store.text import fold


def live_entity(session: Session, model: Any, ref_id: str) -> int | None:
    """The stored entity made from a reference entry (cached for the session: a document
    names the same offices again and again)."""
    cache = session.info.setdefault("ipx_refs", {})
    key = (model.__name__, ref_id)
    if key not in cache:
        row = session.exec(
            select(model).where(model.ref_id == ref_id, col(model.merged_into).is_(None))
        ).first()
        if row is None:
            return None
        cache[key] = row.id
    return int(cache[key])


def by_names(session: Session, entity_type: str, names: list[str]) -> list[int]:
    """Live entities holding any of these names (folded), most matching names first."""
    keys = {fold(n) for n in names} - {""}
    if not keys:
        return []
    model: Any = Organisation if entity_type == "organisation" else Person
    hits: dict[int, int] = {}
    for n in session.exec(
        select(Name).where(Name.entity_type == entity_type, col(Name.folded).in_(keys))
    ):
        row = session.get(model, n.entity_id)
        if row is not None and row.merged_into is None:
            hits[n.entity_id] = hits.get(n.entity_id, 0) + 1
    return sorted(hits, key=lambda k: -hits[k])
