"""The one database fixture the resolution tests share (people_kb.py and helpers.py read it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite knowledge base; a test module's own `db` fixture takes precedence."""
    database = open_database(f"sqlite:///{tmp_path / 'people.db'}")
    yield database
    database.engine.dispose()
