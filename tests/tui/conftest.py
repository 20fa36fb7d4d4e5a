"""The explorer's tests run on the small knowledge base of tests/tui/kb.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import Database, open_database
from tests.tui.kb import make_db


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(make_db(tmp_path))
    yield db
    db.engine.dispose()


@pytest.fixture
def namesakes(tmp_path: Path) -> Iterator[Database]:
    """The knowledge base with two officials called 张文 and one known only as 王靖宇."""
    db = open_database(make_db(tmp_path, namesakes=True))
    yield db
    db.engine.dispose()
