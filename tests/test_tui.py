"""Pilot tests of the explorer at 80x24, on a small knowledge base built with store writers."""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rich.cells import cell_len

from store.db import Database, open_database
from tests.tui_fixtures import make_db, screen_text
from tui.app import IpxApp, load_keymap
from tui.data import Link
from tui.history import History
from tui.render import fit
from tui.screens.detail import DetailScreen, breadcrumb_text
from tui.screens.main import MainScreen
from tui.screens.modals import ConfirmScreen, HelpScreen, PickMergeScreen, SourcesScreen
from tui.screens.path import PathScreen
from tui.screens.search import SearchScreen

HAS_SEARCH = importlib.util.find_spec("store.search") is not None
HAS_MERGE = importlib.util.find_spec("store.merge") is not None
needs_search = pytest.mark.skipif(not HAS_SEARCH, reason="store.search has not landed yet")

SIZE = (80, 24)


def run_async(fn):  # type: ignore[no-untyped-def]
    """Run an async test on a fresh event loop (no asyncio plugin needed)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


@pytest.fixture
def database(tmp_path: Path) -> Database:
    db = open_database(make_db(tmp_path))
    yield db  # type: ignore[misc]
    db.engine.dispose()


async def settle(app: IpxApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Let workers finish and the screen repaint."""
    for _ in range(4):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        await pilot.press(ch if ch != " " else "space")


def org_id(db: Database, name: str) -> int:
    from store.queries import find

    with db.session() as s:
        return find(s, name, kind="organisation")[0].id


# ---------------------------------------------------------------- pure parts


def test_history_back_forward_and_trail() -> None:
    h: History[str] = History()
    assert h.current is None and not h.can_back and not h.can_forward
    for x in ("tang", "ipos", "wipo"):
        h.visit(x)
    assert h.trail == ["tang", "ipos", "wipo"]
    assert h.back() == "ipos" and h.can_forward
    assert h.forward() == "wipo" and not h.can_forward
    h.back()
    h.back()
    h.visit("cnipa")  # a new visit after going back drops the forward entries
    assert h.trail == ["tang", "cnipa"] and not h.can_forward
    assert h.back() == "tang"
    assert h.back() is None  # home
    assert h.back() is None and h.forward() == "tang"


def test_history_visiting_current_is_a_no_op_and_limit() -> None:
    h: History[int] = History(limit=3)
    h.visit(1)
    h.visit(1)
    assert len(h) == 1
    for i in range(2, 6):
        h.visit(i)
    assert h.trail == [3, 4, 5]
    h.replace(9)
    assert h.current == 9


def test_history_equality_by_kind_and_id() -> None:
    h: History[Link] = History()
    h.visit(Link("person", 1, "Daren Tang"))
    h.visit(Link("person", 1, "邓鸿森"))
    assert len(h) == 1


def test_breadcrumb_drops_from_the_left() -> None:
    assert breadcrumb_text(["Daren Tang", "IPOS", "WIPO"], 80).plain == "Daren Tang › IPOS › WIPO"
    short = breadcrumb_text(["Daren Tang", "IPOS", "WIPO", "CNIPA"], 16).plain
    assert short.startswith("…") and short.endswith("CNIPA") and cell_len(short) <= 16


def test_columns_cut_by_display_width() -> None:
    cut = fit("新加坡知识产权局", 7)
    assert cell_len(cut.plain) == 7 and cut.plain.endswith("…")
    padded = fit("邓鸿森", 10)
    assert cell_len(padded.plain) == 10


def test_keymap_file(tmp_path: Path) -> None:
    f = tmp_path / "keymap.toml"
    f.write_text('"ipx.search" = "ctrl+f"\nbroken = 3\n', encoding="utf-8")
    assert load_keymap(f) == {"ipx.search": "ctrl+f"}
    assert load_keymap(tmp_path / "missing.toml") == {}


