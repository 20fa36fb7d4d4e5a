"""The explorer's lists read from the store (store/queries/lists.py, list_filters.py): in list
order, a page at a time, narrowed in SQL by the filter's fields so that a filter finds what
lies beyond the first LIST_LIMIT rows, and the Agreements list narrowed exactly as `ipx
stats` counts (issue 12 item 4, issue 13 item 4). SQLite here; the same SQL on PostgreSQL in
test_lists_postgres below.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store.db import Database, open_database
from store.exchange.load import import_data
from store.queries import parse_filter
from store.queries.lists import (
    ROWS,
    add_confidence,
    list_agreements,
    list_count,
    list_ids,
    list_organisations,
    list_people,
)
from store.queries.stats import matching_agreements
from tests.store.kb_factory import make_kb
from tests.tui.kb import make_db

FILTERS = [
    "year:2018..",
    "year:..2016",
    "kind:pph,mou",
    "kind:court",
    "country:SG",
    "kind:court year:..2017",
    "kind:mou country:SG,CN year:2015..2022",
]


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Database]:
    db = open_database(make_db(tmp_path))
    yield db
    db.engine.dispose()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], Any]]:
    kb = make_kb(n_orgs=60, n_people=40, n_agreements=400, n_docs=10, seed=12)
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('gen') / 'kb.db'}")
    with db.session() as s:
        import_data(s, kb)
        s.commit()
    yield kb, db
    db.engine.dispose()


def test_the_lists_come_most_mentioned_first_and_agreements_newest_first(
    small: Database,
) -> None:
    with small.session() as s:
        orgs = [o.name for o in list_organisations(s)]
        assert orgs[-1] == "IPOS International"  # never mentioned, in no agreement
        assert {o.acronym for o in list_organisations(s)} >= {"IPOS", "WIPO", "CNIPA"}
        assert [a.date for a in list_agreements(s)] == ["2017-02", "2013-11"]
        assert [a.short for a in list_agreements(s)][0] == [
            "IPOS",
            "CNIPA",
            "People's Government of Guangdong Province",
        ]
        people = {p.name: p for p in list_people(s)}
        assert people["Daren Tang"].context == "Director General, WIPO, since 2020"
        assert people["Daren Tang"].other_names == ["邓鸿森"]


def test_a_page_of_rows_keeps_the_order_of_its_ids(small: Database) -> None:
    with small.session() as s:
        for kind in ("organisation", "person", "agreement"):
            ids = list_ids(s, kind)
            assert [r.id for r in ROWS[kind](s, ids[::-1])] == ids[::-1]
            assert ROWS[kind](s, []) == []


def test_a_filter_finds_rows_beyond_the_first_of_the_list(small: Database) -> None:
    with small.session() as s:
        first_three = list_ids(s, "organisation", None, limit=3)
        sg = list_ids(s, "organisation", parse_filter("country:SG"), limit=3)
        names = {o.id: o.name for o in list_organisations(s)}
        assert "IPOS International" not in {names[i] for i in first_three}
        assert {names[i] for i in sg} == {
            "IPOS International",
            "Intellectual Property Office of Singapore",
        }
        assert list_count(s, "organisation") == 5
        assert list_count(s, "organisation", parse_filter("country:SG")) == 2


def test_a_party_named_by_any_of_its_names_or_its_id(small: Database) -> None:
    with small.session() as s:
        cnipa = next(o.id for o in list_organisations(s) if o.acronym == "CNIPA")
        for party in ("CNIPA", "SIPO", "国家知识产权局", f"o{cnipa}"):
            f = parse_filter(f'party:"{party}"')
            assert len(list_ids(s, "agreement", f)) == 2, party
            assert cnipa not in list_ids(s, "organisation", f)  # partners, not itself
        assert list_ids(s, "agreement", parse_filter("party:Nobody")) == []


@pytest.mark.parametrize("text", FILTERS)
def test_the_agreements_list_holds_exactly_what_stats_counts(generated: Any, text: str) -> None:
    _, db = generated
    f = parse_filter(text)
    with db.session() as s:
        listed = list_ids(s, "agreement", f, limit=None)
        assert sorted(listed) == sorted(matching_agreements(s, filt=f)), text
        assert list_count(s, "agreement", f) == len(listed)


def test_a_party_in_the_agreements_list_as_in_stats(generated: Any) -> None:
    kb, db = generated
    with db.session() as s:
        for org in kb["organisations"][:8]:
            f = parse_filter(f'party:"{org["name"]}" year:2016..')
            listed = list_ids(s, "agreement", f, limit=None)
            assert sorted(listed) == sorted(matching_agreements(s, filt=f)), org["name"]


def _organisations(kb: dict[str, Any], text: str) -> set[str]:
    """The organisations FILTER lets through, counted again from the generated data: its own
    kind and country, and an agreement it was a party to in the years and of the kinds."""
    from store.queries.filters import AGREEMENT_KINDS

    f = parse_filter(text)
    org_kinds, kinds = f.kinds - AGREEMENT_KINDS, f.kinds & AGREEMENT_KINDS
    out = set()
    for o in kb["organisations"]:
        if org_kinds and o["kind"] not in org_kinds:
            continue
        if f.countries and o["country"] not in f.countries:
            continue
        if (f.year_from or f.year_to or kinds) and not any(
            o["id"] in a["parties"] and f.in_years(a["date"]) and (not kinds or a["kind"] in kinds)
            for a in kb["agreements"]
        ):
            continue
        out.add(o["name"])
    return out


@pytest.mark.parametrize("text", FILTERS)
def test_organisations_by_their_own_fields_and_their_agreements(generated: Any, text: str) -> None:
    kb, db = generated
    with db.session() as s:
        listed = {o.name for o in list_organisations(s, limit=None, filt=parse_filter(text))}
    assert listed == _organisations(kb, text)


@pytest.mark.skipif(bool(os.environ.get("IPX_SKIP_POSTGRES")), reason="IPX_SKIP_POSTGRES set")
@pytest.mark.parametrize("kind", ["organisation", "person", "agreement"])
def test_a_page_read_without_confidence_gets_the_same_confidence_after(
    generated: Any, kind: str
) -> None:
    """The explorer shows a page first and adds its confidence after: the same rows."""
    _, db = generated
    with db.session() as s:
        ids = list_ids(s, kind, limit=60)
        at_once = ROWS[kind](s, ids)
        bare = ROWS[kind](s, ids, confidence=False)
        assert all(r.confidence is None for r in bare)
        assert add_confidence(s, kind, bare) == at_once
    assert any(r.confidence is not None for r in at_once)


def test_lists_postgres(tmp_path: Path) -> None:
    """The same lists and filters on PostgreSQL as on SQLite (the order of names that tie may
    differ with the server's collation: compared as sets)."""
    from store.exchange.load import import_data as load
    from tests.store.pg import throwaway_cluster

    kb = make_kb(n_orgs=30, n_people=20, n_agreements=120, n_docs=6, seed=3)
    lite = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with throwaway_cluster() as url:
        pg = open_database(url)
        for db in (lite, pg):
            with db.session() as s:
                load(s, kb)
                s.commit()
        got = []
        for db in (lite, pg):
            with db.session() as s:
                out = []
                for kind in ("organisation", "person", "agreement"):
                    for text in ["", *FILTERS]:
                        f = parse_filter(text)
                        rows = ROWS[kind](s, list_ids(s, kind, f))
                        names = sorted(getattr(r, "name", None) or r.title for r in rows)
                        out.append((kind, text, names, list_count(s, kind, f)))
                got.append(out)
        pg.engine.dispose()
    lite.engine.dispose()
    assert got[0] == got[1]
