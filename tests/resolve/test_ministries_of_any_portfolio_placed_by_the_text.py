"""A ministry's name without its country ("the Ministry of Economy", "the Ministry of Mines
and Quarries") names no one body, whatever its portfolio: like a listed generic name, it is
placed by the places its document gives before it is looked up."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from importers.resolve.places import is_generic
from store.db import Database
from store.models import Name, Organisation
from tests.resolve.helpers import import_texts


def test_a_ministry_of_any_portfolio_without_a_place_is_generic() -> None:
    assert is_generic("Ministry of Economy")
    assert is_generic("the Ministry of Mines and Quarries")


def test_a_ministry_with_its_country_is_not_generic() -> None:
    assert not is_generic("Ministry of Economy of the United Arab Emirates")
    assert not is_generic("Ministry of Mines (Lesotho)")
    assert not is_generic("Ministry of Mines of Lesotho")


def test_a_bare_ministry_in_a_text_about_its_country_is_the_reference_ministry(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": "Abu Dhabi, 2 May 2021 - The United Arab Emirates Ministry of Economy "
            "hosted a patent seminar for forty young inventors.\n",
            "b.txt": "Seoul, 9 June 2023 - Eight patent examiners of the Korean Intellectual "
            "Property Office (KIPO) began a year's secondment in the UAE on Monday. Their hosts "
            "at the Ministry of Economy want the UAE to take twelve more next spring.\n",
        },
    )
    with db.session() as s:
        holders = {
            n.entity_id
            for n in s.exec(select(Name).where(Name.entity_type == "organisation"))
            if n.text in ("Ministry of Economy", "United Arab Emirates Ministry of Economy")
        }
        live = [
            o for o in s.exec(select(Organisation)) if o.id in holders and o.merged_into is None
        ]
    assert [o.ref_id for o in live] == ["ae-moe"]
