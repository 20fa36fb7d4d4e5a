"""Time in the detail views and the Timeline (issue 12, items 1 to 3), as the presentation
model holds it: the chart of an organisation's agreements per year and its partners agree
with `agreement_counts`; heads are the holders of a head title; a person's roles have spans
on one year axis; the Timeline lists what the filter lets through, oldest first, and its
chart, counted in SQL, counts what `agreement_counts` counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

from store.db import Database, open_database
from store.exchange.load import import_data
from store.models import Organisation
from store.queries import agreement_counts, parse_filter
from store.queries.stats import matching_agreements
from store.queries.timelines import is_head, timeline, timeline_page, timeline_rows
from store.views.charts import Span, SpanChart, YearChart, span_of, year_chart
from store.views.load import load_detail_view
from store.views.timelines import counts_chart
from store.writer import add_party, add_role, new_agreement, new_organisation, new_person
from tests.store.kb_factory import make_kb
from tests.tui.kb import make_db


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    kb = make_kb(n_orgs=40, n_people=30, n_agreements=300, n_docs=10, seed=5)
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('gen') / 'kb.db'}")
    with db.session() as s:
        import_data(s, kb)
        s.commit()
    yield db
    db.engine.dispose()


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[Database]:
    db = open_database(make_db(tmp_path))
    yield db
    db.engine.dispose()


def _section(view: Any, key: str) -> Any:
    return next(s for s in view.sections if s.key == key)


def _org(s: Session, pattern: str) -> int:
    """The id of the organisation whose name is like PATTERN."""
    org = s.exec(select(Organisation).where(col(Organisation.name).like(pattern))).one()
    assert org.id is not None
    return org.id


def _busiest(db: Database, n: int) -> list[int]:
    with db.session() as s:
        counts = agreement_counts(s, by="partner")
    return [c.ref.id for c in counts[:n] if c.ref is not None]


def test_the_chart_and_the_partners_of_an_organisation_agree_with_the_counts(
    generated: Database,
) -> None:
    for org_id in _busiest(generated, 8):
        with generated.session() as s:
            view = load_detail_view(s, "organisation", org_id)
            by_year = agreement_counts(s, by="year", org_id=org_id)
            by_partner = agreement_counts(s, by="partner", org_id=org_id)
        assert view is not None
        chart = _section(view, "per_year").figure
        assert isinstance(chart, YearChart)
        drawn = {str(b.year): b.total for b in chart.bars if b.total}
        if chart.undated:
            drawn["undated"] = chart.undated
        assert drawn == {c.key: c.count for c in by_year}
        partners = _section(view, "partners")
        shown = {row.link.id: row.cells[0].text for row in partners.rows if row.link}
        expected = {
            c.ref.id: f"{c.count} agreement{'s' if c.count != 1 else ''}"
            for c in by_partner
            if c.ref is not None
        }
        assert shown == expected
        counts = [int(row.cells[0].text.split()[0]) for row in partners.rows]
        assert counts == sorted(counts, reverse=True)  # ranked, the most shared first


def test_partners_say_their_first_and_last_year_and_link_to_the_partner(kb: Database) -> None:
    with kb.session() as s:
        view = load_detail_view(s, "organisation", _org(s, "%Singapore"))
    assert view is not None
    keys = [section.key for section in view.sections]
    assert keys[:3] == ["per_year", "partners", "heads"]  # when and with whom first
    rows = _section(view, "partners").rows
    assert [[c.text for c in r.cells] for r in rows] == [
        ["2 agreements", "2013–2017", "CNIPA"],
        ["1 agreement", "2017", "People's Government of Guangdong Province"],
    ]
    assert rows[0].link is not None and rows[0].link.kind == "organisation"


def test_heads_are_holders_of_a_head_title_in_any_language() -> None:
    for title in ("Director General", "Director-General", "DG", "Commissioner", "总干事", "局长"):
        assert is_head([title]), title
    for title in (
        "Deputy Director General",
        "Vice-President",
        "副局长",
        "局长助理",
        "Director of International Cooperation",
        "Deputy Governor",
    ):
        assert not is_head([title]), title
    assert is_head(["党组书记、局长"])  # one of two joined titles heads the office


def test_heads_over_time_leave_out_deputies(tmp_path: Path) -> None:
    db = open_database(make_db(tmp_path, namesakes=True))
    with db.session() as s:
        view = load_detail_view(s, "organisation", _org(s, "China%"))
    db.engine.dispose()
    assert view is not None
    heads = _section(view, "heads")
    assert [r.link.name for r in heads.rows if r.link] == ["申长雨"]
    assert isinstance(heads.figure, SpanChart)
    assert heads.figure.spans == (Span(2013, 2022),)
    officials = _section(view, "officials")  # everyone is still listed as an official
    assert len(officials.rows) == 3


def test_a_persons_roles_have_spans_on_one_axis_and_undated_roles_are_said(kb: Database) -> None:
    with kb.session() as s:
        ann = new_person(s, "Ann Example")
        org = new_organisation(s, "Example Office", kind="ip_office")
        assert ann.id and org.id
        add_role(s, ann.id, org.id, "Adviser")  # no dates
        add_role(s, ann.id, org.id, "Examiner", end="2011")  # only its end is known
        add_role(s, ann.id, org.id, "Commissioner", start="2016-05")  # held now
        mou = new_agreement(s, "Example cooperation", "mou", date="2018-04")
        assert mou.id
        add_party(s, mou.id, person_id=ann.id, role="witness")
        s.commit()
        view = load_detail_view(s, "person", ann.id)
    assert view is not None
    roles = _section(view, "roles")
    assert isinstance(roles.figure, SpanChart)
    spans = dict(zip((r.cells[1].text for r in roles.rows), roles.figure.spans, strict=True))
    assert spans == {
        "Adviser": None,
        "Examiner": Span(None, 2011),
        "Commissioner": Span(2016, None),
    }
    assert (roles.figure.first, roles.figure.last) == (2011, 2016)
    assert spans["Commissioner"] is not None and spans["Commissioner"].open
    agreements = _section(view, "agreements")
    assert agreements.title == "Agreements signed or witnessed"
    assert "witness" in agreements.rows[0].cells[-1].text


def test_spans_of_role_dates() -> None:
    assert span_of(None, None) is None
    assert span_of("2015-04", "2020-09") == Span(2015, 2020)
    assert span_of("2020-10", None) == Span(2020, None)
    assert span_of(None, "2018") == Span(None, 2018)


def test_a_year_chart_keeps_the_years_between_and_counts_undated_beside() -> None:
    chart = year_chart(
        [("2013-11", "pph"), ("2017-02", "mou"), ("2017", "mou"), (None, "agreement")]
    )
    assert [b.year for b in chart.bars] == [2013, 2014, 2015, 2016, 2017]
    assert [b.total for b in chart.bars] == [1, 0, 0, 0, 2]
    assert chart.series == ("MoU", "PPH", "agreement")
    assert chart.undated == 1
    assert chart.summary() == "4 agreements, 2013–2017 · 1 undated, not drawn"


def test_a_year_chart_gathers_the_rarer_kinds() -> None:
    kinds = ["mou"] * 5 + ["pph"] * 4 + ["agreement"] * 3 + ["declaration"] * 2 + ["other"]
    chart = year_chart([("2020", k) for k in kinds])
    assert chart.series == ("MoU", "PPH", "agreement", "other kinds")
    assert chart.bars[0].counts == (5, 4, 3, 3)


def test_the_timeline_lists_what_the_filter_lets_through_oldest_first(kb: Database) -> None:
    with kb.session() as s:
        every = timeline_rows(s)
        in_2017 = timeline_rows(s, parse_filter("year:2017"))
        highway = timeline_rows(s, parse_filter("highway"))
    assert [r.date for r in every] == ["2013-11", "2017-02"]
    assert [r.kind for r in in_2017] == ["mou"]
    assert [len(r.parties) for r in in_2017] == [3]
    assert [r.title for r in highway] == ["Patent Prosecution Highway pilot"]


TIMELINE_FILTERS = [
    "",
    "year:2017..2019",
    "year:..2017",
    "kind:mou",
    "kind:mou,pph year:2016..",
    "kind:ip_office",
    "country:SG",
    "kind:ip_office country:cn,sg",
    "office",
    "office year:2016..",
]


@pytest.mark.parametrize("text", TIMELINE_FILTERS)
def test_the_timeline_holds_what_stats_selects_in_its_order_and_counts_as_it_counts(
    generated: Database, text: str
) -> None:
    f = parse_filter(text)
    with generated.session() as s:
        read = timeline(s, f)
        assert read.ids == matching_agreements(s, filt=f), text  # oldest first, undated last
        by_year = {c.key: c.count for c in agreement_counts(s, by="year", filt=f)}
        by_kind = {c.key: c.count for c in agreement_counts(s, by="kind", filt=f)}
    years: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for (year, kind), n in read.counts.items():
        key = "undated" if year is None else str(year)
        years[key] = years.get(key, 0) + n
        kinds[kind] = kinds.get(kind, 0) + n
    assert years == by_year, text
    assert kinds == by_kind, text
    chart = counts_chart(read.counts)
    assert chart.total == len(read.ids)


def test_the_timeline_chart_from_counts_is_the_chart_of_its_rows(generated: Database) -> None:
    f = parse_filter("year:2012..2020")
    with generated.session() as s:
        read = timeline(s, f)
        rows = timeline_page(s, read.ids)
    assert [r.id for r in rows] == read.ids
    assert counts_chart(read.counts) == year_chart((r.date, r.kind) for r in rows)
