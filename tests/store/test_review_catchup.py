"""`ipx review` after a verdict: the kept queue less what the verdict closed is exactly the
queue a new ranking gives (store/review/catchup.py), and a verdict that changes rows is
ranked again."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import Database, open_database
from store.review import kept, queue
from store.review.judge import judge, undo
from store.review.model import ReviewItem
from store.review.queue import review_queue
from store.writer import add_mention, add_role
from tests.store.review_kb import Ids, make


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, Ids]]:
    monkeypatch.setenv("IPX_CACHE_DIR", str(tmp_path / "kept"))
    url, ids = make(tmp_path)
    db = open_database(url)
    with db.session() as s:  # a role at a body that is probably none: a doubtful role
        role = add_role(s, ids.people["zhang1"], ids.orgs["state"], "Adviser")
        assert role.id is not None
        add_mention(s, ids.docs["c.txt"], "role", role.id, start=0, end=1, surface="A")
        s.commit()
        ids.roles["at_state"] = role.id
    yield db, ids
    db.engine.dispose()


def _kept(db: Database) -> list[tuple[str, str, float, bool, list[str]]]:
    """The queue as `ipx review` reads it: kept between runs."""
    with db.session() as s:
        return [_shown(i) for i in review_queue(s, limit=20, kept=True)]


def _ranked(db: Database) -> list[tuple[str, str, float, bool, list[str]]]:
    """The same, ranked anew (nothing kept read)."""
    with db.session() as s:
        return [_shown(i) for i in review_queue(s, limit=20)]


def _shown(i: ReviewItem) -> tuple[str, str, float, bool, list[str]]:
    return (i.id, i.reason, i.p_wrong, i.to_confirm, [x.sentence for x in i.sources])


def _not_ranked(*_: object, **__: object) -> None:
    raise AssertionError("the queue was ranked again")


def _verdict(db: Database, item: str, action: str) -> None:
    with db.session() as s:
        judge(s, item, action, by="test")
        s.commit()


def test_accepting_a_doubtful_body_closes_its_item_and_the_roles_doubted_for_it(
    kb, monkeypatch
) -> None:
    db, ids = kb
    body, role = f"o{ids.orgs['state']}", f"r{ids.roles['at_state']}"
    first = [i[0] for i in _kept(db)]
    assert body in first and role in first
    _verdict(db, body, "accept")
    with monkeypatch.context() as m:  # read from what was kept: nothing ranked again
        m.setattr(queue, "ranked_queue", _not_ranked)
        after = _kept(db)
    assert body not in [i[0] for i in after] and role not in [i[0] for i in after]
    assert after == _ranked(db)


def test_a_pair_said_distinct_and_an_accepted_person_leave_the_rest_as_a_new_ranking(
    kb, monkeypatch
) -> None:
    db, ids = kb
    o, p = ids.orgs, ids.people
    _kept(db)
    _verdict(db, f"o{o['most1']}+o{o['most2']}", "distinct")
    _verdict(db, f"p{p['community']}", "accept")
    with monkeypatch.context() as m:
        m.setattr(queue, "ranked_queue", _not_ranked)
        after = _kept(db)
    assert f"o{o['most1']}+o{o['most2']}" not in [i[0] for i in after]
    assert after == _ranked(db)


def test_an_undone_verdict_brings_its_item_back(kb) -> None:
    db, ids = kb
    body = f"o{ids.orgs['state']}"
    _kept(db)
    _verdict(db, body, "accept")
    assert body not in [i[0] for i in _kept(db)]
    with db.session() as s:
        undo(s, body, by="test")
        s.commit()
    again = _kept(db)
    assert body in [i[0] for i in again]
    assert again == _ranked(db)


def test_a_verdict_that_changes_rows_is_ranked_again(kb) -> None:
    db, ids = kb
    _kept(db)
    _verdict(db, f"o{ids.orgs['most1']}+o{ids.orgs['most2']}", "merge")
    assert _kept(db) == _ranked(db)


def test_too_few_items_left_after_the_verdicts_ranks_again(kb, monkeypatch) -> None:
    db, ids = kb
    monkeypatch.setattr(kept, "KEEP", 3)
    monkeypatch.setattr(kept, "HEAD", 3)
    with db.session() as s:
        first = [i.id for i in review_queue(s, limit=3, kept=True)]
    _verdict(db, first[0], "distinct" if "+" in first[0] else "accept")
    with db.session() as s:
        after = [i.id for i in review_queue(s, limit=3, kept=True)]
    assert len(after) == 3 and first[0] not in after


def test_the_kept_queue_keeps_which_items_are_only_to_confirm(kb, monkeypatch) -> None:
    db, _ = kb
    ranked = _kept(db)
    with monkeypatch.context() as m:  # read from what was kept: nothing ranked again
        m.setattr(queue, "ranked_queue", _not_ranked)
        again = _kept(db)
    assert again == ranked
    flags = {i[0]: i[3] for i in again}
    assert any(flags.values()) and not all(flags.values())  # the tail, and the doubts
    assert all(flag == ("to confirm:" in reason) for _, reason, _, flag, _ in again)


def test_an_item_kept_before_to_confirm_was_a_field_reads_it_from_its_reason(kb) -> None:
    db, _ = kb
    with db.session() as s:
        items = review_queue(s, with_sources=False)
    for item in items:
        old = pickle.loads(pickle.dumps(item))
        del old.__dict__["to_confirm"]  # as an older ipx pickled it
        read = pickle.loads(pickle.dumps(old))
        assert "to_confirm" in read.__dict__ and read.to_confirm == item.to_confirm
    assert any(i.to_confirm for i in items)
