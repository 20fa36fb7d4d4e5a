"""Merging a duplicate into an entity from the explorer, and splitting it out again."""

from __future__ import annotations

from store.db import Database
from tests.tui.helpers import SIZE, org_id, run_async, screen_text, settle, type_text
from tui.app import IpxApp
from tui.screens.detail import DetailScreen
from tui.screens.modals import ConfirmScreen, PickMergeScreen
from tui.screens.search import SearchScreen


@run_async
async def test_merge_and_split(database: Database) -> None:
    from store.search import index_entity
    from store.writer import add_role, new_person

    with database.session() as s:  # a duplicate of 申长雨 written in pinyin only
        dup = new_person(s, "Changyu Shen")
        assert dup.id
        add_role(s, dup.id, org_id(database, "CNIPA"), "Commissioner", start="2013-05")
        index_entity(s, "person", dup.id)
        s.commit()
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.main.table("officials").row_count == 3
        await pilot.press("slash")
        await type_text(pilot, "申长雨")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.link.name == "申长雨"
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        await type_text(pilot, "changyu shen")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Merge Changyu Shen into 申长雨?" in screen_text(app)
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        assert app.main.table("officials").row_count == 2
        assert any(line.merge_id for line in app.screen.lines)
        assert any(line.text.plain.startswith("Merged into this (1)") for line in app.screen.lines)
        await pilot.press("u")
        await settle(app, pilot)
        assert isinstance(app.screen, PickMergeScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Split Changyu Shen out of 申长雨?" in screen_text(app)
        await pilot.press("y")
        await settle(app, pilot)
        assert app.main.table("officials").row_count == 3
        assert isinstance(app.screen, DetailScreen)
        assert not any(line.merge_id for line in app.screen.lines)


@run_async
async def test_merge_is_offered_only_for_people_and_organisations(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "enter")
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)  # no search opened for an agreement


@run_async
async def test_an_entity_merged_away_while_shown_is_replaced_by_the_one_it_joined(
    database: Database,
) -> None:
    from store.merge import merge
    from store.queries import find

    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "enter")  # Daren Tang
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.link.name == "Daren Tang"
        tang = app.screen.link
        with database.session() as s:  # another process merges him into 申长雨
            shen = find(s, "申长雨", kind="person")[0]
            kept = merge(s, "person", shen.id, tang.id, reason="test", decided_by="test")
            s.commit()
        await pilot.press("r")
        await settle(app, pilot)
        assert app.screen.link.id == kept.kept_id != tang.id  # type: ignore[attr-defined]
        assert app.history.current == app.screen.link  # type: ignore[attr-defined]
        assert screen_text(app).splitlines()[0].strip().startswith("申长雨")
