"""The Timeline pane (issue 12, item 3): key 5 lists every agreement by date, oldest first,
under a chart of agreements per year; Enter opens the agreement; the chart and the list
follow the filter bar, and Esc clears it.
"""

from __future__ import annotations

from store.db import Database
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tui.app import IpxApp
from tui.screens.detail import DetailScreen
from tui.screens.main import MainScreen
from tui.widgets.timeline import TimelinePane


def _pane(app: IpxApp) -> TimelinePane:
    return app.main.query_one(TimelinePane)


def _years(app: IpxApp) -> list[int]:
    chart = _pane(app).chart
    assert chart is not None
    return [b.year for b in chart.bars if b.total]


async def _filter(app: IpxApp, pilot: object, text: str) -> None:
    await pilot.press("f")  # type: ignore[attr-defined]
    await type_text(pilot, text)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(app, pilot)


@run_async
async def test_key_5_shows_every_agreement_oldest_first_under_a_chart(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        await settle(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen) and main.active_pane == "timeline"
        text = screen_text(app)
        assert "2013  2014  2015  2016  2017" in text
        assert "2 agreements, 2013–2017" in text
        lines = text.splitlines()
        pph = next(i for i, line in enumerate(lines) if "Patent Prosecution Highway" in line)
        mou = next(i for i, line in enumerate(lines) if "Memorandum of Understanding" in line)
        assert pph < mou  # 2013 before 2017
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.link.name == "Patent Prosecution Highway pilot"


@run_async
async def test_the_timeline_follows_the_filter_and_esc_clears_it(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        await settle(app, pilot)
        assert _years(app) == [2013, 2017]
        await _filter(app, pilot, "year:2017..2019")
        assert _years(app) == [2017]
        text = screen_text(app)
        assert "1 agreement, 2017" in text and "Patent Prosecution Highway" not in text
        assert _pane(app).table.row_count == 1
        await pilot.press("escape")
        await settle(app, pilot)
        assert _years(app) == [2013, 2017]
        assert _pane(app).table.row_count == 2
        assert "2 agreements, 2013–2017" in screen_text(app)


@run_async
async def test_the_timeline_follows_fields_and_free_text(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        await settle(app, pilot)
        await _filter(app, pilot, "kind:pph")
        assert _years(app) == [2013]
        await pilot.press("escape")
        await settle(app, pilot)
        await _filter(app, pilot, "kind:government")  # a government among the parties
        assert _years(app) == [2017]
        await pilot.press("escape")
        await settle(app, pilot)
        await _filter(app, pilot, "party:CNIPA year:..2015")
        assert _years(app) == [2013]
        await pilot.press("escape")
        await settle(app, pilot)
        await _filter(app, pilot, "highway")
        assert [r.link.name for r in _pane(app).table.shown] == ["Patent Prosecution Highway pilot"]


@run_async
async def test_a_filter_that_does_not_parse_leaves_the_timeline_as_it_was(
    database: Database,
) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        await settle(app, pilot)
        await pilot.press("f")
        await type_text(pilot, "kind:pph")
        await settle(app, pilot)
        assert _years(app) == [2013]
        await type_text(pilot, "x")  # kind:pphx is no kind
        await settle(app, pilot)
        assert _years(app) == [2013]
        assert isinstance(app.screen, MainScreen)
