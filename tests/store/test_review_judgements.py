"""Judgements: what each verdict does, who gave it and why, and undoing it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from store.db import Database, open_database
from store.exchange import export_data
from store.models import Judgement, Organisation, Person, Rejection
from store.review.items import ReviewError
from store.review.judge import judge, list_judgements, undo
from tests.store.review_kb import Ids, make


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[tuple[Database, Ids]]:
    url, ids = make(tmp_path)
    db = open_database(url)
    yield db, ids
    db.engine.dispose()


def _export(db: Database) -> dict:
    with db.session() as s:
        data = export_data(s, with_text=False)
    data.pop("judgements", None)
    return data


def test_a_judgement_keeps_who_when_why_and_its_subjects_by_name(kb, monkeypatch) -> None:
    db, ids = kb
    monkeypatch.setenv("IPX_USER", "mei")
    with db.session() as s:
        j = judge(s, f"o{ids.orgs['kestrel']}", "accept", reason="a real institute")
        s.commit()
        (info,) = list_judgements(s)
    assert (j.decided_by, j.reason, j.action, j.key) == (
        "mei",
        "a real institute",
        "accept",
        f"o{ids.orgs['kestrel']}",
    )
    (key,) = json.loads(j.subjects)
    assert key["name"] == "Kestrel Institute" and "kestrelinstitute" in key["names"]
    assert sorted(key["docs"]) == sorted(["a.txt" * 8, "b.txt" * 8])  # the documents' hashes
    assert info.subjects == ["Kestrel Institute"] and info.in_force and info.applied


def test_reject_removes_the_entity_and_records_what_stated_it(kb) -> None:
    db, ids = kb
    state = ids.orgs["state"]
    with db.session() as s:
        j = judge(s, f"o{state}", "reject", by="ann")
        s.commit()
        assert s.get(Organisation, state) is None
        rejections = s.exec(select(Rejection).where(Rejection.judgement_id == j.id)).all()
    assert sorted((r.path, r.kind, r.surface) for r in rejections) == [
        (doc, "organisation", "ministryofstate") for doc in ("a.txt", "b.txt", "c.txt")
    ]


def test_undo_puts_back_exactly_what_a_reject_removed(kb) -> None:
    db, ids = kb
    before = _export(db)
    for item in (
        f"p{ids.people['shen_en']}",
        f"o{ids.orgs['cnipa']}",
        f"a{ids.agreements['dated']}",
    ):
        with db.session() as s:
            judge(s, item, "reject", by="ann")
            s.commit()
        assert _export(db) != before
        with db.session() as s:
            undone = undo(s, item)
            s.commit()
        assert undone.undone_at is not None
        assert _export(db) == before, item
    with db.session() as s:
        assert not s.exec(select(Rejection)).all()


def test_merge_keeps_the_better_attested_entity_and_undo_splits(kb) -> None:
    db, ids = kb
    before = _export(db)
    zh, en = ids.people["shen_zh"], ids.people["shen_en"]
    with db.session() as s:
        judge(s, f"p{zh}+p{en}", "merge", by="ann", reason="same commissioner")
        s.commit()
        assert s.get(Person, en).merged_into == zh  # the older one, each named by one document
    with db.session() as s:
        undo(s, f"p{zh}+p{en}")
        s.commit()
    assert _export(db) == before


def test_edits_change_names_titles_dates_and_parties_and_undo_restores_them(kb) -> None:
    db, ids = kb
    before = _export(db)
    deal = ids.agreements["undated"]
    with db.session() as s:
        judge(
            s,
            f"o{ids.orgs['most2']}",
            "edit",
            by="ann",
            change={"name": "Ministry of Science and Technology of Viet Nam"},
        )
        judge(
            s,
            f"a{deal}",
            "edit",
            by="ann",
            change={
                "title": "Cooperation agreement on examination",
                "date": "2021-06",
                "parties": [ids.orgs["ipos"], ids.orgs["most2"]],
            },
        )
        judge(
            s, f"r{ids.roles['zhang1']}", "edit", by="ann", change={"organisation": ids.orgs["gd"]}
        )
        s.commit()
    after = _export(db)
    org = next(o for o in after["organisations"] if o["id"] == f"o{ids.orgs['most2']}")
    assert org["name"] == "Ministry of Science and Technology of Viet Nam"
    ag = next(a for a in after["agreements"] if a["id"] == f"a{deal}")
    assert (ag["title"], ag["date"], sorted(ag["parties"])) == (
        "Cooperation agreement on examination",
        "2021-06",
        sorted([f"o{ids.orgs['ipos']}", f"o{ids.orgs['most2']}"]),
    )
    zhang = next(p for p in after["people"] if p["id"] == f"p{ids.people['zhang1']}")
    assert zhang["roles"][0]["organisation"] == f"o{ids.orgs['gd']}"
    with db.session() as s:
        for item in (f"r{ids.roles['zhang1']}", f"a{deal}", f"o{ids.orgs['most2']}"):
            undo(s, item)
        s.commit()
    assert _export(db) == before


def test_a_verdict_is_given_once_and_wrong_verdicts_are_refused_in_one_line(kb) -> None:
    db, ids = kb
    item = f"p{ids.people['community']}"
    with db.session() as s:
        judge(s, item, "accept", by="ann")
        s.commit()
    cases = [
        (item, "reject", "already judged (accept by ann"),
        (item, "merge", "merge does not apply to one entity"),
        (f"o{ids.orgs['most1']}+o{ids.orgs['most2']}", "accept", "accept does not apply to a pair"),
        ("o999", "accept", "o999: no such organisation"),
        ("x12", "accept", "not an item id"),
        (
            f"o{ids.orgs['ipos']}+p{ids.people['shen_en']}",
            "merge",
            "two organisations or two people",
        ),
        (f"o{ids.orgs['ipos']}", "edit", "edit needs a new value"),
    ]
    for it, action, message in cases:
        with db.session() as s, pytest.raises(ReviewError) as err:
            judge(s, it, action, by="bo")
        assert message in str(err.value) and "\n" not in str(err.value)
    with db.session() as s:
        assert len(s.exec(select(Judgement)).all()) == 1


def test_undo_without_an_item_undoes_the_users_latest(kb, monkeypatch) -> None:
    db, ids = kb
    with db.session() as s:
        judge(s, f"o{ids.orgs['kestrel']}", "accept", by="ann")
        judge(s, f"p{ids.people['community']}", "accept", by="bo")
        s.commit()
        monkeypatch.setenv("IPX_USER", "ann")
        assert undo(s).key == f"o{ids.orgs['kestrel']}"
        s.commit()
        with pytest.raises(ReviewError, match="no judgement by ann"):
            undo(s)
