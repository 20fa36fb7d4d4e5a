"""Search on every kind of connection and database: plain DB-API connections, a URL,
an old schema upgraded, a fresh process that must stay light."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from store.db import Database, open_database
from store.search import search, search_url
from tests.search.kb import IDS, ids

ROOT = Path(__file__).resolve().parents[2]


def test_search_works_on_plain_connections(db: Database) -> None:
    if db.url.startswith("sqlite"):
        conn: Any = sqlite3.connect(db.url[len("sqlite:///") :])
    else:
        import psycopg

        conn = psycopg.connect(db.url.replace("postgresql+psycopg://", "postgresql://"))
    try:
        assert search(conn, "dhs")[0].id == IDS["deng"]
    finally:
        conn.close()
    hits = search_url(db.url, "ipos")
    assert hits[0].id == IDS["ipos"] and hits[0].name == "新加坡知识产权局"
    assert "Intellectual Property Office of Singapore" in hits[0].aliases


def test_a_latin_query_imports_neither_pypinyin_nor_sqlalchemy(db: Database) -> None:
    code = (
        "import sys; from store.search import search_url; "
        f"hits = search_url({db.url!r}, 'denghs'); assert hits and hits[0].id == {IDS['deng']}; "
        "hits = search_url(" + repr(db.url) + ", 'singapore ip office'); assert hits; "
        "assert 'pypinyin' not in sys.modules, 'pypinyin'; "
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'; "
        "assert 'sqlmodel' not in sys.modules, 'sqlmodel'"
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_an_older_database_gets_its_index_on_upgrade(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "store" / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("INSERT INTO person (id, name, created_at) VALUES (1, '申长雨', '')")
        conn.exec_driver_sql(
            "INSERT INTO name (entity_type, entity_id, text, folded, kind, origin)"
            " VALUES ('person', 1, '申长雨', '申长雨', 'primary', 'document')"
        )
    engine.dispose()
    database = open_database(url)  # upgrades to the newest schema
    try:
        with database.session() as s:
            assert ids(search(s, "shenchangyu")) == [1]
    finally:
        database.engine.dispose()
