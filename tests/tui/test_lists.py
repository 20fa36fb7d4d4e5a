"""The home screen: three lists with counts, the filter, refresh, the wide preview, themes;
a long list read a page at a time as the cursor comes near."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.cells import cell_len

from store.db import Database, open_database
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tests.tui.kb import make_db
from tui.app import IpxApp


@run_async
async def test_lists_show_rows_and_counts(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.main
        assert main.loaded
        text = screen_text(app)
        assert "Organisations (5)" in text and "Agreements (2)" in text
        assert "Officials (2)" in text
        assert "Intellectual Property Office of Singapore" in text and "IPOS" in text
        assert main.table("organisations").row_count == 5
        await pilot.press("3")
        await settle(app, pilot)
        text = screen_text(app)
        assert "Daren Tang · 邓鸿森" in text and "申长雨 · Shen Changyu" in text
        assert "Director General" in text
        await pilot.press("2")
        await settle(app, pilot)
        text = screen_text(app)
        assert "2017-02" in text and "IPOS, CNIPA" in text
        for line in text.splitlines():  # nothing wider than the terminal
            assert cell_len(line) <= 80


@run_async
async def test_filter_narrows_every_list(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await type_text(pilot, "ipos")
        await settle(app, pilot)
        assert app.main.table("organisations").row_count == 2  # IPOS and IPOS International
        assert app.main.table("agreements").row_count == 2  # both have IPOS as a party
        assert app.main.table("officials").row_count == 0
        assert "Organisations (2/5)" in screen_text(app)
        await pilot.press("enter", "escape")
        await settle(app, pilot)
        assert app.main.table("organisations").row_count == 5


@run_async
async def test_theme_toggle(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "textual-dark"
        await pilot.press("t")
        assert app.theme == "textual-light"
        await pilot.press("t")
        assert app.theme == "textual-dark"


@run_async
async def test_refresh_shows_what_an_import_wrote(database: Database) -> None:
    from store.writer import new_organisation

    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.main.table("organisations").row_count == 5
        other = open_database(database.url)  # another connection, as `ipx import` would be
        with other.session() as s:
            new_organisation(s, "Korean Intellectual Property Office", kind="ip_office")
            s.commit()
        other.engine.dispose()
        await pilot.press("r")
        await settle(app, pilot)
        assert app.main.table("organisations").row_count == 6
        assert "Organisations (6)" in screen_text(app)


@run_async
async def test_wide_layout_has_a_preview(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.pause(0.2)
        await settle(app, pilot)
        text = screen_text(app)
        assert "Names (5)" in text and "Officials (1)" in text  # CNIPA, the first row


@pytest.fixture
def long_lists(tmp_path: Path) -> Iterator[Database]:
    """The knowledge base with 300 more organisations than fit on a first page."""
    db = open_database(make_db(tmp_path, extra_orgs=300))
    yield db
    db.engine.dispose()


@run_async
async def test_a_long_list_reads_its_rows_as_the_cursor_comes_near(long_lists: Database) -> None:
    from store.queries import list_organisations

    app = IpxApp(long_lists)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        table = app.main.table("organisations")
        assert "Organisations (305)" in screen_text(app)
        assert table.row_count < 305  # a few screens are drawn, not the whole list
        for _ in range(40):
            await pilot.press("pagedown")
            await settle(app, pilot)
        assert table.cursor_row == 304 and table.row_count == 305
        with long_lists.session() as s:
            expected = [o.name for o in list_organisations(s)]
        assert [r.link.name for r in table.shown] == expected  # in order, none twice
        assert "Filler Office 00299" in screen_text(app)


@run_async
async def test_free_text_finds_rows_past_the_first_page(long_lists: Database) -> None:
    app = IpxApp(long_lists)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await type_text(pilot, "office 0029")
        await settle(app, pilot)
        names = [r.link.name for r in app.main.table("organisations").shown]
        assert names == [f"Filler Office {i:05d}" for i in (29, *range(290, 300))]
        assert "Organisations (11/305)" in screen_text(app)
