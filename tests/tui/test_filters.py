"""The filter bar (issue 12, item 4): free text as before, plus `year:`, `kind:`, `party:` and
`country:` fields that narrow every list by what applies to it; the active filter is shown
under the bar, a mistake is one line there and leaves the lists as they were, Esc clears.

The knowledge base (tests/tui/kb.py): IPOS (an IP office, Singapore), WIPO (an IGO), CNIPA
(an IP office, China, once SIPO), Guangdong's government and IPOS International (a company,
Singapore); an MoU of 2017 between IPOS, CNIPA and Guangdong, and a PPH of 2013 between IPOS
and CNIPA; Daren Tang (IPOS 2015-2020, then WIPO since 2020) and Shen Changyu (CNIPA
2013-2022).
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input, Static

from store.db import Database
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tui.app import IpxApp


async def _paste(app: IpxApp, pilot: Any, text: str) -> None:
    """Put TEXT in the filter bar as a paste does, and wait for the lists."""
    bar = app.main.query_one("#filter", Input)
    if not bar.has_focus:
        await pilot.press("f")
    bar.post_message(events.Paste(text))
    await pilot.pause(0.1)
    await settle(app, pilot)


def _names(app: IpxApp, pane: str) -> list[str]:
    return [r.link.name for r in app.main.table(pane).shown]


def _status(app: IpxApp) -> str:
    line = app.main.query_one("#filter-status", Static)
    return str(line.render()) if line.display else ""


@run_async
async def test_a_year_range_narrows_every_list_by_what_happened_then(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _paste(app, pilot, "year:2017..2019")
        assert _names(app, "agreements") == [
            "Memorandum of Understanding on a Tripartite Cooperation Framework"
        ]
        # the organisations that signed something then, the officials in office then
        assert sorted(_names(app, "organisations")) == [
            "China National Intellectual Property Administration",
            "Intellectual Property Office of Singapore",
            "People's Government of Guangdong Province",
        ]
        assert sorted(_names(app, "officials")) == ["Daren Tang", "申长雨"]
        text = screen_text(app)
        assert "filter: year 2017–2019" in text
        assert "1 Organisations (3)" in text and "2 Agreements (1)" in text


@run_async
async def test_a_role_held_until_now_counts_in_every_later_year(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _paste(app, pilot, "year:2023")
        assert _names(app, "officials") == ["Daren Tang"]  # WIPO since 2020; Shen left 2022
        assert _names(app, "agreements") == []


@run_async
async def test_kind_reads_as_an_agreement_kind_or_an_organisation_kind(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _paste(app, pilot, "kind:mou")
        assert len(_names(app, "agreements")) == 1
        assert len(_names(app, "organisations")) == 3  # the MoU's parties
        assert len(_names(app, "officials")) == 2  # an agreement's kind says nothing of roles
        await pilot.press("escape")
        await _paste(app, pilot, "kind:ip_office")
        assert sorted(_names(app, "organisations")) == [
            "China National Intellectual Property Administration",
            "Intellectual Property Office of Singapore",
        ]
        assert len(_names(app, "agreements")) == 2  # both have an IP office among the parties
        assert sorted(_names(app, "officials")) == ["Daren Tang", "申长雨"]
        await pilot.press("escape")
        await _paste(app, pilot, "kind:igo")
        assert _names(app, "officials") == ["Daren Tang"]  # WIPO
        assert _names(app, "agreements") == []


@run_async
async def test_a_party_lists_its_agreements_its_partners_and_its_officials(
    database: Database,
) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for name in ("CNIPA", "SIPO"):  # its acronym, or the name it had before
            await _paste(app, pilot, f"party:{name}")
            assert len(_names(app, "agreements")) == 2
            assert sorted(_names(app, "organisations")) == [  # its partners, not itself
                "Intellectual Property Office of Singapore",
                "People's Government of Guangdong Province",
            ]
            assert _names(app, "officials") == ["申长雨"]
            assert f"filter: party {name}" in screen_text(app)
            await pilot.press("escape")
            await settle(app, pilot)


@run_async
async def test_country_and_years_ask_for_one_role_held_there_then(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _paste(app, pilot, "country:SG")
        assert sorted(_names(app, "organisations")) == [
            "IPOS International",
            "Intellectual Property Office of Singapore",
        ]
        assert _names(app, "officials") == ["Daren Tang"]
        assert len(_names(app, "agreements")) == 2
        await pilot.press("escape")
        await _paste(app, pilot, "country:SG year:2021")  # he was at WIPO by then
        assert _names(app, "officials") == []


@run_async
async def test_fields_and_free_text_narrow_together(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _paste(app, pilot, "kind:mou ipos")
        assert _names(app, "organisations") == ["Intellectual Property Office of Singapore"]
        assert len(_names(app, "agreements")) == 1
        assert 'filter: kind MoU · "ipos"' in screen_text(app)
        assert "1 Organisations (1/3)" in screen_text(app)


@run_async
async def test_typed_a_key_at_a_time_the_filter_applies_as_it_completes(
    database: Database,
) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await type_text(pilot, "year:2013")
        await pilot.press("enter")
        await settle(app, pilot)
        assert _names(app, "agreements") == ["Patent Prosecution Highway pilot"]
        assert app.main.active_table.has_focus  # Enter went back to the list


@run_async
async def test_a_mistake_is_one_line_and_leaves_the_lists_as_they_were(
    database: Database,
) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _paste(app, pilot, "kind:mou")
        before = {p: _names(app, p) for p in ("organisations", "agreements", "officials")}
        await _paste(app, pilot, " colour:red")
        assert _status(app).startswith("colour: unknown filter field")
        assert "\n" not in _status(app)
        assert {p: _names(app, p) for p in before} == before
        await pilot.press("enter")  # Enter on a mistake says it again, and stays in the bar
        await settle(app, pilot)
        assert app.main.query_one("#filter", Input).has_focus
        assert {p: _names(app, p) for p in before} == before


@run_async
async def test_esc_clears_the_filter_and_the_line_that_showed_it(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _paste(app, pilot, "party:CNIPA year:2013")
        assert len(_names(app, "agreements")) == 1
        assert "filter: year 2013 · party CNIPA" in screen_text(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.main.query_one("#filter", Input).value == ""
        assert _status(app) == ""
        assert len(_names(app, "organisations")) == 5
        assert len(_names(app, "agreements")) == 2
        text = screen_text(app)
        assert "filter:" not in text and "1 Organisations (5)" in text
