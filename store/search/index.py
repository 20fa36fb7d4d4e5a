"""Keeping the index current: the key rows of one entity, written when its names change.

Index rows: `searchkey` (key, entity_type, entity_id, name_id, tier, docs), from the
entity's current names (keys.py makes the keys; `docs` is the number of documents that
mention the entity, stored for ranking).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from store.search.connection import DB
from store.search.keys import name_keys, quick_fold
from store.search.matches import KINDS

INSERT = (
    "INSERT INTO searchkey (key, entity_type, entity_id, name_id, tier, docs)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
KeyRow = tuple[str, str, int, int | None, int, int]  # key, type, id, name id, tier, docs


def _best(best: dict[str, tuple[int, int | None]], keys: dict[str, int], nid: int | None) -> None:
    for k, tier in keys.items():
        if k not in best or best[k][0] > tier:
            best[k] = (tier, nid)


def rows_for(
    etype: str,
    eid: int,
    display: str | None,
    names: Sequence[tuple[int | None, str]],
    *,
    parties: Sequence[tuple[int, str]] = (),
    docs: int = 0,
    keys_of: Callable[..., dict[str, int]] = name_keys,
) -> list[KeyRow]:
    """Key rows of one entity: its names (or title), best tier per key. `keys_of`: how a
    name's keys are made (a bulk load passes `name_keys` with a cache)."""
    best: dict[str, tuple[int, int | None]] = {}
    person = etype == "person"
    seen_folded = set()
    for nid, text in names:
        seen_folded.add(quick_fold(text))
        _best(best, keys_of(text, person=person), nid)
    if display and quick_fold(display) not in seen_folded:
        _best(best, keys_of(display, person=person), None)
    for nid, text in parties:
        for k, tier in keys_of(text, person=False, party=True).items():
            if k not in best:
                best[k] = (tier, nid)
    return [(k, etype, eid, nid, tier, docs) for k, (tier, nid) in best.items()]


def party_names(db: DB, agreement_id: int | None) -> dict[int, list[tuple[int, str]]]:
    """Names of the parties (organisations and people) of one agreement, or of all: the
    organisations' first, each party in the order of its rows, its names in id order (the
    order decides which name a party key is credited to, alike on every database and in a
    bulk load, store.exchange)."""
    out: dict[int, list[tuple[int, str]]] = {}
    where = " WHERE ap.agreement_id = ?" if agreement_id is not None else ""
    params = [agreement_id] if agreement_id is not None else []
    for col, etype in (("organisation_id", "organisation"), ("person_id", "person")):
        for aid, nid, text in db.all(
            f"SELECT ap.agreement_id, n.id, n.text FROM agreementparty ap JOIN name n"
            f" ON n.entity_id = ap.{col} AND n.entity_type = '{etype}'{where}"
            " ORDER BY ap.agreement_id, ap.id, n.id",
            params,
        ):
            out.setdefault(aid, []).append((nid, text))
    return out


def _docs(db: DB, etype: str, eid: int) -> int:
    """How many documents mention the entity (stored with its keys, for ranking)."""
    got = db.all(
        "SELECT COUNT(DISTINCT document_id) FROM mention"
        " WHERE target_type || '' = ? AND target_id = ?",
        [etype, eid],
    )
    return int(got[0][0]) if got else 0


def _entity_rows(db: DB, etype: str, eid: int) -> list[KeyRow]:
    if etype == "agreement":
        got = db.all("SELECT title FROM agreement WHERE id = ?", [eid])
        if not got:
            return []
        parties = party_names(db, eid).get(eid, [])
        docs = _docs(db, etype, eid)
        return rows_for(etype, eid, None, [(None, got[0][0])], parties=parties, docs=docs)
    if etype not in ("person", "organisation"):
        raise ValueError(f"{etype}: not an entity type ({', '.join(KINDS)})")
    got = db.all(f"SELECT name, merged_into FROM {etype} WHERE id = ?", [eid])
    if not got or got[0][1] is not None:
        return []
    names = db.all(
        "SELECT id, text FROM name WHERE entity_type || '' = ? AND entity_id = ? ORDER BY id",
        [etype, eid],
    )
    return rows_for(etype, eid, got[0][0], names, docs=_docs(db, etype, eid))


def index_entity(session: Any, entity_type: str, entity_id: int) -> None:
    """(Re)build the keys of one organisation, person or agreement from its current names.

    Call after adding or changing names, after merges and splits (for both entities), for
    agreements after their parties change, and after an import added mentions (the number
    of documents that mention an entity is stored with its keys, for ranking). A merged-away
    entity ends with no keys.
    """
    db = DB(session)
    rows = _entity_rows(db, entity_type, entity_id)
    db.run(
        "DELETE FROM searchkey WHERE entity_type = ? AND entity_id = ?", [entity_type, entity_id]
    )
    if rows:
        db.many(INSERT, rows)


def refresh_docs(session: Any, refs: Iterable[tuple[str, int]]) -> None:
    """Update the stored document counts (for ranking) of entities whose names did not change
    but whose mentions did: an import re-ranks what it mentions without rebuilding keys."""
    db = DB(session)
    for etype, eid in refs:
        db.run(
            "UPDATE searchkey SET docs = (SELECT COUNT(DISTINCT document_id) FROM mention"
            " WHERE target_type = ? AND target_id = ?) WHERE entity_type = ? AND entity_id = ?",
            [etype, eid, etype, eid],
        )


def index_agreements_of(session: Any, organisation_id: int) -> int:
    """Re-index the agreements an organisation is party to (after its names changed)."""
    db = DB(session)
    ids = [
        r[0]
        for r in db.all(
            "SELECT DISTINCT agreement_id FROM agreementparty WHERE organisation_id = ?",
            [organisation_id],
        )
    ]
    for aid in ids:
        index_entity(session, "agreement", aid)
    return len(ids)


def drop_entity(session: Any, entity_type: str, entity_id: int) -> None:
    """Remove every key of one entity (deleted, or merged into another)."""
    DB(session).run(
        "DELETE FROM searchkey WHERE entity_type = ? AND entity_id = ?", [entity_type, entity_id]
    )
