"""Rebuilding the whole index after a bulk load: names read in entity order, keys written in
batches with executemany, and for a large store the indexes built once at the end rather
than row by row. A million names take about a minute.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from store.search.connection import DB
from store.search.index import INSERT, KeyRow, party_names, rows_for

# as in store/models.py SearchKey and migration 0002
_INDEXES = (
    ("ix_searchkey_lookup", "key, entity_type, entity_id, tier, name_id, docs"),
    ("ix_searchkey_entity", "entity_type, entity_id, key"),
)
_BIG = 50000  # names past which the indexes are dropped during the rebuild


def _names_by_entity(
    db: DB, etype: str, batch: int
) -> Iterator[tuple[int, list[tuple[int | None, str]]]]:
    """(entity id, [(name id, text)]) in entity order, read in batches."""
    cur = db.raw.cursor()
    try:
        cur.execute(
            db.sql(
                "SELECT entity_id, id, text FROM name WHERE entity_type = ? ORDER BY entity_id, id"
            ),
            (etype,),
        )
        current: int | None = None
        names: list[tuple[int | None, str]] = []
        while rows := cur.fetchmany(batch):
            for eid, nid, text in rows:
                if eid != current:
                    if current is not None:
                        yield current, names
                    current, names = eid, []
                names.append((nid, text))
        if current is not None:
            yield current, names
    finally:
        cur.close()


class _Writer:
    """Key rows written in batches of `batch`."""

    def __init__(self, db: DB, batch: int) -> None:
        self.db, self.batch = db, batch
        self.total = 0
        self.pending: list[KeyRow] = []

    def add(self, rows: list[KeyRow]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.db.many(INSERT, self.pending)
            self.total += len(self.pending)
            self.pending = []


def _doc_counts(db: DB) -> dict[tuple[str, int], int]:
    return {
        (t, i): int(n)
        for t, i, n in db.all(
            "SELECT target_type, target_id, COUNT(DISTINCT document_id) FROM mention"
            " GROUP BY target_type, target_id"
        )
    }


def reindex_all(session: Any, *, batch: int = 50000) -> int:
    """Rebuild the whole index (after bulk loads); returns the number of keys.

    Takes a Session or a DB-API connection.
    """
    db = DB(session)
    big = db.all(f"SELECT COUNT(*) FROM (SELECT 1 FROM name LIMIT {_BIG + 1}) t")[0][0] > _BIG
    db.run("DELETE FROM searchkey")
    if big:  # build the indexes once at the end rather than row by row
        for name, _ in _INDEXES:
            db.run(f"DROP INDEX IF EXISTS {name}")
    docs = _doc_counts(db)
    out = _Writer(db, batch)
    for etype in ("person", "organisation"):
        entities = db.all(f"SELECT id, name FROM {etype} WHERE merged_into IS NULL ORDER BY id")
        groups = _names_by_entity(db, etype, batch)
        group = next(groups, None)
        for eid, display in entities:
            while group is not None and group[0] < eid:
                group = next(groups, None)
            names = group[1] if group is not None and group[0] == eid else []
            out.add(rows_for(etype, eid, display, names, docs=docs.get((etype, eid), 0)))
    parties = party_names(db, None)
    for aid, title in db.all("SELECT id, title FROM agreement ORDER BY id"):
        out.add(
            rows_for(
                "agreement",
                aid,
                None,
                [(None, title)],
                parties=parties.get(aid, []),
                docs=docs.get(("agreement", aid), 0),
            )
        )
    out.flush()
    if big:
        for name, cols in _INDEXES:
            db.run(f"CREATE INDEX {name} ON searchkey ({cols})")
    return out.total