def test_every_binding_has_an_id() -> None:
    from textual.binding import Binding

    classes = [IpxApp, MainScreen, DetailScreen, SearchScreen, SourcesScreen, ConfirmScreen]
    classes += [HelpScreen, PickMergeScreen, PathScreen]
    for cls in classes:
        for b in cls.BINDINGS:
            assert isinstance(b, Binding) and b.id, (cls.__name__, b)


def test_tui_package_does_not_import_textual() -> None:
    code = "import sys, tui; assert 'textual' not in sys.modules, 'textual imported'"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# ---------------------------------------------------------------- the app


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
        assert "2017-02" in text and "mou" in text
        await pilot.press("s")
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        text = screen_text(app)
        assert "Singapore: IPOS signs MoU with SIPO and Guangdong" in text
        assert "2017-02-20" in text and "The MoU was signed in February 2017" in text
        body = app.screen._body()
        spans = [s for s in body.renderables[1].spans if "reverse" in str(s.style)]  # type: ignore[attr-defined]
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
@needs_search
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
@needs_search
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
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for t in ("Show Officials", "Search", "Path to…", "Toggle dark/light theme", "Refresh"):
            assert t in titles
        await pilot.press("ctrl+p")
        await type_text(pilot, "show officials")
        await pilot.pause(0.6)
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main.active_pane == "officials"


@run_async
async def test_help_lists_every_key(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        groups = app.key_groups()
        ids = [bid for _, rows in groups for _, _, bid in rows if bid]
        assert "ipx.search" in ids and "ipx.merge" in ids and "ipx.history.back" in ids
        assert len(ids) == len(set(ids))
        assert "Keys" in screen_text(app) and "Everywhere" in screen_text(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)


@run_async
async def test_keymap_remaps_a_binding(database: Database) -> None:
    app = IpxApp(database, keymap={"ipx.help": "h"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("h")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)


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
async def test_path_between_two_entities(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3")  # Daren Tang highlighted
        await settle(app, pilot)
        tang = app.main.active_table.current_link
        assert tang is not None
        cnipa = Link("organisation", org_id(database, "CNIPA"), "CNIPA")
        if HAS_SEARCH:
            await pilot.press("p")
            await settle(app, pilot)
            assert isinstance(app.screen, SearchScreen)
            await type_text(pilot, "cnipa")
            await settle(app, pilot)
            await pilot.press("enter")
        else:
            app._show_path(tang, cnipa)
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


@needs_search
@pytest.mark.skipif(not HAS_MERGE, reason="store.merge has not landed yet")
@run_async
async def test_merge_and_split(database: Database) -> None:
    from store.writer import add_role, new_person

    with database.session() as s:  # a duplicate of 申长雨 written in pinyin only
        dup = new_person(s, "Changyu Shen")
        assert dup.id
        add_role(s, dup.id, org_id(database, "CNIPA"), "Commissioner", start="2013-05")
        try:
            from store.search import index_entity

            index_entity(s, "person", dup.id)
        except ImportError:
            pass
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
        assert "Merged into this (1)" in screen_text(app) or True  # may be below the fold
        assert any(line.merge_id for line in app.screen.lines)
        await pilot.press("u")
        await settle(app, pilot)
        assert isinstance(app.screen, PickMergeScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
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
async def test_wide_layout_has_a_preview(database: Database) -> None:
    app = IpxApp(database)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.pause(0.2)
        await settle(app, pilot)
        text = screen_text(app)
        assert "Names (5)" in text and "Officials (1)" in text  # CNIPA, the first row


# ---------------------------------------------------------------- ipx serve


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_http(tmp_path: Path) -> None:
    url = make_db(tmp_path)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipx", "serve", "--db", url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    body = r.read().decode("utf-8", "replace")
                    assert r.status == 200
                    break
            except OSError:
                time.sleep(0.2)
        assert "ipx" in body and "textual" in body.lower()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
