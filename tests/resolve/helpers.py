"""Import a few texts of a test's own into the resolution tests' knowledge base (the `db`
fixture of conftest.py): each written to a file, read as a user's import reads it."""

from __future__ import annotations

from pathlib import Path

from importers.pipeline import import_paths
from store.db import Database


def import_texts(db: Database, tmp_path: Path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert not import_paths(db, [tmp_path / n for n in texts], jobs=1).problems
