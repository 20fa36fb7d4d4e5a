"""Which database `ipx` opens, how, and what it refuses to write."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.conftest import export_of
from tests.conftest import SEEDS

GOOD = SEEDS / "003_5b9f4ff068226edb.txt"


def test_first_run_on_the_default_database_imports_the_seeds(ipx_process, tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path), "IPX_DATABASE_URL": ""}
    result = ipx_process("search", "denghs", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert "seeds" in result.stderr
    assert isinstance(json.loads(result.stdout), list)
    again = ipx_process("export", "--no-text", env=env)
    assert "seeds" not in again.stderr  # only the first run imports
    documents = [d for d in json.loads(again.stdout)["documents"] if d["format"] != "reference"]
    assert len(documents) == len(list(SEEDS.glob("*.txt")))


def test_a_named_database_starts_empty(ipx, empty_db) -> None:
    result = ipx("search", "IPOS", "--json", "--db", empty_db)
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_the_database_is_sqlite_in_wal_mode(ipx, tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    ipx("search", "x", "--db", str(path))
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_postgres_urls_get_the_psycopg_driver() -> None:
    from store.db import resolve_url

    assert (
        resolve_url("postgresql://me@127.0.0.1:5433/ipx")[0]
        == "postgresql+psycopg://me@127.0.0.1:5433/ipx"
    )


def test_schema_head_constant_matches_the_migrations() -> None:
    from store.db import SCHEMA_HEAD, head_revision

    assert head_revision() == SCHEMA_HEAD


def test_a_database_of_the_first_schema_is_upgraded_on_open(tmp_path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlmodel import create_engine

    from store.db import MIGRATIONS, SCHEMA_HEAD, current_revision, open_database

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO document (path, format, sha256, text, imported_at) "
            "VALUES ('old.txt', 'text', 'abc', 'Old text.', '2020-01-01 00:00:00')"
        )
    engine.dispose()
    db = open_database(f"sqlite:///{path}")
    assert current_revision(db.engine) == SCHEMA_HEAD
    assert not db.is_empty()


def test_read_only_mode_writes_nothing_and_says_so(ipx, kb) -> None:
    before = export_of(ipx, kb)
    result = ipx("--read-only", "import", str(GOOD), "--db", kb)
    assert result.exit_code != 0 and "read-only" in result.stderr
    assert ipx("--read-only", "show", "IPOS", "--db", kb).exit_code == 0
    assert ipx("--read-only", "merge", "IPOS", "WIPO", "--db", kb).exit_code != 0
    assert export_of(ipx, kb) == before


def test_a_read_only_database_file_can_be_browsed(ipx, kb) -> None:
    path = Path(kb.removeprefix("sqlite:///"))
    path.chmod(0o444)
    try:
        result = ipx("show", "IPOS", "--db", kb)
        assert result.exit_code == 0
        result = ipx("import", str(GOOD), "--db", kb)
        assert result.exit_code != 0 and "read-only" in result.stderr
    finally:
        path.chmod(0o644)
