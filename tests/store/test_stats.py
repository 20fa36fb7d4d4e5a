"""Agreements counted by year, kind, partner country and partner (issue 12, item 5): the
counts every chart and `ipx stats` show agree exactly with the knowledge base.

Two knowledge bases, both written through the store's writers: a small one whose counts a
reader can check by hand, and a generated one (tests/store/kb_factory.py, imported as an
exchange file) counted again here, independently, from the generated data itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from store.db import Database, open_database
from store.exchange.load import import_data
from store.models import AgreementParty, Organisation
from store.queries import Count, agreement_counts, parse_filter
from store.queries.stats import matching_agreements
from store.writer import add_name, add_party, new_agreement, new_organisation, new_person
from tests.store.kb_factory import make_kb


@dataclass
class Small:
    db: Database
    org: dict[str, int]


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Small]:
    """Five organisations and seven agreements:

    2015-03  MoU        Alpha, Beta           (signed by Ann Example)
    2015-11  PPH        Alpha, Beta
    2017     MoU        Alpha, Beta, Gamma    (Beta and Gamma: both in CN)
    undated  agreement  Alpha, Union          (an IGO: no country)
    2019-06  work plan  Beta, Delta
    2019-09  MoU        Alpha                 (no partner)
    2021-01  MoU        Gamma, Delta
    """
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        orgs = {
            "alpha": new_organisation(s, "Alpha Patent Office", kind="ip_office", country="SG"),
            "beta": new_organisation(s, "Beta IP Administration", kind="ip_office", country="CN"),
            "gamma": new_organisation(
                s, "Gamma Provincial Government", kind="government", country="CN"
            ),
            "union": new_organisation(s, "Union of Patent Offices", kind="igo"),
            "delta": new_organisation(s, "Delta Trademark Office", kind="ip_office", country="JP"),
        }
        ids = {k: o.id for k, o in orgs.items() if o.id}
        add_name(s, "organisation", ids["alpha"], "APO", kind="acronym")
        add_name(s, "organisation", ids["beta"], "BIPA", kind="acronym")
        add_name(s, "organisation", ids["beta"], "乙知识产权局", kind="alias", lang="zh")
        ann = new_person(s, "Ann Example")
        rows = [
            ("First cooperation memorandum", "mou", "2015-03", ["alpha", "beta"]),
            ("Patent Prosecution Highway pilot", "pph", "2015-11", ["alpha", "beta"]),
            ("Three-way memorandum", "mou", "2017", ["alpha", "beta", "gamma"]),
            ("Exchange agreement", "agreement", None, ["alpha", "union"]),
            ("Joint work plan", "work_plan", "2019-06", ["beta", "delta"]),
            ("Unilateral memorandum", "mou", "2019-09", ["alpha"]),
            ("Regional memorandum", "mou", "2021-01", ["gamma", "delta"]),
        ]
        for title, kind, date, parties in rows:
            a = new_agreement(s, title, kind, date=date)
            assert a.id
            for p in parties:
                add_party(s, a.id, organisation_id=ids[p], role="party")
            if title.startswith("First"):
                add_party(s, a.id, person_id=ann.id, role="signatory")
        s.commit()
    yield Small(db, ids)
    db.engine.dispose()


def _table(counts: list[Count]) -> list[tuple[str, int, int | None, int | None]]:
    return [(c.key, c.count, c.first_year, c.last_year) for c in counts]


def test_years_come_in_order_with_undated_last(small: Small) -> None:
    with small.db.session() as s:
        assert _table(agreement_counts(s, by="year")) == [
            ("2015", 2, 2015, 2015),
            ("2017", 1, 2017, 2017),
            ("2019", 2, 2019, 2019),
            ("2021", 1, 2021, 2021),
            ("undated", 1, None, None),
        ]


def test_kinds_come_largest_first(small: Small) -> None:
    with small.db.session() as s:
        assert _table(agreement_counts(s, by="kind")) == [
            ("mou", 4, 2015, 2021),
            ("agreement", 1, None, None),
            ("pph", 1, 2015, 2015),
            ("work_plan", 1, 2019, 2019),
        ]


def test_an_agreement_counts_once_for_each_partner_of_the_organisation(small: Small) -> None:
    with small.db.session() as s:
        counts = agreement_counts(s, by="partner", org_id=small.org["alpha"])
    assert _table(counts) == [
        ("Beta IP Administration", 3, 2015, 2017),
        ("Gamma Provincial Government", 1, 2017, 2017),
        ("Union of Patent Offices", 1, None, None),
    ]
    assert [c.ref.id if c.ref else None for c in counts] == [
        small.org["beta"],
        small.org["gamma"],
        small.org["union"],
    ]


def test_without_an_organisation_every_party_is_counted(small: Small) -> None:
    with small.db.session() as s:
        assert _table(agreement_counts(s, by="partner")) == [
            ("Alpha Patent Office", 5, 2015, 2019),
            ("Beta IP Administration", 4, 2015, 2019),
            ("Delta Trademark Office", 2, 2019, 2021),
            ("Gamma Provincial Government", 2, 2017, 2021),
            ("Union of Patent Offices", 1, None, None),
        ]


def test_a_country_counts_once_per_agreement_and_igos_add_none(small: Small) -> None:
    with small.db.session() as s:
        # Beta and Gamma are both Chinese: the three-way MoU counts once for CN
        assert _table(agreement_counts(s, by="country", org_id=small.org["alpha"])) == [
            ("CN", 3, 2015, 2017)
        ]
        assert _table(agreement_counts(s, by="country")) == [
            ("CN", 5, 2015, 2021),
            ("SG", 5, 2015, 2019),
            ("JP", 2, 2019, 2021),
        ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("year:2015..2017", ["2015", "2017"]),
        ("year:2019", ["2019"]),
        ("kind:mou", ["2015", "2017", "2019", "2021"]),
        ("kind:government", ["2017", "2021"]),  # an organisation kind: a party of that kind
        ("kind:mou,pph kind:government", ["2017", "2021"]),
        ("country:JP", ["2019", "2021"]),
        ("party:BIPA", ["2015", "2017", "2019"]),
        ("party:bipa party:apo", ["2015", "2017"]),  # both took part
        ("party:乙知識產權局", ["2015", "2017", "2019"]),  # a Chinese alias, in either script
        ("party:nobody", []),
        ('party:"Ann Example"', ["2015"]),  # a signatory
        ("highway", ["2015"]),  # free text in the title
        ("bipa memorandum", ["2015", "2017"]),  # and in the parties' names and acronyms
    ],
)
def test_the_filter_narrows_the_agreements_counted(
    small: Small, text: str, years: list[str]
) -> None:
    with small.db.session() as s:
        got = agreement_counts(s, by="year", filt=parse_filter(text))
    assert [c.key for c in got] == years


def test_the_filter_and_the_organisation_together(small: Small) -> None:
    with small.db.session() as s:
        got = agreement_counts(
            s, by="partner", org_id=small.org["alpha"], filt=parse_filter("year:2016..")
        )
        assert _table(got) == [
            ("Beta IP Administration", 1, 2017, 2017),
            ("Gamma Provincial Government", 1, 2017, 2017),
        ]
        assert len(matching_agreements(s, org_id=small.org["alpha"])) == 5


def test_an_organisation_given_by_an_id_it_was_merged_from_counts_where_it_lives(
    small: Small,
) -> None:
    from store.merge import merge

    with small.db.session() as s:
        copy = new_organisation(s, "Beta Office (old name)", kind="ip_office", country="CN")
        assert copy.id
        a = new_agreement(s, "Late addendum", "agreement", date="2023-04")
        assert a.id
        add_party(s, a.id, organisation_id=copy.id)
        add_party(s, a.id, organisation_id=small.org["delta"])
        s.commit()
        merge(s, "organisation", small.org["beta"], copy.id, reason="test", decided_by="test")
        s.commit()
        by_old = agreement_counts(s, by="partner", org_id=copy.id)
        by_new = agreement_counts(s, by="partner", org_id=small.org["beta"])
    assert by_old == by_new
    assert ("Delta Trademark Office", 2, 2019, 2023) in _table(by_new)


# ------------------------------------------------------------ against generated knowledge


def _expected(
    kb: dict[str, Any], by: str, org: str | None, keep: Any = lambda a: True
) -> dict[str, int]:
    """The counts from the generated data itself, by the counting rules of store.queries.stats."""
    orgs = {o["id"]: o for o in kb["organisations"]}
    out: Counter[str] = Counter()
    for a in kb["agreements"]:
        if (org is not None and org not in a["parties"]) or not keep(a):
            continue
        partners = [p for p in a["parties"] if p != org]
        if by == "year":
            out[a["date"][:4] if a["date"] else "undated"] += 1
        elif by == "kind":
            out[a["kind"]] += 1
        elif by == "partner":
            out.update(orgs[p]["name"] for p in partners)
        else:
            out.update({orgs[p]["country"] for p in partners if orgs[p]["country"]})
    return dict(out)


@pytest.fixture(scope="module")
def generated(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[dict[str, Any], Database]]:
    kb = make_kb(n_orgs=60, n_people=40, n_agreements=400, n_docs=10, seed=12)
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('gen') / 'kb.db'}")
    with db.session() as s:
        import_data(s, kb)
        s.commit()
    yield kb, db
    db.engine.dispose()


def _org_id(s: Session, name: str) -> int:
    row = s.exec(select(Organisation).where(Organisation.name == name)).one()
    assert row.id
    return row.id


@pytest.mark.parametrize("by", ["year", "kind", "country", "partner"])
def test_counts_agree_with_the_generated_knowledge(generated: Any, by: Any) -> None:
    kb, db = generated
    busiest = Counter(p for a in kb["agreements"] for p in a["parties"]).most_common(1)[0][0]
    name = next(o["name"] for o in kb["organisations"] if o["id"] == busiest)
    with db.session() as s:
        for org in (None, busiest):
            org_id = _org_id(s, name) if org else None
            got = agreement_counts(s, by=by, org_id=org_id)
            assert {c.key: c.count for c in got} == _expected(kb, by, org)
            assert all(c.count > 0 for c in got)
            order = [c.key for c in got] if by == "year" else [-c.count for c in got]
            assert order == sorted(order, key=lambda k: (k == "undated", k))


def test_filtered_counts_agree_with_the_generated_knowledge(generated: Any) -> None:
    kb, db = generated
    sg = {o["id"] for o in kb["organisations"] if o["country"] == "SG"}
    courts = {o["id"] for o in kb["organisations"] if o["kind"] == "court"}
    cases = [
        ("year:2018..", lambda a: bool(a["date"]) and a["date"][:4] >= "2018"),
        ("kind:pph,mou", lambda a: a["kind"] in ("pph", "mou")),
        ("country:SG", lambda a: bool(sg & set(a["parties"]))),
        (
            "kind:court year:..2017",
            lambda a: (
                bool(courts & set(a["parties"])) and bool(a["date"]) and a["date"][:4] <= "2017"
            ),
        ),
    ]
    with db.session() as s:
        for text, keep in cases:
            got = agreement_counts(s, by="kind", filt=parse_filter(text))
            assert {c.key: c.count for c in got} == _expected(kb, "kind", None, keep), text


def test_every_agreement_counts_once_by_year_and_by_kind(generated: Any) -> None:
    kb, db = generated
    with db.session() as s:
        total = len(s.exec(select(AgreementParty.agreement_id).distinct()).all())
        for by in ("year", "kind"):
            assert (
                sum(c.count for c in agreement_counts(s, by=by)) == total == len(kb["agreements"])
            )


def test_the_store_summary_is_still_reached_as_queries_stats(small: Small) -> None:
    """`store.queries.stats(session)` (how much the store holds) keeps its name beside the
    module store.queries.stats."""
    from store import queries

    with small.db.session() as s:
        assert queries.stats(s).agreements == 7
