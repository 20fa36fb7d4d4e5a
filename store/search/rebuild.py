"""Rebuilding the whole index after a bulk load: names read in entity order, keys written in
batches with executemany, and for a large store the indexes built once at the end rather
than row by row. A million names take about a minute.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from store.search.connection import DB
from store.search.index import INSERT, KeyRow, party_names, rows_for
from store.search.keys import name_keys

# as in store/models.py SearchKey and migration 0002
_INDEXES = (
    ("ix_searchkey_lookup", "key, entity_type, entity_id, tier, name_id, docs"),
    ("ix_searchkey_entity", "entity_type, entity_id, key"),
)
_SORT_MEMORY = "256MB"  # PostgreSQL's, for building the indexes again (the default is 64MB)
_BIG = 50000  # names past which the indexes are dropped during the rebuild
_COPY = "COPY searchkey (key, entity_type, entity_id, name_id, tier, docs) FROM STDIN"
_COPY_IDS = "COPY searchkey (id, key, entity_type, entity_id, name_id, tier, docs) FROM STDIN"


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


class KeyWriter:
    """Key rows written in batches of `batch`: executemany on SQLite, COPY on PostgreSQL.

    With `rebuild_indexes` (a load large beside what is stored) the two indexes are dropped
    first and built once by `finish`, which is much faster than keeping them row by row; on
    PostgreSQL the primary key too, the ids given out here (_Ids)."""

    def __init__(self, db: DB, batch: int = 50000, *, rebuild_indexes: bool = False) -> None:
        self.db, self.batch = db, batch
        self.total = 0
        self.pending: list[KeyRow] = []
        self.dropped: list[str] = []  # the statements that make the dropped indexes again
        self.ids: _Ids | None = None  # PostgreSQL, a large load: ids given out here
        if rebuild_indexes:
            made = _index_statements(db)
            for name, _ in _INDEXES:
                db.run(f"DROP INDEX IF EXISTS {name}")
            self.dropped = [
                made.get(name, f"CREATE INDEX {name} ON searchkey ({cols})")
                for name, cols in _INDEXES
            ]
            if db.pg:
                self.ids = _Ids(db)
                self.dropped = self.ids.drop_primary_key() + self.dropped

    def add(self, rows: list[KeyRow]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        if self.db.pg:
            rows: Iterable[tuple[Any, ...]] = self.pending
            statement = _COPY
            if self.ids is not None:
                first = self.ids.take(len(self.pending))
                statement = _COPY_IDS
                rows = ((i, *row) for i, row in enumerate(self.pending, first))
            cur = self.db.raw.cursor()
            try:
                with cur.copy(statement) as copy:
                    for row in rows:
                        copy.write_row(row)
            finally:
                cur.close()
        else:
            self.db.many(INSERT, self.pending)
        self.total += len(self.pending)
        self.pending = []

    def finish(self) -> int:
        """Write what waits and build the indexes if they were dropped; the keys written."""
        self.flush()
        if self.ids is not None:
            self.ids.give_back()
            self.ids = None
        if self.dropped and self.db.pg:  # sort the keys in memory, not in temporary files
            self.db.run(f"SET LOCAL maintenance_work_mem = '{_SORT_MEMORY}'")
        for statement in self.dropped:
            self.db.ddl(statement)
        self.dropped = []
        return self.total


class _Ids:
    """PostgreSQL, a large load: the keys' ids given out here, in order from the table's
    sequence, and the primary key dropped until the finish. Maintaining the primary key and
    calling nextval row by row was most of the server's work in writing the keys (at
    250,000 people, 8.7 million rows: about 30 s of its CPU against 4 s without; the
    primary key built once at the end takes 3 to 7 s). The table stays locked (its indexes
    were dropped) until the import commits, so no one else takes ids from the sequence."""

    def __init__(self, db: DB) -> None:
        self.db = db
        self.seq = str(db.all("SELECT pg_get_serial_sequence('searchkey', 'id')")[0][0])
        self.first = self.next = int(db.all(f"SELECT nextval('{self.seq}')")[0][0])

    def drop_primary_key(self) -> list[str]:
        """Drop the primary key; the statements that make it again, to the letter."""
        found = self.db.all(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid = 'searchkey'::regclass AND contype = 'p'"
        )
        out: list[str] = []
        for name, definition in found:
            self.db.ddl(f'ALTER TABLE searchkey DROP CONSTRAINT "{name}"')
            out.append(f'ALTER TABLE searchkey ADD CONSTRAINT "{name}" {definition}')
        return out

    def take(self, n: int) -> int:
        """The first of N consecutive ids."""
        self.next += n
        return self.next - n

    def give_back(self) -> None:
        """The sequence continues after the last id given, as if the rows had taken theirs
        one by one (and is where it was if none was)."""
        if self.next > self.first:
            self.db.run(f"SELECT setval('{self.seq}', {self.next - 1})")
        else:
            self.db.run(f"SELECT setval('{self.seq}', {self.first}, false)")


def _index_statements(db: DB) -> dict[str, str]:
    """How the database made the indexes of the searchkey table (so that rebuilding them
    leaves the schema as it was, to the letter)."""
    if db.pg:
        q = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'searchkey'"
    else:
        q = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'searchkey'"
    return {str(name): str(sql) for name, sql in db.all(q) if sql}


_SEP = "\x00"  # never in a key: folding removes control characters


def _packed(text: str, person: bool, party: bool) -> tuple[str, bytes]:
    keys = name_keys(text, person=person, party=party)
    return _SEP.join(keys), bytes(keys.values())


class KeyCache:
    """`name_keys` once per distinct name in a bulk load: the same Chinese name, the same
    party of many agreements, the same title are keyed once (the readings of each distinct
    character are cached below, in readings.py). The last `size` distinct names are kept,
    packed as one string and one byte per tier, so that many fit in little memory."""

    def __init__(self, size: int = 32768) -> None:
        self._packed = lru_cache(maxsize=size)(_packed)

    def __call__(self, text: str, *, person: bool, party: bool = False) -> dict[str, int]:
        joined, tiers = self._packed(text, person, party)
        return dict(zip(joined.split(_SEP), tiers, strict=True)) if tiers else {}


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
    docs = _doc_counts(db)
    out = KeyWriter(db, batch, rebuild_indexes=big)
    keys_of = KeyCache()
    for etype in ("person", "organisation"):
        entities = db.all(f"SELECT id, name FROM {etype} WHERE merged_into IS NULL ORDER BY id")
        groups = _names_by_entity(db, etype, batch)
        group = next(groups, None)
        for eid, display in entities:
            while group is not None and group[0] < eid:
                group = next(groups, None)
            names = group[1] if group is not None and group[0] == eid else []
            count = docs.get((etype, eid), 0)
            out.add(rows_for(etype, eid, display, names, docs=count, keys_of=keys_of))
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
                keys_of=keys_of,
            )
        )
    return out.finish()


def worth_rebuilding(db: DB, new_names: int) -> bool:
    """Whether a load of about NEW_NAMES names should drop the indexes and build them once at
    the end: when it is large, and at least as large as what is stored already."""
    if new_names <= _BIG:
        return False
    have = db.all(f"SELECT COUNT(*) FROM (SELECT 1 FROM name LIMIT {new_names + 1}) t")[0][0]
    return int(have) <= new_names
