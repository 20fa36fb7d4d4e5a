"""The fixtures the resolution tests share: a fresh database (people_kb.py and helpers.py read it)
and the reference data as its files are now."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from importers.resolve.reference import Reference, load_reference
from store.db import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite knowledge base; a test module's own `db` fixture takes precedence."""
    database = open_database(f"sqlite:///{tmp_path / 'people.db'}")
    yield database
    database.engine.dispose()


@pytest.fixture(scope="module")
def ref() -> Reference:
    """The reference data read afresh from its files (not a copy cached by an earlier test)."""
    load_reference.cache_clear()
    return load_reference()
