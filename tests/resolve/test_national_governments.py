"""A state's national government the reference data knows (Indonesia's): named by its
demonym ("the Indonesian government") or with "of" ("the Government of Indonesia"), in any
text, it is that one body."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from importers.pipeline import import_paths
from store.db import Database, open_database
from store.models import Name, Organisation


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'governments.db'}")
    yield database
    database.engine.dispose()


def _import(db: Database, tmp_path: Path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert not import_paths(db, [tmp_path / n for n in texts], jobs=1).problems


def test_a_state_s_government_by_its_demonym_and_by_of_is_the_reference_body(
    db: Database, tmp_path: Path
) -> None:
    _import(
        db,
        tmp_path,
        {
            "a.txt": "Jakarta, 3 March 2016 - The Indonesian government adopted a new plan for "
            "copyright collecting societies.\n",
            "b.txt": "Geneva, 5 May 2022 - The Government of Indonesia and WIPO held a "
            "workshop on geographical indications.\n",
        },
    )
    with db.session() as s:
        named = s.exec(
            select(Name.entity_id).where(
                Name.entity_type == "organisation",
                Name.text.in_(["Indonesian government", "Government of Indonesia"]),  # type: ignore[attr-defined]
            )
        ).all()
        refs = {o.ref_id for i in named if (o := s.get(Organisation, i)) is not None}
    assert refs == {"id-government"}
