"""How hits rank (exact, prefix, initials, heteronym, fuzzy; then documents), and the
kind and limit filters; merged and dropped entities."""

from __future__ import annotations

from typing import Any

from store.db import Database
from store.models import Person
from store.search import drop_entity, index_entity, reindex_all, search
from tests.search.kb import IDS, ids


def test_exact_ranks_above_prefix(session: Any) -> None:
    hits = search(session, "denghong")
    assert ids(hits)[:2] == [IDS["denghong"], IDS["deng"]]
    assert [h.how for h in hits[:2]] == ["exact", "prefix"]


def test_prefix_ranks_above_initials(session: Any) -> None:
    hits = search(session, "dh", kind="person")
    order = ids(hits)
    assert order.index(IDS["dhanraj"]) < order.index(IDS["deng"])


def test_exact_ranks_above_heteronym(session: Any) -> None:
    hits = search(session, "shen zhangyu")
    assert ids(hits)[:2] == [IDS["zhangyu"], IDS["shen"]]
    assert [h.how for h in hits[:2]] == ["exact", "heteronym"]


def test_prefix_ranks_above_fuzzy(session: Any) -> None:
    hits = search(session, "zeng")
    order = ids(hits)
    assert order.index(IDS["zeng"]) < order.index(IDS["zheng"])
    assert hits[order.index(IDS["zheng"])].how == "fuzzy"


def test_within_a_class_more_documents_rank_first(session: Any) -> None:
    for q in ["liwei", "李伟", "lw"]:
        order = ids(search(session, q))
        assert order.index(IDS["liwei_many"]) < order.index(IDS["liwei_one"]), q
    hits = search(session, "知识产权局")
    assert ids(hits)[:2] == [IDS["cnipa"], IDS["ipos"]]  # 4 documents before 2


def test_kind_filters(session: Any) -> None:
    assert {h.kind for h in search(session, "wipo", kind="agreement")} == {"agreement"}
    assert {h.kind for h in search(session, "wipo", kind="organisation")} == {"organisation"}
    assert search(session, "wipo", kind="person") == []
    assert search(session, "wipo", kind="nonsense") == []


def test_limit(session: Any) -> None:
    assert len(search(session, "d", limit=2)) == 2


def test_merged_entities_do_not_appear(db: Database) -> None:
    with db.session() as s:
        assert IDS["merged"] in ids(search(s, "邓鸿森森"))
        p = s.get(Person, IDS["merged"])
        assert p is not None
        p.merged_into = IDS["deng"]
        s.add(p)
        s.flush()
        assert IDS["merged"] not in ids(search(s, "邓鸿森森"))  # keys still there: filtered
        index_entity(s, "person", IDS["merged"])  # a merged entity keeps no keys
        assert (
            s.connection()
            .exec_driver_sql(
                f"SELECT count(*) FROM searchkey WHERE entity_type='person' AND entity_id={p.id}"
            )
            .scalar()
            == 0
        )
        s.rollback()


def test_drop_entity_and_reindex_all(db: Database) -> None:
    with db.session() as s:
        drop_entity(s, "person", IDS["hu"])
        assert IDS["hu"] not in ids(search(s, "huwenhui"))
        n = reindex_all(s)
        assert n > 100
        assert IDS["hu"] in ids(search(s, "huwenhui"))
        s.rollback()
