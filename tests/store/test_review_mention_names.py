"""Rejecting one document's mention of a body takes off the names only that document wrote
(store/review/stated_names.py): a Portuguese text's "Instituto Nacional da Propriedade
Industrial (INPI)" read as the Brazilian body must not leave INPI on it. Real documents,
imported for real; every sentence our own."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from importers.pipeline import import_paths
from store.db import Database, open_database
from store.exchange import export_data, import_data
from store.models import Document, Name, Organisation
from store.review.judge import judge, undo
from tests.conftest import sqlite_url

BRAZIL = (
    "Brasilia, 2 May 2022 - The Instituto Nacional da Propriedade Industrial of Brazil opened"
    " a new office for patent examiners.\n"
)
PORTUGAL = (
    "Lisbon, 9 June 2022 - The Instituto Nacional da Propriedade Industrial (INPI) of"
    " Portugal agreed to share trademark data with the European Patent Office.\n"
)
BRAZIL_AGAIN = (
    "Rio de Janeiro, 3 March 2022 - The Instituto Nacional da Propriedade Industrial (INPI)"
    " of Brazil held a seminar on examination backlogs.\n"
)
BODY = "Instituto Nacional da Propriedade Industrial"


def _kb(tmp_path: Path, name: str, *texts: str) -> Database:
    folder = tmp_path / name
    folder.mkdir()
    db = open_database(sqlite_url(folder / "kb.db"))
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"doc{i}.txt"
        if not p.exists():
            p.write_text(text, encoding="utf-8")
        paths.append(p)
    assert import_paths(db, paths, jobs=1).ok
    return db


def _body(db: Database) -> int:
    with db.session() as s:
        (oid,) = s.exec(select(Organisation.id).where(Organisation.name == BODY))
    assert oid is not None
    return oid


def _doc(db: Database, text: str) -> int:
    with db.session() as s:
        (did,) = s.exec(select(Document.id).where(Document.text.startswith(text[:20])))  # type: ignore[attr-defined]
    assert did is not None
    return did


def _names(db: Database, oid: int) -> set[tuple[int | None, str, str]]:
    with db.session() as s:
        return {
            (n.id, n.text, n.origin)
            for n in s.exec(
                select(Name).where(Name.entity_type == "organisation", Name.entity_id == oid)
            )
        }


def _texts(db: Database, oid: int) -> set[str]:
    return {t for _, t, _ in _names(db, oid)}


def _reference_names(db: Database) -> set[tuple[int | None, str]]:
    with db.session() as s:
        return {(n.id, n.text) for n in s.exec(select(Name).where(Name.origin == "reference"))}


def test_a_rejected_mention_takes_off_the_name_only_its_document_wrote(tmp_path: Path) -> None:
    db = _kb(tmp_path, "kb", BRAZIL, PORTUGAL)
    body, portugal = _body(db), _doc(db, PORTUGAL)
    before, reference = _names(db, body), _reference_names(db)
    assert "INPI" in _texts(db, body)  # the Portuguese text's acronym, on the Brazilian body
    with db.session() as s:
        judge(s, f"o{body}@d{portugal}", "reject", by="ann", reason="Portugal's office")
        s.commit()
    assert _texts(db, body) == {BODY}
    assert _reference_names(db) == reference  # the French INPI keeps its names
    with db.session() as s:
        undo(s, f"o{body}@d{portugal}", by="ann")
        s.commit()
    assert _names(db, body) == before
    db.engine.dispose()


def test_a_name_another_document_writes_stays(tmp_path: Path) -> None:
    db = _kb(tmp_path, "kb", BRAZIL, PORTUGAL, BRAZIL_AGAIN)
    body, portugal = _body(db), _doc(db, PORTUGAL)
    before = _names(db, body)
    assert "INPI" in _texts(db, body)
    with db.session() as s:
        judge(s, f"o{body}@d{portugal}", "reject", by="ann")
        s.commit()
    assert _names(db, body) == before
    db.engine.dispose()


def test_the_judgement_takes_the_name_off_again_after_re_reading(tmp_path: Path) -> None:
    db = _kb(tmp_path, "kb", BRAZIL, PORTUGAL)
    body, portugal = _body(db), _doc(db, PORTUGAL)
    with db.session() as s:
        judge(s, f"o{body}@d{portugal}", "reject", by="ann")
        s.commit()
    changed = tmp_path / "doc1.txt"
    changed.write_text(PORTUGAL + "The two offices will meet again in autumn.\n", "utf-8")
    assert import_paths(db, [changed], jobs=1).replaced == 1
    assert _texts(db, _body(db)) == {BODY}
    db.engine.dispose()


def test_the_judgement_travels_and_takes_the_name_off_elsewhere(tmp_path: Path) -> None:
    here = _kb(tmp_path, "here", BRAZIL, PORTUGAL)
    there = _kb(tmp_path, "there", BRAZIL, PORTUGAL)
    body, portugal = _body(here), _doc(here, PORTUGAL)
    with here.session() as s:
        judge(s, f"o{body}@d{portugal}", "reject", by="ann")
        s.commit()
        data = export_data(s, with_text=False)
    before = _names(there, _body(there))
    assert "INPI" in {t for _, t, _ in before}
    with there.session() as s:
        import_data(s, {**data, "organisations": [], "people": [], "agreements": []}, jobs=1)
        s.commit()
    elsewhere = _body(there)
    assert _texts(there, elsewhere) == {BODY}
    with there.session() as s:
        undo(s, f"o{elsewhere}@d{_doc(there, PORTUGAL)}", by="ann")
        s.commit()
    assert _names(there, elsewhere) == before
    here.engine.dispose()
    there.engine.dispose()
