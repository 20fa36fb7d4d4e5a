"""Search as you type (pinyin, initials, Chinese) and the command palette."""

from __future__ import annotations

from store.db import Database
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tui.app import IpxApp
from tui.screens.detail import DetailScreen
from tui.screens.search import SearchScreen


@run_async
async def test_search_as_you_type_pinyin_initials(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        await type_text(pilot, "scy")  # 申长雨 by pinyin initials
        await settle(app, pilot)
        assert "申长雨" in screen_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.link.name == "申长雨"
        assert "Commissioner" in screen_text(app)
        await pilot.press("slash")
        await type_text(pilot, "邓鸿森")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.link.name == "Daren Tang"  # type: ignore[attr-defined]
        assert "申长雨 › Daren Tang" in screen_text(app)


@run_async
async def test_command_palette_finds_an_entity(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await type_text(pilot, "wipo")
        await pilot.pause(0.6)
        await settle(app, pilot)
        assert "World Intellectual Property Organization" in screen_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.link.name == "World Intellectual Property Organization"


@run_async
async def test_palette_actions(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        for t in ("Show Officials", "Search", "Path to…", "Toggle dark/light theme", "Refresh"):
            assert t in commands
        assert commands["Search"].endswith("(/)") and commands["Show Officials"].endswith("(3)")
        await pilot.press("ctrl+p")
        await type_text(pilot, "show officials")
        await pilot.pause(0.6)
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main.active_pane == "officials"
