"""The explorer's detail view: one role stated in two languages is one row, and the sources
(the section and the `s` screen) list each sentence once, newest document first, with every
mention in it highlighted (issue 14, items 4 and 5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text

from store.db import Database, open_database
from tests.store.kb_detail import IPOS_SENTENCES, make_detail_db
from tests.tui.helpers import SIZE, run_async, screen_text, settle
from tui.app import IpxApp
from tui.screens.detail import DetailScreen
from tui.screens.modals import SourcesScreen


@pytest.fixture
def detail_database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(make_detail_db(tmp_path))
    yield db
    db.engine.dispose()


def _sentences(screen: SourcesScreen) -> list[Text]:
    """The highlighted sentences of the sources screen, in order."""
    body: Any = screen._body()
    return [r for r in body.renderables if isinstance(r, Text) and r.plain in IPOS_SENTENCES]


def _highlighted(sentence: Text) -> list[str]:
    return [sentence.plain[s.start : s.end] for s in sentence.spans if "reverse" in str(s.style)]


@run_async
async def test_a_role_in_two_languages_is_one_row(detail_database: Database) -> None:
    app = IpxApp(detail_database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "enter")  # the officials: Daren Tang
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        text = screen_text(app)
        assert "Roles (1)" in text
        (row,) = [line for line in text.splitlines() if "总干事" in line]
        assert "Director General · 总干事" in row and "2020-10-01 – now" in row and "WIPO" in row
        assert "undated" not in text


@run_async
async def test_the_sources_section_lists_each_sentence_once_newest_first(
    detail_database: Database,
) -> None:
    app = IpxApp(detail_database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("1", "enter")  # the organisations: IPOS, the most mentioned
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, DetailScreen) and screen.link.name.startswith("Intellectual")
        assert "Sources (4)" in screen_text(app)
        rows = [line for line in screen.lines if line.sources and not line.link]
        assert [line.sources[0].sentence for line in rows] == IPOS_SENTENCES
        assert [line.text.plain.split()[0] for line in rows] == [
            "2023-05-02",
            "2019-03-04",
            "2019-03-04",
            "undated",
        ]
        # Enter on the sentence that names IPOS twice: both mentions are highlighted
        twice = next(i for i, line in enumerate(screen.lines) if line is rows[2])
        screen.query_one("#detail-lines").highlighted = twice  # type: ignore[attr-defined]
        await pilot.press("s")
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        (sentence,) = _sentences(app.screen)
        assert _highlighted(sentence) == ["Intellectual Property Office of Singapore", "IPOS"]
        assert "news/2019-geneva.txt @" in screen_text(app)


@run_async
async def test_the_sources_screen_of_a_list_row_groups_by_sentence(
    detail_database: Database,
) -> None:
    app = IpxApp(detail_database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("1", "s")  # IPOS, from the organisations list
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        sentences = _sentences(app.screen)
        assert [s.plain for s in sentences] == IPOS_SENTENCES
        assert [_highlighted(s) for s in sentences] == [
            ["新加坡知识产权局"],
            ["IPOS"],
            ["Intellectual Property Office of Singapore", "IPOS"],
            ["IPOS"],
        ]
        assert "Sources · Intellectual Property Office of Singapore" in screen_text(app)
