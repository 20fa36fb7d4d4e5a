"""A generic name ("Intellectual Property Office", "Ministry of Economy") names a body only
with a place, and its acronym ("IPO", "MoE") is as generic as the name it abbreviates. Another
document may have stored either for the body its own context placed it as: a later document
finds that body only through the places of its own text, never by the bare words alone."""

from __future__ import annotations

from importers.facts import DocumentFacts, OrgFact, Span
from importers.resolve import resolve
from importers.resolve.outcome import Resolved
from importers.resolve.places import generic_names
from importers.resolve.reference import load_reference
from store.db import Database
from store.models import Document, Organisation


def test_an_acronym_given_to_a_generic_name_is_as_generic_as_the_name() -> None:
    assert generic_names(["Ministry of Economy", "MoE"]) == ["Ministry of Economy", "MoE"]
    assert generic_names(["Intellectual Property Office", "IPO"]) == [
        "Intellectual Property Office",
        "IPO",
    ]
    assert generic_names(["Ministry of Trade", "MINTRA"]) == ["Ministry of Trade"]
    assert generic_names(["Korean Intellectual Property Office", "KIPO"]) == []


def _resolve(db: Database, path: str, text: str, *orgs: OrgFact) -> Resolved:
    with db.session() as s:
        doc = Document(path=path, sha256=path, text=text)
        s.add(doc)
        s.flush()
        assert doc.id is not None
        out = resolve(s, doc.id, DocumentFacts("en/1", orgs=list(orgs)), load_reference())
        s.commit()
    return out


def _korean_office_named_with_its_country(db: Database) -> int:
    """A first document stores "Intellectual Property Office" as a name of Korea's office:
    it wrote "South Korea's Intellectual Property Office"."""
    text = "Officials of South Korea's Intellectual Property Office visited Phnom Penh."
    korean = OrgFact(
        "o1",
        "Korean Intellectual Property Office",
        aliases=["Intellectual Property Office", "South Korea's Intellectual Property Office"],
        ref="kipo",
        country="KR",
        spans=[Span(13, 55)],
    )
    return _resolve(db, "seoul.txt", text, korean).orgs["o1"]


def test_a_bare_office_with_its_acronym_is_not_the_office_another_document_placed(
    db: Database,
) -> None:
    korean = _korean_office_named_with_its_country(db)
    text = "The Intellectual Property Office (IPO) signed a memorandum with Ofcom."
    bare = OrgFact(
        "o1", "Intellectual Property Office", aliases=["IPO"], spans=[Span(4, 32), Span(34, 37)]
    )
    out = _resolve(db, "london.txt", text, bare)
    assert out.orgs["o1"] != korean


def test_a_bare_office_with_its_acronym_is_the_placed_office_its_own_text_names(
    db: Database,
) -> None:
    korean = _korean_office_named_with_its_country(db)
    text = "The Intellectual Property Office (IPO) signed a memorandum. The UK IPO said so."
    bare = OrgFact(
        "o1", "Intellectual Property Office", aliases=["IPO"], spans=[Span(4, 32), Span(34, 37)]
    )
    british = OrgFact("o2", "UK IPO", ref="ukipo", country="GB", spans=[Span(64, 70)])
    out = _resolve(db, "london.txt", text, bare, british)
    assert out.orgs["o1"] == out.orgs["o2"] != korean


def test_a_ministry_with_its_acronym_is_placed_by_the_bodies_its_own_text_names(
    db: Database,
) -> None:
    """ "the Ministry of Economy (MoE)" in a text whose other body is Emirati is the UAE's
    ministry, as the bare name alone would be."""
    text = "Examiners serve at the Ministry of Economy (MoE) with the Emirates Standards Body."
    ministry = OrgFact(
        "o1", "Ministry of Economy", aliases=["MoE"], spans=[Span(23, 42), Span(44, 47)]
    )
    emirati = OrgFact("o2", "Emirates Standards Body", country="AE", spans=[Span(58, 81)])
    out = _resolve(db, "dubai.txt", text, ministry, emirati)
    with db.session() as s:
        row = s.get(Organisation, out.orgs["o1"])
        assert row is not None and row.ref_id == "ae-moe"


def test_a_bare_name_is_still_the_body_its_own_document_named_with_it(db: Database) -> None:
    """Within one document the bare name keeps finding the body named with it before, when
    it is the one name the two forms share."""
    text = "The Ministry of Mines and Energy of Lesotho hosts the office; the Mines Ministry..."
    placed = OrgFact(
        "o1",
        "Ministry of Mines and Energy of Lesotho",
        aliases=["Ministry of Mines and Energy"],
        spans=[Span(4, 45)],
    )
    again = OrgFact("o2", "Lesotho Mines Ministry", aliases=["Ministry of Mines and Energy"])
    out = _resolve(db, "capital.txt", text, placed, again)
    assert out.orgs["o1"] == out.orgs["o2"]
