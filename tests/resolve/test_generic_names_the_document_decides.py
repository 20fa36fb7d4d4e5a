"""A generic name ("Intellectual Property Office", "Supreme People's Court IP Tribunal") is
decided by what the document itself writes before the places of its bodies are weighed:
another form of a body it names in full, or a placed acronym of the name's initials."""

from __future__ import annotations

from typing import Any

from importers.resolve.generic_here import initials, named_by_initials
from tests.imported import import_texts


def test_the_initials_of_a_generic_name() -> None:
    assert initials("Intellectual Property Office") == "IPO"
    assert initials("the Patent Office") == "PO"


def test_a_placed_acronym_of_the_initials_names_the_one_body() -> None:
    named = {"UK IPO": 7, "Intellectual Property Office of Singapore": 3, "IPOS": 3}
    assert named_by_initials("Intellectual Property Office", named) == 7


def test_no_body_or_two_bodies_with_the_initials_decide_nothing() -> None:
    assert named_by_initials("Intellectual Property Office", {"IPOS": 3}) is None
    assert named_by_initials("Intellectual Property Office", {"the IPO": 3}) is None
    two = {"UK IPO": 7, "Canadian IPO": 9}
    assert named_by_initials("Intellectual Property Office", two) is None


def test_a_british_offices_generic_name_is_its_own_in_a_text_about_singapore_bodies(
    ipx: Any, empty_db: str, tmp_path: Any
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Intellectual Property Office @ukipo_news\n\n"
        "Our examiners spent a week in Singapore as guests of the Intellectual Property Office "
        "of Singapore (IPOS) and the Singapore Business Federation, for design training. "
        "The UK IPO will welcome the IPOS team in Newport in May 2026.\n",
    )
    ukipo = next(o for o in data["organisations"] if o["reference_id"] == "ukipo")
    assert "Intellectual Property Office" in ukipo["aliases"]
    ipos = next(o for o in data["organisations"] if o["reference_id"] == "ipos")
    assert "Intellectual Property Office" not in ipos["aliases"]


def test_a_tribunal_named_after_its_court_is_the_tribunal_named_in_full(
    ipx: Any, empty_db: str, tmp_path: Any
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Notes: Supreme People's Court IP Tribunal visit\n\n"
        "On 9 October 2025 a delegation of Nordic patent attorneys met two judges at the "
        "IP Tribunal of the Supreme People's Court in Beijing to compare how utility model "
        "cases are heard.\n",
    )
    tribunals = [o for o in data["organisations"] if "Tribunal" in o["name"]]
    assert len(tribunals) == 1
    assert tribunals[0]["reference_id"] == "spc-ip-tribunal"
