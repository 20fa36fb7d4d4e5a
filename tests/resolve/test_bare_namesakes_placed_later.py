"""A generic body named bare in a text that writes its country most, and with its country
in a later text, is one body; a bare one whose text writes another country most stays
apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from importers.resolve.bare_namesakes import _without_country
from store.db import Database
from store.models import Name, Organisation
from tests.resolve.helpers import import_texts

_BARE = (
    "Maseru, 4 April 2024 - The Ministry of Mines and Quarries and the Japan Patent Office "
    "signed a memorandum on Friday. Lesotho hopes the deal will draw investors, and patents "
    "granted in Japan may soon be recognised in Lesotho, officials in Lesotho said.\n"
)
_PLACED = (
    "Geneva, 9 May 2024 - Officials of the Ministry of Mines and Quarries of the Kingdom of "
    "Lesotho met WIPO staff on design registration.\n"
)


def _holders(db: Database, name: str) -> set[int]:
    with db.session() as s:
        ids = {
            n.entity_id
            for n in s.exec(select(Name).where(Name.entity_type == "organisation"))
            if n.text == name
        }
        return {o.id for o in s.exec(select(Organisation)) if o.id in ids and not o.merged_into}


def test_a_bare_ministry_and_the_same_ministry_placed_later_are_one_body(
    db: Database, tmp_path: Path
) -> None:
    import_texts(db, tmp_path, {"a.txt": _BARE, "b.txt": _PLACED})
    bare = _holders(db, "Ministry of Mines and Quarries")
    assert len(bare) == 1
    assert bare == _holders(db, "Ministry of Mines and Quarries (Lesotho)")


def test_a_bare_ministry_in_a_text_about_another_country_stays_apart(
    db: Database, tmp_path: Path
) -> None:
    other = _BARE.replace("Lesotho", "Eswatini")
    import_texts(db, tmp_path, {"a.txt": other, "b.txt": _PLACED})
    bare = _holders(db, "Ministry of Mines and Quarries")
    assert bare and bare.isdisjoint(_holders(db, "Ministry of Mines and Quarries (Lesotho)"))


@pytest.mark.parametrize(
    "placed",
    [
        "Ministry of Mines and Quarries (Lesotho)",
        "Ministry of Mines and Quarries of Lesotho",
        "Ministry of Mines and Quarries of the Kingdom of Lesotho",
    ],
)
def test_each_way_of_writing_the_country_gives_the_same_bare_name(placed: str) -> None:
    assert _without_country(placed, ("Lesotho",)) == "Ministry of Mines and Quarries"
