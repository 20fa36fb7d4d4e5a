"""The review queue: every kind of doubt in one list, ranked by what a look is worth."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import Database, open_database
from store.review.judge import judge
from store.review.queue import queue_item, review_queue
from tests.store.review_kb import Ids, make


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[tuple[Database, Ids]]:
    url, ids = make(tmp_path)
    db = open_database(url)
    yield db, ids
    db.engine.dispose()


def _ids(db: Database) -> list[str]:
    with db.session() as s:
        return [i.id for i in review_queue(s, with_sources=False)]


def test_every_kind_of_doubt_is_in_the_queue(kb) -> None:
    db, ids = kb
    with db.session() as s:
        items = {i.id: i for i in review_queue(s)}
    o, p = ids.orgs, ids.people
    assert items[f"o{o['state']}"].kind == "entity"  # a generic phrase
    assert "generic" in items[f"o{o['state']}"].reason
    assert items[f"p{p['community']}"].kind == "entity"  # a body taken for a person
    assert items[f"o{o['most1']}+o{o['most2']}"].kind == "pair"  # one ministry, two wordings
    shen = items[f"p{p['shen_zh']}+p{p['shen_en']}"]  # a name and its reading
    assert shen.kind == "pair" and "reads" in shen.reason
    assert items[f"r{ids.roles['zhang1']}"].kind == "role"  # no organisation
    assert items[f"a{ids.agreements['undated']}"].kind == "agreement"
    sure = [f"o{o['ipos']}", f"o{o['cnipa']}", f"o{o['kestrel']}", f"a{ids.agreements['dated']}"]
    assert not set(sure) & set(items)


def test_items_name_their_subjects_by_the_ids_show_takes(kb) -> None:
    db, ids = kb
    with db.session() as s:
        item = queue_item(s, f"r{ids.roles['zhang1']}")
    assert item is not None
    (subject,) = item.subjects
    assert subject.to_json() == {
        "kind": "role",
        "id": f"p{ids.people['zhang1']}",
        "name": "Deputy Governor (Zhang Wen)",
        "role": f"r{ids.roles['zhang1']}",
    }


def test_the_queue_is_ranked_by_likelihood_times_visibility(kb) -> None:
    db, _ = kb
    with db.session() as s:
        items = review_queue(s, with_sources=False)
    scores = [i.score for i in items]
    assert scores == sorted(scores, reverse=True)
    for i in items:
        assert i.score == round(i.p_wrong * i.visibility, 3)
        assert 0 < i.p_wrong <= 1 and i.visibility >= 1


def test_a_phrase_more_documents_state_is_more_visible(kb) -> None:
    db, ids = kb
    with db.session() as s:
        items = {i.id: i for i in review_queue(s, with_sources=False)}
    three = items[f"o{ids.orgs['state']}"]  # Ministry of State: three documents
    one = items[f"o{ids.orgs['regional']}"]  # International Authority: one
    assert three.visibility > one.visibility
    assert three.p_wrong < one.p_wrong  # three documents make it likelier a body after all


def test_ids_are_stable_across_runs(kb) -> None:
    db, _ = kb
    assert _ids(db) == _ids(db)


def test_each_item_shows_its_source_sentences_with_the_span(kb) -> None:
    db, ids = kb
    with db.session() as s:
        item = queue_item(s, f"o{ids.orgs['most1']}+o{ids.orgs['most2']}")
    assert item is not None
    sentences = [src.sentence for src in item.sources]
    assert any("Viet Nam's Ministry of Science" in x for x in sentences)
    assert any("(Viet Nam) signed" in x for x in sentences)
    for src in item.sources:
        (start, end), *_ = src.highlights
        assert "Ministry of Science and Technology" in src.sentence[start:end]


def test_a_judged_item_leaves_the_queue(kb) -> None:
    db, ids = kb
    o, p = ids.orgs, ids.people
    judged = {
        f"o{o['state']}": "reject",
        f"p{p['community']}": "accept",
        f"o{o['most1']}+o{o['most2']}": "merge",
        f"p{p['zhang1']}+p{p['zhang2']}": "distinct",
        f"a{ids.agreements['undated']}": "accept",
        f"r{ids.roles['zhang1']}": "reject",
    }
    with db.session() as s:
        for item, action in judged.items():
            judge(s, item, action, by="ann")
        s.commit()
    left = _ids(db)
    assert not set(judged) & set(left)
    assert left  # the rest is still there
    merged = f"o{min(o['most1'], o['most2'])}"
    assert merged not in left  # the merged ministry is no doubt either


def test_a_distinct_pair_is_never_suggested_again(kb) -> None:
    db, ids = kb
    pair = f"p{ids.people['shen_zh']}+p{ids.people['shen_en']}"
    with db.session() as s:
        judge(s, pair, "distinct", by="ann", reason="two officials")
        s.commit()
    assert pair not in _ids(db)


def test_the_queue_leaves_out_what_the_reference_data_vouches_for(kb) -> None:
    db, ids = kb
    with db.session() as s:
        items = review_queue(s, with_sources=False)
    named = {
        subj.id
        for i in items
        if i.kind != "mention"  # (one document's mention of it may still be asked about)
        for subj in i.subjects
        if subj.kind == "organisation"
    }
    assert ids.orgs["ipos"] not in named and ids.orgs["cnipa"] not in named
