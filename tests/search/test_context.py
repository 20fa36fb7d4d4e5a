"""Every hit says what tells namesakes apart: a person's current (else latest) role with its
organisation and years, an organisation's kind, country and parent, an agreement's kind,
parties and date; the same words from every connection search runs on."""

from __future__ import annotations

import sqlite3
from typing import Any

from store.db import Database
from store.search import context_of, contexts, search, search_url
from tests.search.kb import IDS


def _context(hits: list[Any], key: str) -> str:
    return next(h.context for h in hits if h.id == IDS[key] and h.kind != "agreement")


def test_three_officials_with_one_name_are_told_apart_by_their_roles(session: Any) -> None:
    hits = search(session, "zhang wen", kind="person")
    said = {h.id: h.context for h in hits if h.name == "张文"}
    assert said == {
        IDS["zhangwen_cnipa"]: "Deputy Commissioner, CNIPA, 2018–2022",
        IDS["zhangwen_wipo"]: "Assistant Director General, WIPO, since 2020",
        IDS["zhangwen_ipos"]: "Chief Executive, IPOS",
    }
    assert len(set(said.values())) == 3


def test_a_person_is_described_by_the_current_role_else_the_latest(session: Any) -> None:
    # Daren Tang: Chief Executive of IPOS until 2020, Director General of WIPO since, and an
    # undated 总干事 from a Chinese text: the dated current role describes him
    assert _context(search(session, "Daren Tang"), "deng") == "Director General, WIPO, since 2020"
    # Francis Gurry's only role has ended: it still describes him, with its years
    assert _context(search(session, "Francis Gurry"), "gurry") == (
        "Director-General, WIPO, 2008–2020"
    )


def test_a_person_without_a_role_has_an_empty_context(session: Any) -> None:
    hits = search(session, "申长雨", kind="person")
    said = {h.id: h.context for h in hits}
    assert said[IDS["shen"]] == "Commissioner, CNIPA, 2013–2022"
    assert said[IDS["shenyu"]] == ""


def test_an_organisation_is_described_by_kind_country_and_parent(session: Any) -> None:
    hits = search(session, "ipos")
    assert _context(hits, "ipos") == "IP office, Singapore"
    assert _context(hits, "unit") == "company, Singapore, part of IPOS"
    assert _context(search(session, "wipo"), "wipo") == "intergovernmental organisation"


def test_an_agreement_is_described_by_kind_parties_and_date(session: Any) -> None:
    hits = search(session, "tajikistan mou", kind="agreement")
    mou = next(h for h in hits if h.id == IDS["mou"])
    assert mou.context == "MoU, National Center for Patent Information of Tajikistan, 2019-04"
    belt = search(session, "belt and road", kind="agreement")[0]
    assert belt.context == "agreement, Government of China / WIPO"


def test_context_of_any_entity_outside_search(session: Any) -> None:
    """The Officials pane and `ipx path` ask for the context of ids they already have."""
    got = contexts(session, [("person", IDS["deng"]), ("organisation", IDS["cnipa"])])
    assert got == {
        ("person", IDS["deng"]): "Director General, WIPO, since 2020",
        ("organisation", IDS["cnipa"]): "IP office, China",
    }
    assert context_of(session, "person", IDS["shen"]) == "Commissioner, CNIPA, 2013–2022"
    assert contexts(session, []) == {}


def test_the_plain_driver_gives_the_same_hits_and_contexts(db: Database, session: Any) -> None:
    """`ipx search` answers on sqlite3 without SQLAlchemy (ipx/lookup.py): the same hits, in
    the same order, with the same contexts, as the full path."""
    queries = ["zhang wen", "ipos", "wipo dg", "国家知识产权局局长", "belt and road", "tang"]
    for q in queries:
        full = search(session, q)
        plain = search_url(db.url, q)
        assert [(h.kind, h.id, h.context, h.how) for h in plain] == [
            (h.kind, h.id, h.context, h.how) for h in full
        ], q
    if db.url.startswith("sqlite"):
        conn = sqlite3.connect(db.url[len("sqlite:///") :])
        try:
            assert [h.context for h in search(conn, "zhang wen")] == [
                h.context for h in search(session, "zhang wen")
            ]
        finally:
            conn.close()
