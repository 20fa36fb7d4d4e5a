"""A generic name ("Intellectual Property Office", "Supreme People's Court IP Tribunal") is
decided by what the document itself writes before the places of its bodies are weighed:
another form of a body it names in full, or a placed acronym of the name's initials."""

from __future__ import annotations

from typing import Any

from importers.facts import DocumentFacts, OrgFact, Span
from importers.resolve import resolve
from importers.resolve.generic_here import initials, named_by_initials, spelt_by
from importers.resolve.reference import load_reference
from store.db import open_database
from store.models import Document
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


def test_a_bare_acronym_is_the_one_body_whose_initials_it_spells() -> None:
    named = {"Intellectual Property Office": 4, "Korean Intellectual Property Office": 6}
    assert spelt_by("IPO", named) == 4
    assert spelt_by("IPO", {"Intellectual Property Office": 4, "Indian Patent Office": 5}) is None
    assert spelt_by("KPI", named) is None


def test_an_acronym_the_text_never_defines_joins_the_body_it_abbreviates(tmp_path: Any) -> None:
    """A memo's header line ("To: all IPO examiners") writes the acronym alone; the body is
    named in full below it, and the two are one organisation."""
    facts = DocumentFacts(
        "en/1",
        orgs=[
            OrgFact("o1", "IPO", spans=[Span(11, 14)]),
            OrgFact("o2", "Intellectual Property Office", spans=[Span(60, 88)]),
            OrgFact("o3", "Danish Patent and Trademark Office", country="DK"),
        ],
    )
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        doc = Document(path="memo.txt", sha256="1", text="x" * 200)
        s.add(doc)
        s.flush()
        assert doc.id is not None
        out = resolve(s, doc.id, facts, load_reference())
        s.commit()
    db.engine.dispose()
    assert out.orgs["o1"] == out.orgs["o2"] != out.orgs["o3"]


def test_a_bare_acronym_spells_the_one_body_named_in_full_less_its_country() -> None:
    named = {"Intellectual Property Office of Lesotho": 4, "United Kingdom Patent Agency": 6}
    assert spelt_by("IPO", named) == 4
    assert spelt_by("PA", named) == 6
    two = {"Intellectual Property Office of Lesotho": 4, "Intellectual Property Office of Fiji": 5}
    assert spelt_by("IPO", two) is None
    exact = {"Intellectual Property Office of Lesotho": 4, "Intellectual Property Office": 8}
    assert spelt_by("IPO", exact) == 8
