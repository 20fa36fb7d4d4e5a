"""The detail view: following links, the history and breadcrumb, sources, paths."""

from __future__ import annotations

from typing import Any

from store.db import Database
from store.views.refs import Ref
from tests.tui.helpers import SIZE, org_id, run_async, screen_text, settle, type_text
from tui.app import IpxApp
from tui.screens.detail import DetailScreen
from tui.screens.main import MainScreen
from tui.screens.modals import SourcesScreen
from tui.screens.path import PathScreen
from tui.screens.search import SearchScreen


@run_async
async def test_open_detail_follow_links_back_forward_breadcrumb(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3")  # officials: Daren Tang is first
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, DetailScreen) and screen.link.name == "Daren Tang"
        text = screen_text(app)
        assert "邓鸿森" in text and "Chief Executive" in text and "2015-04 – 2020-09" in text
        assert "Director General" in text and "2020-10 – now" in text
        # the first link is the first role's organisation: IPOS
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.link.name == "Intellectual Property Office of Singapore"  # type: ignore[attr-defined]
        assert "Daren Tang › IPOS" in screen_text(app)
        # from IPOS, the official line links back to Daren Tang; move to the WIPO role instead
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert "Daren Tang › WIPO" in screen_text(app)
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert app.screen.link.name == "Daren Tang"  # type: ignore[attr-defined]
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert app.screen.link.name == "World Intellectual Property Organization"  # type: ignore[attr-defined]
        await pilot.press("backspace", "backspace")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("right_square_bracket")  # forward from the lists reopens the trail
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.link.name == "Daren Tang"


@run_async
async def test_agreement_detail_and_sources(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "enter")
        await settle(app, pilot)
        text = screen_text(app)
        assert "Parties (3)" in text and "Signatories (2)" in text
        assert "2017-02" in text and "kind MoU" in text
        await pilot.press("s")
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        text = screen_text(app)
        assert "Singapore: IPOS signs MoU with SIPO and Guangdong" in text
        assert "2017-02-20" in text and "The MoU was signed in February 2017" in text
        body: Any = app.screen._body()
        spans = [s for s in body.renderables[1].spans if "reverse" in str(s.style)]
        assert spans, "the mention is highlighted"
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)


@run_async
async def test_role_sources_from_person_detail(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "enter")
        await settle(app, pilot)
        await pilot.press("s")  # highlighted: the Chief Executive role
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        text = screen_text(app)
        assert "Chief Executive" in text and "seeds/ipos_mou.txt" in text


@run_async
async def test_sources_of_a_highlighted_list_row(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "s")  # Daren Tang, from the officials list
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        assert "Sources · Daren Tang" in screen_text(app)


@run_async
async def test_path_between_two_entities(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3")  # Daren Tang highlighted
        await settle(app, pilot)
        assert app.main.active_table.current_link is not None
        cnipa = Ref("organisation", org_id(database, "CNIPA"), "CNIPA")
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        await type_text(pilot, "cnipa")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PathScreen)
        text = screen_text(app)
        assert "Path: Daren Tang → CNIPA" in text
        assert "—signatory of→" in text or "—Chief Executive→" in text
        assert "—party→ CNIPA" in text
        assert app.screen.links[-1] == cnipa
        await pilot.press("end", "enter")  # the last step's target is a link
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.link == cnipa
