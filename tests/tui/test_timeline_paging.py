"""The Timeline at scale (issue 13, item 4): it reads the ids and the chart's counts, then
its rows a page at a time as the cursor comes near, in date order, as the lists do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual import events

from store.db import Database, open_database
from store.exchange.load import import_data
from store.queries import agreement_counts, parse_filter
from store.queries.timelines import timeline_rows
from tests.store.kb_factory import make_kb
from tests.tui.helpers import SIZE, run_async, settle
from tui.app import IpxApp
from tui.widgets.timeline import TimelinePane


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """300 agreements: more than the first page the pane reads."""
    kb = make_kb(n_orgs=40, n_people=30, n_agreements=300, n_docs=10, seed=5)
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('gen') / 'kb.db'}")
    with db.session() as s:
        import_data(s, kb)
        s.commit()
    yield db
    db.engine.dispose()


@run_async
async def test_the_timeline_pages_through_every_agreement_in_date_order(
    generated: Database,
) -> None:
    with generated.session() as s:
        expected = [r.id for r in timeline_rows(s)]
    app = IpxApp(generated)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        await settle(app, pilot)
        pane = app.main.query_one(TimelinePane)
        assert pane.chart is not None and pane.chart.total == 300  # counted, not read
        assert pane.table.row_count < 300  # a few screens are drawn
        for _ in range(300):  # as a terminal sends a held key: no pause between them
            app.post_message(events.Key("pagedown", None))
        await settle(app, pilot)
        assert pane.table.cursor_row == 299
        assert [r.link.id for r in pane.table.shown] == expected  # in order, none twice


@run_async
async def test_the_timeline_chart_under_a_filter_counts_what_stats_counts(
    generated: Database,
) -> None:
    app = IpxApp(generated)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        await settle(app, pilot)
        await pilot.press("f")
        for ch in "kind:mou,pph year:2016..":
            await pilot.press(ch if ch != " " else "space")
        await pilot.press("enter")
        await settle(app, pilot)
        pane = app.main.query_one(TimelinePane)
        with generated.session() as s:
            counts = agreement_counts(s, by="year", filt=parse_filter("kind:mou,pph year:2016.."))
        assert pane.chart is not None
        assert {str(b.year): b.total for b in pane.chart.bars if b.total} == {
            c.key: c.count for c in counts
        }
        assert pane.total == sum(c.count for c in counts)
