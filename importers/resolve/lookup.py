"""Stored entities found by the reference entry they were made from, or by a name they hold.

Both run many times per document (every organisation fact tries each variant of its names),
so they read with plain SQL (store/sql.py) rather than through ORM objects.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from store import sql
from store.text import fold


def live_entity(session: Session, model: Any, ref_id: str) -> int | None:
    """The stored entity made from a reference entry (cached for the session: a document
    names the same offices again and again)."""
    cache = session.info.setdefault("ipx_refs", {})
    key = (model.__name__, ref_id)
    if key not in cache:
        table = model.__tablename__
        found = sql.rows(
            session,
            f"SELECT {table}.id FROM {table}"
            f" WHERE {table}.ref_id = ? AND {table}.merged_into IS NULL",
            [ref_id],
        )
        if not found:
            return None
        cache[key] = found[0][0]
    return int(cache[key])


def by_names(session: Session, entity_type: str, names: list[str]) -> list[int]:
    """Live entities holding any of these names (folded), most matching names first."""
    keys = {fold(n) for n in names} - {""}
    if not keys:
        return []
    holders = [
        eid
        for (eid,) in sql.rows(
            session,
            "SELECT name.entity_id FROM name WHERE name.entity_type = ?"
            " AND name.kind != 'address'"  # "Mr. Tang" names no one (resolve/people.py)
            f" AND name.folded IN ({', '.join('?' * len(keys))})",
            [entity_type, *keys],
        )
    ]
    live = _live(session, "organisation" if entity_type == "organisation" else "person", holders)
    hits: dict[int, int] = {}
    for eid in holders:
        if eid in live:
            hits[eid] = hits.get(eid, 0) + 1
    return sorted(hits, key=lambda k: -hits[k])


def _live(session: Session, table: str, ids: list[int]) -> set[int]:
    """Those of IDS that are stored and not merged away."""
    distinct = sorted(set(ids))
    if not distinct:
        return set()
    return {
        i
        for (i,) in sql.rows(
            session,
            f"SELECT id FROM {table} WHERE merged_into IS NULL"
            f" AND id IN ({', '.join('?' * len(distinct))})",
            distinct,
        )
    }
