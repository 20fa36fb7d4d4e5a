"""Search by role: a query that names a title and an organisation, in any script and order
and with common abbreviations, puts who holds or held that role first, the current holder
on top, then the organisation itself; a lower office (deputy) is not the role asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from store.db import Database
from store.search import search
from tests.search.kb import IDS, ids

ROOT = Path(__file__).resolve().parents[2]


def _people_then_org(hits: list[Any]) -> list[tuple[str, int]]:
    return [(h.kind, h.id) for h in hits]


@pytest.mark.parametrize(
    "query",
    [
        "wipo dg",
        "WIPO DG",
        "director general wipo",
        "Director-General of WIPO",
        "wipo director general",
        "world intellectual property organization director general",
        "世界知识产权组织总干事",
        "wipo 总干事",
    ],
)
def test_the_heads_of_wipo_current_first_then_wipo(session: Any, query: str) -> None:
    hits = search(session, query)
    assert _people_then_org(hits)[:3] == [
        ("person", IDS["deng"]),  # since 2020
        ("person", IDS["gurry"]),  # 2008-2020
        ("organisation", IDS["wipo"]),
    ], query
    assert [h.how for h in hits[:2]] == ["role", "role"]
    assert hits[0].matched == "Director General, WIPO, since 2020"


@pytest.mark.parametrize(
    "query", ["commissioner cnipa", "CNIPA commissioner", "国家知识产权局局长", "sipo commissioner"]
)
def test_the_commissioner_of_cnipa_not_the_deputies(session: Any, query: str) -> None:
    hits = search(session, query)
    assert _people_then_org(hits)[:2] == [("person", IDS["shen"]), ("organisation", IDS["cnipa"])]
    found = ids(hits, "person")
    assert IDS["he"] not in found  # 副局长: a deputy
    assert IDS["zhangwen_cnipa"] not in found  # Deputy Commissioner


@pytest.mark.parametrize("query", ["IPOS chief executive", "ipos ce", "新加坡知识产权局局长"])
def test_the_chief_executives_of_ipos_dated_before_undated(session: Any, query: str) -> None:
    hits = search(session, query)
    assert _people_then_org(hits)[:3] == [
        ("person", IDS["deng"]),  # 2015-2020
        ("person", IDS["zhangwen_ipos"]),  # undated
        ("organisation", IDS["ipos"]),
    ], query
    assert hits[0].matched == "Chief Executive, IPOS, 2015–2020"


def test_a_deputy_is_found_when_asked_for(session: Any) -> None:
    assert ids(search(session, "wipo ddg"))[:1] == [IDS["wang"]]
    assert ids(search(session, "deputy director general wipo"))[:1] == [IDS["wang"]]
    # 副局长 translates Deputy Commissioner: both deputies, the dated role first
    assert ids(search(session, "国家知识产权局副局长"))[:2] == [IDS["zhangwen_cnipa"], IDS["he"]]
    assert ids(search(session, "cnipa deputy commissioner"))[:2] == [
        IDS["zhangwen_cnipa"],  # Deputy Commissioner
        IDS["he"],  # 副局长, which translates it
    ]


def test_the_kind_filter_applies_to_a_role_query(session: Any) -> None:
    people = search(session, "wipo dg", kind="person")
    assert ids(people)[:2] == [IDS["deng"], IDS["gurry"]]
    assert {h.kind for h in people} == {"person"}
    orgs = search(session, "wipo dg", kind="organisation")
    assert ids(orgs)[:1] == [IDS["wipo"]] and {h.kind for h in orgs} == {"organisation"}
    assert search(session, "wipo dg", kind="agreement") == []


def test_a_title_with_no_holder_finds_the_organisation_it_names(session: Any) -> None:
    hits = search(session, "wipo chairman")
    assert ids(hits)[:1] == [IDS["wipo"]]


def test_names_are_not_read_as_roles(session: Any) -> None:
    """A query with no title, or a title alone, searches names as before."""
    assert search(session, "wipo")[0].id == IDS["wipo"]
    for q in ["director general", "总干事", "Daren Tang", "国家知识产权局"]:
        assert all(h.how != "role" for h in search(session, q)), q


def test_a_latin_role_query_imports_neither_pypinyin_nor_sqlalchemy(db: Database) -> None:
    code = (
        "import sys; from store.search import search_url; "
        f"hits = search_url({db.url!r}, 'wipo dg'); "
        f"assert [h.id for h in hits[:2]] == [{IDS['deng']}, {IDS['gurry']}], hits; "
        "assert 'pypinyin' not in sys.modules, 'pypinyin'; "
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'"
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
