"""Keys: one table gives the bindings, the footer, the help screen and the keymap ids."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from textual.binding import Binding

from store.db import Database
from tests.tui.helpers import SIZE, run_async, screen_text, settle
from tui import keys
from tui.app import IpxApp
from tui.keys import load_keymap
from tui.screens.detail import DetailScreen
from tui.screens.main import MainScreen
from tui.screens.modals import ConfirmScreen, HelpScreen, PickMergeScreen, SourcesScreen
from tui.screens.path import PathScreen
from tui.screens.search import SearchScreen

ROOT = Path(__file__).resolve().parents[2]
SCREENS: dict[keys.Keys, Any] = {
    keys.APP: IpxApp,
    keys.MAIN: MainScreen,
    keys.DETAIL: DetailScreen,
    keys.SEARCH: SearchScreen,
    keys.SOURCES: SourcesScreen,
    keys.CONFIRM: ConfirmScreen,
    keys.PICK_MERGE: PickMergeScreen,
    keys.PATH: PathScreen,
    keys.HELP: HelpScreen,
}


def test_keymap_file(tmp_path: Path) -> None:
    f = tmp_path / "keymap.toml"
    f.write_text('"ipx.search" = "ctrl+f"\nbroken = 3\n', encoding="utf-8")
    assert load_keymap(f) == {"ipx.search": "ctrl+f"}
    assert load_keymap(tmp_path / "missing.toml") == {}


def test_every_binding_has_an_id_and_help() -> None:
    for cls in SCREENS.values():
        for b in cls.BINDINGS:
            assert isinstance(b, Binding) and b.id, (cls.__name__, b)
    ids = [k.id for place in keys.ALL for k in place.keys if k.bound]
    assert len(ids) == len(set(ids))
    assert all(k.help for place in keys.ALL for k in place.keys)


def test_the_bindings_of_each_screen_come_from_the_table() -> None:
    for place, cls in SCREENS.items():
        table = [(k.id, k.keys, k.action, k.label, k.show) for k in place.keys if k.bound]
        bound = [(b.id, b.key, b.action, b.description, b.show) for b in cls.BINDINGS]
        assert bound == table, cls.__name__


def test_the_readme_key_table_is_true() -> None:
    """Every key the README's table names is bound (or is Textual's own) with that help."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("| key | does |", 1)[1].split("\n\n", 1)[0]
    shown = {"/": "slash", "?": "question_mark", "[": "left_square_bracket"}
    shown |= {"]": "right_square_bracket", "Esc": "escape", "Enter": "enter"}
    shown |= {"Backspace": "backspace", "ctrl+p": "ctrl+p"}
    known = {x.strip() for place in keys.ALL for k in place.keys for x in k.keys.split(",")}
    named = re.findall(r"`([^`]+)`|\b(Esc|Enter|Backspace|ctrl\+p)\b", table)
    assert len(named) >= 15
    for quoted, plain in named:
        key = quoted or plain
        assert shown.get(key, key) in known, key


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
        rows = {bid: key for _, group in app.key_groups() for key, _, bid in group}
        assert rows["ipx.help"] == "h"
