"""Migration 0006: judgements, rejections and extractor versions, on an old database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from store.db import SCHEMA_HEAD, current_revision, make_engine, open_database
from tests.store.kb_detail import old_database_with_a_role_in_two_rows


def database_of_0005(url: str) -> None:
    """A database made by ipx before 0006: one document, read by an unknown extractor."""
    from alembic import command
    from alembic.config import Config

    from store.db import MIGRATIONS

    old_database_with_a_role_in_two_rows(url)  # at 0004, with a document
    engine = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
    engine.dispose()


def test_an_old_database_gains_judgements_and_versions_on_open(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    database_of_0005(url)
    db = open_database(url)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD == "0006"
        tables = set(inspect(db.engine).get_table_names())
        assert {"judgement", "rejection"} <= tables
        columns = {c["name"] for c in inspect(db.engine).get_columns("document")}
        assert "extractor_version" in columns
        indexes = {i["name"]: i for i in inspect(db.engine).get_indexes("judgement")}
        assert indexes["ix_judgement_key_in_force"]["unique"]
        from store.review.extraction import older_documents

        with db.session() as s:
            assert older_documents(s, 1) == 1  # its one document was read before versions
    finally:
        db.engine.dispose()


def test_the_migration_goes_down_and_up_again(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from store.db import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'kb.db'}"
    open_database(url).engine.dispose()
    engine = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        assert "judgement" not in inspect(conn).get_table_names()
        command.upgrade(cfg, "head")
        assert "judgement" in inspect(conn).get_table_names()
    engine.dispose()
