"""Two officials called 张文 are told apart wherever the explorer lists people (search, the
palette, the Officials pane, a path), and a person known only by a Chinese name shows its
pinyin reading, marked as a reading rather than a name a document stated."""

from __future__ import annotations

from store.db import Database
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tui.app import IpxApp
from tui.screens.detail import DetailScreen
from tui.screens.path import PathScreen
from tui.screens.search import SearchScreen

CNIPA_DEPUTY = "Deputy Commissioner, CNIPA, 2018–2022"
GUANGDONG_DEPUTY = "Deputy Governor, People's Government of Guangdong Province, since 2019"


def box_text(screen: str) -> str:
    """What a modal box shows, its lines joined (a phrase may wrap at the box's edge)."""
    inside = [line.split("│")[1] for line in screen.splitlines() if line.count("│") >= 2]
    return " ".join(" ".join(inside).split())


def rows_text(screen: str) -> list[str]:
    """The screen's lines with runs of spaces squeezed, for comparing the cells of a row."""
    return [" ".join(line.split()) for line in screen.splitlines()]


@run_async
async def test_search_as_you_type_tells_two_people_of_one_name_apart(namesakes: Database) -> None:
    app = IpxApp(namesakes)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "zhang w")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        assert [r.link.name for r in app.screen.results] == ["张文", "张文"]
        shown = box_text(screen_text(app))
        assert CNIPA_DEPUTY in shown and GUANGDONG_DEPUTY in shown
        # the one a document names in Latin letters shows that name; the other its reading
        assert "张文 · Zhang Wen — Deputy Commissioner" in shown
        assert "张文 · Zhang Wen (reading) — Deputy Governor" in shown
        await pilot.press("down", "down", "enter")  # to the results, the second, open
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        assert "Deputy Governor" in screen_text(app)


@run_async
async def test_the_palette_names_each_namesake_with_its_role(namesakes: Database) -> None:
    app = IpxApp(namesakes)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "张文")
        await pilot.pause(0.6)
        await settle(app, pilot)
        shown = screen_text(app)
        assert CNIPA_DEPUTY in shown and GUANGDONG_DEPUTY in shown
        assert "person: 张文 · Zhang Wen (reading)" in shown


@run_async
async def test_the_officials_pane_shows_current_or_latest_role_and_years(
    namesakes: Database,
) -> None:
    app = IpxApp(namesakes)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        await settle(app, pilot)
        rows = rows_text(screen_text(app))
        assert "Official Role (current or latest)" in rows
        assert "Daren Tang · 邓鸿森 Director General, WIPO, since 2020" in rows  # not IPOS
        assert f"张文 · Zhang Wen {CNIPA_DEPUTY}" in rows
        at = rows.index(
            "张文 · Zhang Wen (reading) Deputy Governor, People's Government of Guangdong Province,"
        )
        assert rows[at + 1] == "since 2019"  # a long role wraps under itself
        # a Chinese-only name has its reading beside it; a stated Latin name needs none
        wang = "王靖宇 · Wang Jingyu (reading)"
        assert f"{wang} Director of International Cooperation, CNIPA, since 2020" in rows
        assert "申长雨 · Shen Changyu Commissioner, CNIPA, 2013–2022" in rows


@run_async
async def test_at_80_columns_officials_and_roles_wrap_rather_than_being_cut(
    namesakes: Database,
) -> None:
    app = IpxApp(namesakes)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        await settle(app, pilot)
        screen = screen_text(app)
        assert "…" not in screen
        rows = rows_text(screen)
        at = rows.index("张文 · Zhang Wen (reading) Deputy Governor, People's Government of")
        assert rows[at + 1] == "Guangdong Province, since 2019"  # the rest of the role, below
        at = rows.index("王靖宇 · Wang Jingyu Director of International Cooperation,")
        assert rows[at + 1] == "(reading) CNIPA, since 2020"


@run_async
async def test_a_path_names_the_person_it_goes_through(namesakes: Database) -> None:
    app = IpxApp(namesakes)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        await settle(app, pilot)
        table = app.main.active_table
        row = next(i for i, r in enumerate(table.shown) if "Deputy Governor" in str(r.cells[1]))
        table.move_cursor(row=row)
        await pilot.press("p")
        await type_text(pilot, "ipos")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PathScreen)
        shown = box_text(screen_text(app))
        assert f"张文 {GUANGDONG_DEPUTY}" in shown
        assert "—Deputy Governor→ People's Government of Guangdong Province" in shown


@run_async
async def test_the_detail_of_a_chinese_only_name_gives_its_reading(namesakes: Database) -> None:
    app = IpxApp(namesakes)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "wjy")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        assert "王靖宇 · Wang Jingyu (reading)  official" in screen_text(app)
