"""The CLI's tests read the small knowledge base of tests/tui/kb.py, built through the store
writers, not what the importers extract from the seeds: they test the commands, and do not
change when extraction improves. Tests of `ipx import` itself import real files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.tui.kb import make_db


@pytest.fixture
def kb(tmp_path: Path) -> str:
    """The URL of a private copy of the built knowledge base (a test may change it)."""
    return make_db(tmp_path)


def export_of(ipx: Any, db: str) -> dict[str, Any]:
    """The whole knowledge base as the exchange JSON (without document texts)."""
    return json.loads(ipx("export", "--no-text", "--db", db).stdout)
