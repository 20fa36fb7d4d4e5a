"""Judgements last: they survive re-importing a changed document, apply to documents read
again, and keep the resolver from undoing them. Real documents, imported for real (every
sentence our own; the bodies named are in the reference data, so the extractors find them
whatever else changes in extraction)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from importers.pipeline import import_paths
from store.db import Database, open_database
from store.models import Merge, Organisation, Person
from store.queries import find
from store.review.judge import judge
from store.review.queue import review_queue
from tests.conftest import sqlite_url

MEETING = (
    "Geneva, 4 April 2021 - Examiners of the European Patent Office and the Japan Patent "
    "Office compared search practice at a two-day workshop.\n"
)
ZH = "2021年5月2日，国家知识产权局副局长王小明在北京会见日本特许厅代表团。\n"
EN = (
    "Beijing, 2 May 2021 - Wang Xiaoming, Deputy Commissioner of CNIPA, received a "
    "delegation of the Japan Patent Office.\n"
)


def _db(tmp_path: Path) -> Database:
    return open_database(sqlite_url(tmp_path / "kb.db"))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _org(db: Database, name: str) -> int | None:
    with db.session() as s:
        found = [e for e in find(s, name, "organisation") if e.name == name]
    return found[0].id if found else None


def test_a_rejected_body_stays_out_of_its_document_re_imported_changed(tmp_path: Path) -> None:
    db = _db(tmp_path)
    doc = _write(tmp_path / "meeting.txt", MEETING)
    assert import_paths(db, [doc], jobs=1).ok
    epo = _org(db, "European Patent Office")
    assert epo is not None
    with db.session() as s:
        judge(s, f"o{epo}", "reject", by="ann", reason="not at the workshop")
        s.commit()
    _write(doc, MEETING + "They will meet again next spring.\n")
    report = import_paths(db, [doc], jobs=1)
    assert report.replaced == 1
    assert _org(db, "European Patent Office") is None
    assert _org(db, "Japan Patent Office") is not None
    other = _write(tmp_path / "other.txt", MEETING.replace("Geneva", "Munich"))
    import_paths(db, [other], jobs=1)  # another document may state it
    assert _org(db, "European Patent Office") is not None
    db.engine.dispose()


def test_an_accepted_body_stays_reviewed_when_its_document_changes(tmp_path: Path) -> None:
    db = _db(tmp_path)
    doc = _write(tmp_path / "meeting.txt", MEETING)
    import_paths(db, [doc], jobs=1)
    jpo = _org(db, "Japan Patent Office")
    with db.session() as s:
        judge(s, f"o{jpo}", "accept", by="ann")
        judge(s, f"o{jpo}", "edit", by="ann", change={"name": "JPO (Japan)"})
        s.commit()
    _write(doc, MEETING + "They will meet again next spring.\n")
    import_paths(db, [doc], jobs=1)
    from store.review.confidence import confidences

    now = _org(db, "JPO (Japan)")
    assert now is not None  # the edit applied again to the entity made anew
    with db.session() as s:
        assert confidences(s, "organisation", [now])[now].reviewed
    db.engine.dispose()


def test_people_judged_distinct_are_never_merged_again_by_the_resolver(tmp_path: Path) -> None:
    db = _db(tmp_path)
    en, zh = _write(tmp_path / "en.txt", EN), _write(tmp_path / "zh.txt", ZH)
    import_paths(db, [en, zh], jobs=1)
    from store.merge import split

    with db.session() as s:
        (m,) = s.exec(select(Merge).where(col(Merge.undone_at).is_(None))).all()
        assert m.decided_by.startswith("resolver")
        split(s, m.id)  # type: ignore[arg-type]
        s.commit()
        judge(s, f"p{m.kept_id}+p{m.merged_id}", "distinct", by="ann", reason="two officials")
        s.commit()
    _write(zh, ZH + "双方就审查合作交换了意见。\n")  # re-imported: 王小明 is resolved again
    report = import_paths(db, [zh], jobs=1)
    assert report.merges == 0
    with db.session() as s:
        people = s.exec(select(Person).where(col(Person.merged_into).is_(None))).all()
        assert sorted(p.name for p in people) == ["Wang Xiaoming", "王小明"]
        assert not [i for i in review_queue(s, with_sources=False) if i.kind == "pair"]
    db.engine.dispose()


def test_a_reference_body_merged_by_hand_stays_merged(tmp_path: Path) -> None:
    db = _db(tmp_path)
    doc = _write(tmp_path / "meeting.txt", MEETING)
    import_paths(db, [doc], jobs=1)
    epo, jpo = _org(db, "European Patent Office"), _org(db, "Japan Patent Office")
    with db.session() as s:
        judge(s, f"o{epo}+o{jpo}", "merge", by="ann")
        s.commit()
    _write(doc, MEETING + "They will meet again next spring.\n")
    import_paths(db, [doc], jobs=1)
    with db.session() as s:
        live = s.exec(select(Organisation).where(col(Organisation.merged_into).is_(None))).all()
    assert (
        len([o for o in live if o.name in ("European Patent Office", "Japan Patent Office")]) == 1
    )
    db.engine.dispose()
