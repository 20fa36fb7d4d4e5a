"""Every fact a document states keeps its mention, wherever resolution takes it: the
mentions of one document are written together (store.writer.queue_mention), so these pin
down that none is lost, misplaced or left behind by a failed document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, select

from importers.facts import AgreementFact, DocumentFacts, OrgFact, PersonFact, RoleFact, Span
from importers.gazetteer import Reference
from importers.resolve import resolve
from importers.resolve.reference import parse
from store.db import Database, open_database
from store.models import Document, Mention, Organisation


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    yield database
    database.engine.dispose()


def _document(s, path: str) -> int:  # type: ignore[no-untyped-def]
    doc = Document(path=path, sha256=path, text="x" * 300)
    s.add(doc)
    s.flush()
    assert doc.id is not None
    return doc.id


def _resolve(db: Database, path: str, facts: DocumentFacts, ref: Reference) -> dict[str, int]:
    with db.session() as s:
        out = resolve(s, _document(s, path), facts, ref)
        s.commit()
        return out.orgs


def _mentions(db: Database, path: str) -> list[tuple[str, int, int, str]]:
    with db.session() as s:
        doc = s.exec(select(Document).where(Document.path == path)).one()
        rows = s.exec(
            select(Mention).where(Mention.document_id == doc.id).order_by(col(Mention.id))
        )
        return [(m.target_type, m.target_id, m.start, m.surface) for m in rows]


def test_every_fact_has_its_mention_in_the_order_stated(db: Database) -> None:
    facts = DocumentFacts(
        "en/1",
        orgs=[
            OrgFact("o1", "Atlantis Patent Office", spans=[Span(0, 22), Span(100, 122)]),
            OrgFact("o2", "Lemuria Trademark Bureau", spans=[Span(30, 54)]),
        ],
        people=[PersonFact("p1", "Ana Vesper", spans=[Span(60, 70)])],
        roles=[RoleFact("p1", "o1", "Director General", span=Span(72, 88))],
        agreements=[AgreementFact("MoU on trademarks", "mou", parties=["o1", "o2"])],
    )
    orgs = _resolve(db, "one.txt", facts, Reference())
    got = _mentions(db, "one.txt")
    assert [(t, start, surface) for t, _id, start, surface in got] == [
        ("organisation", 0, "Atlantis Patent Office"),
        ("organisation", 100, "Atlantis Patent Office"),
        ("organisation", 30, "Lemuria Trademark Bureau"),
        ("person", 60, "Ana Vesper"),
        ("role", 72, "Director General"),
        ("agreement", 0, "MoU on trademarks"),
    ]
    assert got[0][1] == got[1][1] == orgs["o1"] and got[2][1] == orgs["o2"]


def test_a_body_merged_into_the_reference_entry_takes_this_documents_mentions_along(
    db: Database,
) -> None:
    """An office stored before the reference data knew it, named here first by a form the
    reference lacks (APO) and then by one it has: one entity, with both mentions."""
    before = DocumentFacts(
        "en/1", orgs=[OrgFact("o1", "Atlantis Patent Office", aliases=["APO"], spans=[Span(0, 3)])]
    )
    _resolve(db, "before.txt", before, Reference())
    known = parse([{"id": "apo", "name": "Atlantis Patent Office", "country": "KE"}], [])
    after = DocumentFacts(
        "en/1",
        orgs=[
            OrgFact("o1", "APO", spans=[Span(10, 13)]),
            OrgFact("o2", "Atlantis Patent Office", spans=[Span(40, 62)]),
        ],
    )
    _resolve(db, "after.txt", after, known)
    with db.session() as s:
        office = s.exec(select(Organisation).where(Organisation.ref_id == "apo")).one()
    assert {target for _t, target, _s, _x in _mentions(db, "after.txt")} == {office.id}
    assert {target for _t, target, _s, _x in _mentions(db, "before.txt")} == {office.id}


def test_a_document_that_fails_midway_leaves_no_mention_behind(db: Database) -> None:
    """A failure after some mentions were stated (here a role without a title, as a bug of
    ours might make one) rolls the document back, mentions included, even when the same
    session goes on to the next document."""
    office = OrgFact("o1", "Atlantis Patent Office", spans=[Span(0, 22)])
    broken = DocumentFacts(
        "en/1",
        orgs=[office],
        people=[PersonFact("p1", "Ana Vesper", spans=[Span(30, 40)])],
        roles=[RoleFact("p1", "o1", None)],  # type: ignore[arg-type]
    )
    with db.session() as s:
        with pytest.raises(TypeError):
            resolve(s, _document(s, "failed.txt"), broken, Reference())
        s.rollback()
        resolve(s, _document(s, "good.txt"), DocumentFacts("en/1", orgs=[office]), Reference())
        s.commit()
        assert len(s.exec(select(Mention)).all()) == 1
    assert len(_mentions(db, "good.txt")) == 1
