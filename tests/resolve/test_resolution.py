"""`resolve` on built facts: what is linked across documents, scripts and name forms."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from importers.facts import AgreementFact, DocumentFacts, OrgFact, PersonFact, RoleFact, Span
from importers.resolve import resolve
from importers.resolve.reference import load_reference
from store.db import Database, open_database
from store.models import Agreement, Document, Organisation, Person


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    yield database
    database.engine.dispose()


_DOCUMENTS = itertools.count()


def _resolve(db: Database, facts: DocumentFacts) -> Any:
    with db.session() as s:
        number = next(_DOCUMENTS)
        doc = Document(path=f"doc{number}.txt", sha256=str(number), text="x" * 200)
        s.add(doc)
        s.flush()
        assert doc.id is not None
        out = resolve(s, doc.id, facts, load_reference())
        s.commit()
        return out


def _live(db: Database, model: Any) -> list[Any]:
    with db.session() as s:
        return [r for r in s.exec(select(model)).all() if getattr(r, "merged_into", None) is None]


def _atlantis(key: str = "o1") -> OrgFact:
    return OrgFact(key, "Atlantis Patent Office", country="KE", spans=[Span(0, 22)])


def test_a_reference_name_becomes_the_reference_entity(db: Database) -> None:
    out = _resolve(db, DocumentFacts("en/1", orgs=[OrgFact("o1", "SIPO", spans=[Span(0, 4)])]))
    with db.session() as s:
        org = s.get(Organisation, out.orgs["o1"])
        assert org is not None and org.ref_id == "cnipa"
    assert out.new_entities >= 1


def test_a_chinese_name_and_its_reading_are_one_person_when_they_share_an_office(
    db: Database,
) -> None:
    first = DocumentFacts(
        "en/1",
        orgs=[_atlantis()],
        people=[PersonFact("p1", "Li Minghua", spans=[Span(30, 40)])],
        roles=[RoleFact("p1", "o1", "Director General")],
    )
    second = DocumentFacts(
        "zh/1",
        orgs=[_atlantis()],
        people=[PersonFact("p1", "李明华", spans=[Span(30, 33)])],
        roles=[RoleFact("p1", "o1", "局长")],
    )
    a, b = _resolve(db, first), _resolve(db, second)
    assert a.people["p1"] == b.people["p1"] and b.merges == 1
    assert len(_live(db, Person)) == 1


def test_without_a_shared_office_a_reading_links_nobody(db: Database) -> None:
    _resolve(db, DocumentFacts("en/1", people=[PersonFact("p1", "Li Minghua")]))
    out = _resolve(db, DocumentFacts("zh/1", people=[PersonFact("p1", "李明华")]))
    assert out.merges == 0 and len(_live(db, Person)) == 2


def test_a_generic_name_is_placed_by_the_document(db: Database) -> None:
    placed = OrgFact("o1", "Ministry of Justice of Kenya")
    first = _resolve(db, DocumentFacts("en/1", orgs=[placed]))
    generic = OrgFact("o2", "Ministry of Justice")
    second = _resolve(db, DocumentFacts("en/1", orgs=[generic, _atlantis()]))
    assert second.orgs["o2"] == first.orgs["o1"]


def test_one_agreement_reported_by_two_documents(db: Database) -> None:
    def report(title: str, date: str) -> DocumentFacts:
        return DocumentFacts(
            "en/1",
            orgs=[_atlantis(), OrgFact("o2", "EPO")],
            agreements=[AgreementFact(title, "mou", date=date, parties=["o1", "o2"])],
        )

    a = _resolve(db, report("Memorandum of Understanding on patent cooperation", "2021"))
    b = _resolve(db, report("memorandum on patent cooperation", "2021-03-03"))
    assert a.agreements == b.agreements
    agreements = _live(db, Agreement)
    assert len(agreements) == 1 and agreements[0].date == "2021-03-03"


def test_two_agreements_of_one_document_stay_two(db: Database) -> None:
    facts = DocumentFacts(
        "en/1",
        orgs=[_atlantis(), OrgFact("o2", "EPO")],
        agreements=[
            AgreementFact("MoU on patents", "mou", date="2021", parties=["o1", "o2"]),
            AgreementFact("MoU on patents", "mou", date="2021", parties=["o1", "o2"]),
        ],
    )
    _resolve(db, facts)
    assert len(_live(db, Agreement)) == 2


def test_each_language_of_a_bilingual_document_reports_the_agreement_once(db: Database) -> None:
    facts = DocumentFacts(
        "en/1+zh/1",
        orgs=[_atlantis("en:o1"), OrgFact("en:o2", "EPO"), OrgFact("zh:o1", "欧洲专利局")],
        agreements=[
            AgreementFact("MoU", "mou", date="2021", parties=["en:o1", "en:o2"]),
            AgreementFact("谅解备忘录", "mou", date="2021-03", parties=["zh:o1"]),
        ],
    )
    out = _resolve(db, facts)
    assert len(out.agreements) == 1 and len(_live(db, Agreement)) == 1
