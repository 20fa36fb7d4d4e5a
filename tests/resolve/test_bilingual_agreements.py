"""One agreement told in both languages of a bilingual release, though one party is named
each language's own way and not (yet) known as one body: the only agreement of the other
language of that very day that shares a party is the same one; with two such, none is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from importers.facts import AgreementFact, DocumentFacts, OrgFact, Span
from importers.resolve import resolve
from importers.resolve.reference import load_reference
from store.db import Database, open_database
from store.models import Agreement, Document


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    yield database
    database.engine.dispose()


def _resolve(db: Database, facts: DocumentFacts) -> Any:
    with db.session() as s:
        doc = Document(path="release.txt", sha256="1", text="x" * 200)
        s.add(doc)
        s.flush()
        assert doc.id is not None
        out = resolve(s, doc.id, facts, load_reference())
        s.commit()
        return out


def _agreements(db: Database) -> list[Agreement]:
    with db.session() as s:
        return list(s.exec(select(Agreement)).all())


def _orgs() -> list[OrgFact]:
    return [
        OrgFact("en:o1", "Lakeside Design Council", country="SG", spans=[Span(0, 23)]),
        OrgFact("en:o2", "EPO"),
        OrgFact("en:o3", "Harbour Innovation Agency", country="SG", spans=[Span(30, 55)]),
        OrgFact("zh:o1", "湖畔设计理事会"),
        OrgFact("zh:o2", "欧洲专利局"),
        OrgFact("zh:o3", "海港创新署"),
    ]


def test_a_release_in_two_languages_reports_its_one_signing_of_the_day_once(
    db: Database,
) -> None:
    facts = DocumentFacts(
        "en/1+zh/1",
        orgs=_orgs(),
        agreements=[
            AgreementFact("MoU on design", "mou", date="2026-05-19", parties=["en:o1", "en:o2"]),
            AgreementFact("设计合作备忘录", "mou", date="2026-05-19", parties=["zh:o1", "zh:o2"]),
        ],
    )
    _resolve(db, facts)
    assert len(_agreements(db)) == 1


def test_two_signings_of_the_day_with_one_shared_party_stay_two_in_each_language(
    db: Database,
) -> None:
    facts = DocumentFacts(
        "en/1+zh/1",
        orgs=_orgs(),
        agreements=[
            AgreementFact("MoU on design", "mou", date="2026-05-19", parties=["en:o1", "en:o2"]),
            AgreementFact("MoU on startups", "mou", date="2026-05-19", parties=["en:o3", "en:o2"]),
            AgreementFact("设计合作备忘录", "mou", date="2026-05-19", parties=["zh:o1", "zh:o2"]),
            AgreementFact("初创合作备忘录", "mou", date="2026-05-19", parties=["zh:o3", "zh:o2"]),
        ],
    )
    _resolve(db, facts)
    assert len(_agreements(db)) == 4
