"""Import our own short texts into a real database and ask which person rows a set of names
ended up on: the shape of every test that two spellings of one official become one person."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from importers.pipeline import import_paths
from store.db import Database
from store.models import Name, Person


def import_texts(db: Database, folder: Path, texts: dict[str, str]) -> None:
    """Write each text to `folder` under its name and import it, one document at a time."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        assert not import_paths(db, [folder / name], jobs=1).problems


def person_ids(db: Database, *names: str) -> set[int]:
    """The people (after merges) that carry any of `names`: one id means one person."""
    with db.session() as s:
        ids = s.exec(
            select(Name.entity_id).where(Name.entity_type == "person", Name.text.in_(names))  # type: ignore[attr-defined]
        ).all()
        return {p.merged_into or p.id for i in ids if (p := s.get(Person, i)) and p.id}
