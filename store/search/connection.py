"""The plain database connection search runs on, and the one range every probe reads.

Search takes a SQLModel/SQLAlchemy Session or Connection, a sqlite3 connection or a psycopg
connection, and talks DB-API to all of them: `ipx search` then needs no SQLAlchemy. The same
SQL runs on SQLite and PostgreSQL; there the key is compared with COLLATE "C", bytewise,
so that the B-tree order is the code-point order `successor` assumes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


class DB:
    """A DB-API connection (sqlite3 or psycopg) behind a session, connection or itself."""

    def __init__(self, conn: Any) -> None:
        if hasattr(conn, "get_bind") and hasattr(conn, "flush"):  # SQLAlchemy Session
            conn.flush()
            conn = conn.connection()
        if hasattr(conn, "exec_driver_sql"):  # SQLAlchemy Connection
            conn = conn.connection.dbapi_connection
        self.raw = conn
        module = type(conn).__module__
        self.pg = module.startswith("psycopg")
        self.key_col = 'key COLLATE "C"' if self.pg else "key"

    def sql(self, q: str) -> str:
        q = q.replace("KEY", self.key_col)
        return q.replace("?", "%s") if self.pg else q

    def all(self, q: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self.raw.cursor()
        try:
            cur.execute(self.sql(q), tuple(params))
            return list(cur.fetchall())
        finally:
            cur.close()

    def run(self, q: str, params: Sequence[Any] = ()) -> None:
        cur = self.raw.cursor()
        try:
            cur.execute(self.sql(q), tuple(params))
        finally:
            cur.close()

    def ddl(self, statement: str) -> None:
        """A statement run as written: `sql` would read the KEY of PRIMARY KEY or FOREIGN
        KEY as the key column."""
        cur = self.raw.cursor()
        try:
            cur.execute(statement)
        finally:
            cur.close()

    def many(self, q: str, rows: Iterable[Sequence[Any]]) -> None:
        cur = self.raw.cursor()
        try:
            cur.executemany(self.sql(q), rows)
        finally:
            cur.close()


def successor(prefix: str) -> str | None:
    """The least string greater than every string that starts with `prefix` (code points),
    or None when there is none: a prefix of U+10FFFF only is bounded by no string, and a
    bound equal to it would find nothing."""
    while prefix:
        last = ord(prefix[-1])
        if last < 0x10FFFF:
            nxt = last + 1
            if 0xD800 <= nxt <= 0xDFFF:
                nxt = 0xE000
            return prefix[:-1] + chr(nxt)
        prefix = prefix[:-1]
    return None


def prefix_range(prefix: str) -> tuple[str, list[str]]:
    """SQL and parameters for the keys that start with `prefix`, as one B-tree range."""
    upper = successor(prefix)
    if upper is None:
        return "KEY >= ?", [prefix]
    return "KEY >= ? AND KEY < ?", [prefix, upper]


def marks(n: int) -> str:
    """`n` parameter marks for an IN (...) list."""
    return ",".join("?" * n)


def chunks(seq: Sequence[Any], n: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
