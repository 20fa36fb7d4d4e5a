"""Scrolling a long list with keys sent as a terminal sends them (issue 13, item 4): one
after another, without waiting for the explorer to be idle between them. Every Page Down
moves the cursor a page, also past the rows read so far (the move finishes when the next
page is read), and the cursor stays on screen.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual import events, on
from textual.app import App, ComposeResult

from store.db import Database, open_database
from store.views.refs import Ref
from tests.tui.helpers import SIZE, run_async, settle
from tests.tui.kb import make_db
from tui.app import IpxApp
from tui.widgets.entity_table import ColumnSpec, EntityTable, TableRow


def send(app: App[Any], *keys: str) -> None:
    """KEYS as the terminal driver delivers them: queued at once, no pause between them
    (Pilot's press() waits for the app to be idle after each key)."""
    for key in keys:
        app.post_message(events.Key(key, None))


def on_screen(table: EntityTable) -> bool:
    """The cursor's row is within the rows the table shows."""
    region = table._get_row_region(table.cursor_row)
    header = table.header_height if table.show_header else 0
    top = table.scroll_y + header
    return (
        top <= region.y and region.bottom <= table.scroll_y + table.scrollable_content_region.height
    )


@pytest.fixture
def long_lists(tmp_path: Path) -> Iterator[Database]:
    """The knowledge base with 300 more organisations than fit on a first page."""
    db = open_database(make_db(tmp_path, extra_orgs=300))
    yield db
    db.engine.dispose()


async def _pages_down(db: Database, pages: int, *, at_once: bool) -> tuple[int, bool]:
    """Where the cursor of the Organisations list ends after PAGES Page Downs (pressed one
    by one, or sent at once as soon as the first rows show), and whether it is on screen."""
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.main.table("organisations")
        while not table.row_count:  # the first rows show; the next page may still be read
            await asyncio.sleep(0.001)
        if at_once:
            send(app, *["pagedown"] * pages)
        else:
            await settle(app, pilot)
            for _ in range(pages):
                await pilot.press("pagedown")
        await settle(app, pilot)
        return table.cursor_row, on_screen(table)


@run_async
async def test_page_down_sent_without_pausing_lands_where_pressing_it_does(
    long_lists: Database,
) -> None:
    for pages in (4, 9, 14):
        one_by_one = await _pages_down(long_lists, pages, at_once=False)
        at_once = await _pages_down(long_lists, pages, at_once=True)
        assert at_once == one_by_one, pages
        assert at_once[1]  # on screen
    assert one_by_one[0] > 200  # past the first page read (100 rows)


# ------------------------------------------------------------------ a list whose pages wait


COLUMNS = [ColumnSpec("name", "Name")]


def _rows(start: int, stop: int) -> list[TableRow]:
    return [
        TableRow.make(Ref("organisation", i, f"Office {i:04d}"), f"Office {i:04d}")
        for i in range(start, stop)
    ]


class Paged(App[None]):
    """One EntityTable whose next page comes only when the test hands it over, as a page of
    a million names is still being read while the keys arrive."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def compose(self) -> ComposeResult:
        yield EntityTable(COLUMNS)

    def on_mount(self) -> None:
        table = self.query_one(EntityTable)
        table.set_rows(_rows(0, 100), more=True)
        table.focus()

    @on(EntityTable.NeedMore)
    def _need_more(self) -> None:
        self.asked += 1


@run_async
async def test_a_page_down_past_the_rows_read_finishes_when_the_next_page_comes() -> None:
    app = Paged()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.query_one(EntityTable)
        page = table.scrollable_content_region.height - table.header_height
        assert app.asked == 1  # the next page is asked for at once: it will be needed soon
        send(app, *["pagedown"] * 8)  # 8 pages: past the 100 rows read
        await pilot.pause()
        assert table.cursor_row == 99 and on_screen(table)  # as far as there are rows
        table.extend(_rows(100, 500), more=True)
        await pilot.pause()
        assert table.cursor_row == 8 * page and on_screen(table)  # the rest of the move
        send(app, *["pageup"] * 2, "down", "down")
        await pilot.pause()
        assert table.cursor_row == 6 * page + 2 and on_screen(table)


@run_async
async def test_keys_that_wait_for_a_page_keep_their_order() -> None:
    app = Paged()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.query_one(EntityTable)
        page = table.scrollable_content_region.height - table.header_height
        send(app, *["pagedown"] * 6, "pageup", "down", "pagedown", "pagedown")
        await pilot.pause()
        table.extend(_rows(100, 500), more=False)
        await pilot.pause()
        assert table.cursor_row == 7 * page + 1 and on_screen(table)
        send(app, *["pagedown"] * 30)  # to the end of the list
        await pilot.pause()
        assert table.cursor_row == 499 and on_screen(table)
