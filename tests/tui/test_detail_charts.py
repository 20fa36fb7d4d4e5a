"""The detail view's charts (issue 12, items 1 and 2): an organisation opens with its
agreements per year, visible at 80x24, then its partners (links) and its heads on a year
axis; a person's roles are bars on a year axis, with the agreements signed or witnessed.
"""

from __future__ import annotations

from pathlib import Path

from store.db import Database, open_database
from store.writer import add_party, add_role, new_agreement, new_organisation, new_person
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tests.tui.kb import make_db
from tui.app import IpxApp
from tui.screens.detail import DetailScreen


async def _open(app: IpxApp, pilot: object, query: str) -> None:
    """Search for QUERY and open the first result, as a user would."""
    await settle(app, pilot)
    await pilot.press("slash")  # type: ignore[attr-defined]
    await type_text(pilot, query)
    await settle(app, pilot)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(app, pilot)


@run_async
async def test_an_organisation_opens_with_its_agreements_per_year_on_the_first_screen(
    database: Database,
) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, "IPOS")
        screen = app.screen
        assert isinstance(screen, DetailScreen) and screen.link.name.endswith("Singapore")
        text = screen_text(app)
        lines = text.splitlines()
        chart_at = next(i for i, line in enumerate(lines) if "Agreements per year" in line)
        assert "2 agreements, 2013–2017" in lines[chart_at]
        years = next(line for line in lines[chart_at + 1 :] if "2013" in line)
        assert years.split() == ["2013", "2014", "2015", "2016", "2017"]  # every year named
        assert "█ MoU" in text and "▓ PPH" in text  # the kinds, by shade
        # then the partners, ranked, with their first and last year, on the same screen
        assert "Partners (2)" in text
        assert "2 agreements  2013–2017  CNIPA" in text
        assert "Heads over time (1)" in text and "Chief Executive" in text


@run_async
async def test_a_partner_link_opens_the_partner(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, "IPOS")
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        line = screen.current_line  # the cursor starts on the first link: the first partner
        assert line is not None and line.link is not None and line.link.name.startswith("China")
        await pilot.press("down")  # the next partner
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.link.name == "People's Government of Guangdong Province"  # type: ignore[attr-defined]
        assert "IPOS › People's Government of Guangdong Province" in screen_text(app)


@run_async
async def test_the_cursor_passes_over_the_charts(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, "IPOS")
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        assert any(line.figure for line in screen.lines)
        for _ in screen.lines:
            line = screen.current_line
            assert line is not None and not line.figure and not line.heading
            await pilot.press("down")


@run_async
async def test_heads_over_time_link_to_the_head(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, "CNIPA")
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        heads = [i for i, line in enumerate(screen.lines) if "Commissioner" in line.text.plain]
        assert heads
        line = screen.lines[heads[0]]
        assert "━" in line.text.plain and line.link is not None  # a bar, then the head
        screen.query_one("#detail-lines").highlighted = heads[0]  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.link.name == "申长雨"  # type: ignore[attr-defined]


def _with_undated_roles(directory: Path) -> Database:
    """The test knowledge base, and an official with a role held now, one known only to have
    ended, one undated, who witnessed an agreement."""
    db = open_database(make_db(directory))
    with db.session() as s:
        person = new_person(s, "Ann Example", family="Example", given="Ann")
        org = new_organisation(s, "Example Patent Office", kind="ip_office", country="SG")
        assert person.id and org.id
        add_role(s, person.id, org.id, "Commissioner", start="2016-05")
        add_role(s, person.id, org.id, "Examiner", end="2011")
        add_role(s, person.id, org.id, "Adviser")
        deal = new_agreement(s, "Example work plan", "work_plan", date="2019-03")
        assert deal.id
        add_party(s, deal.id, organisation_id=org.id)
        add_party(s, deal.id, person_id=person.id, role="witness")
        from store.search import index_entity

        index_entity(s, "person", person.id)
        s.commit()
    return db


@run_async
async def test_a_persons_roles_are_bars_on_a_year_axis(tmp_path: Path) -> None:
    db = _with_undated_roles(tmp_path)
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, "Ann Example")
        screen = app.screen
        assert isinstance(screen, DetailScreen) and screen.link.name == "Ann Example"
        text = screen_text(app)
        lines = text.splitlines()
        roles = next(i for i, line in enumerate(lines) if "Roles (3)" in line)
        axis = lines[roles + 1].split()
        assert axis[0] == "2011" and axis[-1] == "2016"
        by_title = {t: next(line for line in lines if t in line) for t in ("Examiner", "Adviser")}
        by_title["Commissioner"] = next(line for line in lines if "2016-05 – now" in line)
        assert "┄" in by_title["Examiner"]  # its start is not known
        assert by_title["Commissioner"].count("▶") == 1  # held now
        assert "undated" in by_title["Adviser"].split("Adviser")[0]  # said, not drawn
        assert "Agreements signed or witnessed (1)" in text and "witness" in text
        # a role's bar is a link to the organisation
        link = next(line.link for line in screen.lines if "Examiner" in line.text.plain)
        assert link is not None and link.name == "Example Patent Office"
    db.engine.dispose()


@run_async
async def test_a_chart_takes_the_colours_of_the_theme_it_is_shown_in(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, "IPOS")
        screen = app.screen
        assert isinstance(screen, DetailScreen)

        def bar_colours() -> set[str]:
            bars = [line.text for line in screen.lines if line.figure and "█" in line.text.plain]
            return {str(span.style) for text in bars for span in text.spans}

        dark = bar_colours()
        await pilot.press("t")  # the light theme, while the chart is on screen
        await settle(app, pilot)
        light = bar_colours()
        assert dark and light and dark != light
