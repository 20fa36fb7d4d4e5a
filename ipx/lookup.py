"""`ipx search` without Typer, SQLAlchemy or Rich: a lookup over SSH should answer at once.

The console script (`ipx.launch:main`) sends a plain `ipx search QUERY [--kind K]
[--limit N] [--db URL] [--json]` on an existing, up-to-date SQLite database here; anything
else (help, a terminal table, PostgreSQL, a database to create or seed) goes to the full
Typer CLI, which prints the same rows. Both rank through `store.search.search` on a plain
DB-API connection, so every ranking rule (store/search/matches.py) exists once.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from store.views.refs import KIND_OF_OPTION, ref


def hit_rows(hits: list[Any]) -> list[dict[str, Any]]:
    """The JSON rows of `ipx search --json`."""
    return [
        {
            "kind": h.kind,
            "id": ref(h.kind, h.id),
            "name": h.name,
            "aliases": h.aliases,
            "score": round(h.score, 3),
            "matched": h.matched,
            "how": h.how,
            "context": h.context,
        }
        for h in hits
    ]


def with_confidence(url: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with each hit's `confidence` and `reviewed` (store/review/confidence.py),
    read on a plain sqlite3 connection when the database is a SQLite file."""
    if not rows:
        return rows
    from store.review.confidence import confidences

    def attach(conn: Any) -> None:
        by_kind: dict[str, list[int]] = {}
        for r in rows:
            by_kind.setdefault(r["kind"], []).append(int(r["id"][1:]))
        conf = {k: confidences(conn, k, ids) for k, ids in by_kind.items()}
        for r in rows:
            c = conf[r["kind"]].get(int(r["id"][1:]))
            r["confidence"] = c.value if c else None
            r["reviewed"] = bool(c and c.reviewed)

    if url.startswith("sqlite:///") and Path(url[len("sqlite:///") :]).is_file():
        conn = sqlite3.connect(f"file:{url[len('sqlite:///') :]}?mode=ro", uri=True)
        try:
            attach(conn)
        finally:
            conn.close()
        return rows
    from store.db import open_database

    database = open_database(url, read_only=True)
    try:
        with database.session() as s:
            attach(s)
    finally:
        database.engine.dispose()
    return rows


def plain_lines(rows: list[dict[str, Any]]) -> list[str]:
    """Tab-separated lines for a pipe: id, kind, name, up to three other names, context (last,
    so that scripts reading the first four columns keep working)."""
    return [
        f"{r['id']}\t{r['kind']}\t{r['name']}\t{' / '.join(r['aliases'][:3])}\t{r['context']}"
        for r in rows
    ]


def fast_hits(url: str, query: str, kind: str | None, limit: int) -> list[Any] | None:
    """Search an existing, up-to-date, non-empty SQLite file; None when the full path is
    needed (another database, a schema to migrate, a default database to seed)."""
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url[len("sqlite:///") :])
    if not path.is_file():
        return None
    from store.config import SCHEMA_HEAD
    from store.search import search

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            has_docs = conn.execute("SELECT 1 FROM document LIMIT 1").fetchone()
            if not row or row[0] != SCHEMA_HEAD or not has_docs:
                return None
            return search(conn, query, kind=kind, limit=limit)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _parse(args: list[str]) -> dict[str, Any] | None:
    """The few options a quick lookup takes; None for anything else (Typer handles it)."""
    opts: dict[str, Any] = {"query": None, "kind": None, "limit": 20, "db": None, "json": False}
    it = iter(args)
    for a in it:
        if a == "--json":
            opts["json"] = True
        elif a in ("--kind", "-k", "--limit", "-n", "--db"):
            value = next(it, None)
            if value is None:
                return None
            if a == "--db":
                opts["db"] = value
            elif a in ("--kind", "-k"):
                if value not in KIND_OF_OPTION:
                    return None
                opts["kind"] = KIND_OF_OPTION[value]
            else:
                if not value.isdigit() or not 1 <= int(value) <= 1000:
                    return None
                opts["limit"] = int(value)
        elif a.startswith("-") and a != "-":
            return None
        elif opts["query"] is None:
            opts["query"] = a
        else:
            return None
    return opts if opts["query"] is not None else None


def quick_search(args: list[str]) -> bool:
    """Answer `ipx search ARGS` here if it can be; False to hand over to the full CLI."""
    opts = _parse(args)
    if opts is None or not (opts["json"] or not sys.stdout.isatty()):
        return False
    from store.config import resolve_url

    url, _ = resolve_url(opts["db"])
    hits = fast_hits(url, opts["query"], opts["kind"], opts["limit"])
    if hits is None:
        return False
    rows = hit_rows(hits)
    if opts["json"]:
        rows = with_confidence(url, rows)
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif rows:
        sys.stdout.write("\n".join(plain_lines(rows)) + "\n")
    else:
        sys.stderr.write(f"no match for {opts['query']!r}\n")
    return True
