"""Plain SQL on a session's own connection, for the reads and writes an import repeats
thousands of times per folder.

An ORM query costs about 0.25 ms of Python before the database sees it (statement building,
compilation cache look-up, loading rows into objects); the same SELECT through the DB-API
costs about 0.04 ms, and resolving one document makes a few hundred of them. Every call
here flushes the session first, as the ORM's autoflush would, so it sees each pending row
of the transaction it runs in. The SQL is written with `?` marks and runs alike on SQLite
and PostgreSQL (psycopg's `%s` filled in, as store.search.connection does).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlmodel import Session


def _cursor(session: Session) -> tuple[Any, bool]:
    session.flush()
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    return raw.cursor(), type(raw).__module__.startswith("psycopg")


def rows(session: Session, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of QUERY, after a flush."""
    cur, pg = _cursor(session)
    try:
        cur.execute(query.replace("?", "%s") if pg else query, tuple(params))
        return list(cur.fetchall())
    finally:
        cur.close()


def run_many(session: Session, statement: str, params: Iterable[Sequence[Any]]) -> None:
    """STATEMENT once per parameter row, in one executemany, after a flush."""
    cur, pg = _cursor(session)
    try:
        cur.executemany(statement.replace("?", "%s") if pg else statement, list(params))
    finally:
        cur.close()


def equals(column: str, value: Any) -> tuple[str, list[Any]]:
    """`column = ?`, or `column IS NULL` for None (as the ORM writes `== None`)."""
    return (f"{column} IS NULL", []) if value is None else (f"{column} = ?", [value])
