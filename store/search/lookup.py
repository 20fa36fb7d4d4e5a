"""`search`: find entities by any name, in any script; `search_url`: the same on a database
URL with the plain driver.

A query is folded into a few probes (query.py), looked up as typed, then as words, as
fuzzy pinyin, as the reading of characters, and last as typos, each step only when the
earlier ones found too little; the candidates are then ranked (ranking.py). A query that
names a title and an organisation also finds who holds that role (role_query.py,
roles.py).
"""

from __future__ import annotations

import re
from typing import Any

from store.search.connection import DB
from store.search.keys import MAX_KEY, fuzzy
from store.search.matches import FUZZY, INITIALS, KINDS, PART, Hit
from store.search.probes import Searcher
from store.search.query import probes as probes_of
from store.search.query import query_words
from store.search.ranking import finish
from store.search.role_query import role_query
from store.search.roles import ORGS, with_roles
from store.search.typos import typo
from store.text.script import is_han


def search(
    conn_or_session: Any, query: str, *, kind: str | None = None, limit: int = 20
) -> list[Hit]:
    """Find entities by any name: characters, pinyin in any form, English words, acronyms;
    and people by a role they hold or held (wipo dg, 国家知识产权局局长: roles.py).

    `conn_or_session`: a SQLModel/SQLAlchemy Session or Connection, a sqlite3 connection or a
    psycopg connection. Any query is text; an empty or unusable one finds nothing.
    """
    if not isinstance(query, str) or limit <= 0:
        return []
    if kind is not None and kind not in KINDS:
        return []
    db = DB(conn_or_session)
    hits = _by_name(db, query, kind, limit)
    rq = role_query(query) if kind != "agreement" else None
    if rq is None:
        return hits
    orgs = _by_name(db, rq.organisation, "organisation", ORGS)
    return with_roles(db, rq, orgs, hits, kind=kind, limit=limit)


def _by_name(db: DB, query: str, kind: str | None, limit: int) -> list[Hit]:
    """Entities one of whose names the query is, starts, spells or nearly spells."""
    probes = probes_of(query)
    if not probes:
        return []
    if any(is_han(c) for c in probes[0]):
        from store.text import to_simplified

        probes += [p for p in (to_simplified(q) for q in probes) if p not in probes]
    s = Searcher(db, kind, limit)
    han = any(is_han(c) for c in probes[0])
    for p in probes:
        s.lookup(p)
    qwords = query_words(query)
    latin = not han and any(c.isascii() and c.isalpha() for c in probes[0])
    if s.count_better(PART) < limit and qwords and not han:
        s.words(qwords)
    if latin and s.count_better(INITIALS) < limit:
        for p in probes:
            fz = fuzzy(p)
            if fz != p:
                s.lookup(fz, worst=FUZZY)
    if han and not s.cands:
        from store.search.readings import pinyin_of  # imports pypinyin: only for characters

        sound = pinyin_of(probes[0])[:MAX_KEY]
        if sound:
            s.lookup(sound, worst=FUZZY)
    if not s.cands and latin:
        typo(s, qwords, probes)
    return finish(s)


def search_url(url: str, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
    """Open the database at `url` with the plain driver (no SQLAlchemy) and search it.

    sqlite:///path (or a bare path) opens the file read-only with sqlite3;
    postgresql://, postgres:// and postgresql+psycopg:// open it with psycopg.
    """
    if url.startswith(("postgresql", "postgres:")):
        import psycopg

        plain = re.sub(r"^postgres(ql)?(\+psycopg)?://", "postgresql://", url)
        with psycopg.connect(plain) as pg:
            return search(pg, query, kind=kind, limit=limit)
    import sqlite3
    from pathlib import Path

    path = url[len("sqlite:///") :] if url.startswith("sqlite:///") else url
    if "://" in path:
        raise ValueError(f"{url}: not a SQLite or PostgreSQL URL")
    if not Path(path).exists():
        raise FileNotFoundError(path)
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        return search(conn, query, kind=kind, limit=limit)
    finally:
        conn.close()
