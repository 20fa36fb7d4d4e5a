"""Names use the width there is: at 80x24 a name is shown whole when the row has room, and
wraps within its column when it has not; only low-value columns (a date, a country code, a
count) may be cut."""

from __future__ import annotations

from rich.cells import cell_len

from store.db import Database
from store.views.sections import Cell, Column, Row, Section
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tui.app import IpxApp
from tui.render import column_widths, row_text
from tui.screens.detail import DetailScreen
from tui.widgets.entity_table import ColumnSpec, fit_widths

WIPO = "World Intellectual Property Organization"
MOU = "Memorandum of Understanding on a Tripartite Cooperation Framework"


def rows_text(screen: str) -> list[str]:
    return [" ".join(line.split()) for line in screen.splitlines()]


def assert_fits(screen: str, width: int) -> None:
    """Nothing wider than the terminal, and nothing cut (the footer's "Path to…" aside)."""
    for line in screen.splitlines()[:-1]:
        assert cell_len(line) <= width
        assert "…" not in line, line


@run_async
async def test_the_detail_view_shows_a_long_name_whole_at_80_columns(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "wipo")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        screen = screen_text(app)
        assert f"{WIPO} en/Latn primary" in rows_text(
            screen
        )  # was "World Intellectual Property O…"
        assert_fits(screen, 80)


@run_async
async def test_the_lists_show_long_names_whole_or_wrapped_at_80_columns(
    database: Database,
) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = screen_text(app)
        assert f"{WIPO} WIPO 0" in rows_text(screen)
        assert_fits(screen, 80)
        await pilot.press("2")
        await settle(app, pilot)
        screen = screen_text(app)
        assert_fits(screen, 80)
        rows = rows_text(screen)
        # the title and the parties wrap within their columns, row by row
        at = rows.index("2017-02 MoU IPOS, CNIPA, People's Memorandum of Understanding on a")
        assert rows[at + 1] == "Government of Guangdong Tripartite Cooperation Framework"
        assert rows[at + 2] == "Province"


@run_async
async def test_a_narrow_detail_view_wraps_a_row_under_itself(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "enter")  # Daren Tang
        await settle(app, pilot)
        screen = screen_text(app)
        assert_fits(screen, 60)
        lines = screen.splitlines()
        first = next(i for i, line in enumerate(lines) if "Memorandum of" in line)
        column = lines[first].index("Memorandum of")
        assert lines[first + 1][column:].startswith("Tripartite")  # under the title, not col 0
        assert lines[first + 1][:column].strip() == ""


@run_async
async def test_the_wide_preview_wraps_names_rather_than_cutting_them(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = screen_text(app)
        assert_fits(screen, 120)
        preview = " ".join(
            " ".join(line.split("▏", 1)[1].split()) for line in screen.splitlines() if "▏" in line
        )
        assert "China National Intellectual Property Administration" in preview


def test_name_columns_share_the_room_and_low_value_columns_keep_theirs() -> None:
    specs = [
        ColumnSpec("date", "Date", cap=10),
        ColumnSpec("parties", "Parties", flex=2, minimum=12),
        ColumnSpec("title", "Title", flex=3, minimum=12),
    ]
    assert fit_widths(specs, [10, 20, 30], 100) == [10, 60, 30]  # room over: to the first name
    assert fit_widths(specs, [10, 20, 80], 60) == [10, 20, 30]  # parties fit, title wraps
    assert fit_widths(specs, [10, 60, 80], 60) == [10, 20, 30]  # both wrap, by their shares


def test_a_detail_row_wraps_its_name_within_its_column() -> None:
    section = Section(
        "names",
        "Names",
        [Row((Cell(WIPO), Cell("en/Latn"), Cell("primary", "emph")))],
        (Column(cap=30, empty=10), Column(7)),
    )
    assert column_widths(section, None) == [len(WIPO), 7]  # no room given: never cut
    assert column_widths(section, 80) == [len(WIPO), 7]
    widths = column_widths(section, 40)
    assert widths == [22, 7]  # down past its cap to its longest word, no further
    assert row_text(section.rows[0], widths, 40).plain.splitlines() == [
        "World Intellectual      en/Latn  primary",
        "Property Organization",
    ]
