"""Judgements travel in the exchange format: a team shares its curation."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from store.db import Database, open_database
from store.exchange import ExchangeError, export_data, import_data
from store.models import Judgement
from store.review.confidence import confidences
from store.review.judge import judge, undo
from store.review.queue import review_queue
from tests.store.review_kb import Ids, make


def _open(tmp_path: Path, name: str) -> tuple[Database, Ids]:
    folder = tmp_path / name
    folder.mkdir()
    url, ids = make(folder)
    return open_database(url), ids


def _judge_some(db: Database, ids: Ids) -> None:
    o, p = ids.orgs, ids.people
    with db.session() as s:
        judge(s, f"o{o['state']}", "reject", by="ann", reason="a phrase")
        judge(s, f"o{o['most1']}+o{o['most2']}", "merge", by="ann")
        judge(s, f"p{p['zhang1']}+p{p['zhang2']}", "distinct", by="bo")
        judge(s, f"p{p['community']}", "accept", by="bo")
        judge(s, f"o{o['kestrel']}", "edit", by="bo", change={"name": "Kestrel Research Institute"})
        s.commit()


def _shape(db: Database) -> tuple:
    with db.session() as s:
        data = export_data(s, with_text=False)
        queue = [i.id for i in review_queue(s, with_sources=False)]
    orgs = sorted(o["name"] for o in data["organisations"])
    people = sorted(p["name"] for p in data["people"])
    return orgs, people, queue


def _curation(db: Database) -> dict:
    """What one reviewer shares with another who read the same documents: the documents
    (by content hash) and the judgements, without the entities."""
    with db.session() as s:
        data = export_data(s, with_text=False)
    return {k: data[k] for k in ("format", "documents", "judgements")}


def test_an_export_carries_judgements_and_another_kb_applies_them(tmp_path: Path) -> None:
    mine, ids = _open(tmp_path, "mine")
    theirs, _ = _open(tmp_path, "theirs")  # the same documents, read on their own
    _judge_some(mine, ids)
    data = _curation(mine)
    assert [j["action"] for j in data["judgements"]] == [
        "reject",
        "merge",
        "distinct",
        "accept",
        "edit",
    ]
    assert data["judgements"][0]["rejections"] and data["judgements"][0]["by"] == "ann"
    with theirs.session() as s:
        counts = import_data(s, data)
        s.commit()
    assert counts["judgements"] == 5
    assert _shape(theirs) == _shape(mine)
    with theirs.session() as s:
        person = ids.people["community"]
        assert confidences(s, "person", [person])[person].reviewed
    mine.engine.dispose()
    theirs.engine.dispose()


def test_importing_the_same_judgements_twice_adds_them_once(tmp_path: Path) -> None:
    mine, ids = _open(tmp_path, "mine")
    theirs, _ = _open(tmp_path, "theirs")
    _judge_some(mine, ids)
    data = _curation(mine)
    for _ in range(2):
        with theirs.session() as s:
            import_data(s, data)
            s.commit()
    with theirs.session() as s:
        assert len(s.exec(select(Judgement)).all()) == 5
    assert _shape(theirs) == _shape(mine)


def test_an_undone_judgement_is_undone_where_it_was_shared(tmp_path: Path) -> None:
    mine, ids = _open(tmp_path, "mine")
    theirs, _ = _open(tmp_path, "theirs")
    with mine.session() as s:
        judge(s, f"p{ids.people['community']}", "accept", by="ann")
        s.commit()
    first = _curation(mine)
    with mine.session() as s:
        undo(s, f"p{ids.people['community']}")
        s.commit()
    second = _curation(mine)
    for data in (first, second):
        with theirs.session() as s:
            import_data(s, data)
            s.commit()
    with theirs.session() as s:
        (j,) = s.exec(select(Judgement)).all()
        assert j.undone_at is not None


def test_a_malformed_judgement_imports_nothing(tmp_path: Path) -> None:
    import pytest

    theirs, _ = _open(tmp_path, "theirs")
    bad = {
        "format": "exchange/1",
        "judgements": [{"uid": "x", "action": "bless", "kind": "entity"}],
    }
    with (
        theirs.session() as s,
        pytest.raises(ExchangeError, match=r"judgements\[0\]: unknown action"),
    ):
        import_data(s, bad)
