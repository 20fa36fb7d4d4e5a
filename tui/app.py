"""The ipx explorer: IpxApp(database) and run(database).

Screens: the lists (tui.screens.main), the detail view (tui.screens.detail), search,
sources, path, confirmation and help modals. Navigation between detail views is a
browser-like History (tui.history). Every binding has an id; see tui/__init__.py for
remapping keys with a keymap file.
"""

from __future__ import annotations

import asyncio
import os
import time
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from store.db import Database
from store.queries import Source
from tui.commands import EntityProvider
from tui.data import EMPTY, Catalog, Link, load_catalog, load_path, load_sources
from tui.history import History
from tui.screens.detail import DetailScreen
from tui.screens.main import PANES, TITLES, MainScreen
from tui.screens.modals import ConfirmScreen, HelpScreen, PickMergeScreen, SourcesScreen
from tui.screens.path import PathScreen
from tui.screens.search import SearchScreen

THEMES = ("textual-dark", "textual-light")
# what the help screen says for a binding id, where the footer's short label is not enough
HELP = {
    "ipx.search": "Search everything: names, acronyms, 汉字, pinyin, initials",
    "ipx.help": "This list of keys",
    "ipx.history.back": "Back in the history (like a browser)",
    "ipx.history.forward": "Forward in the history",
    "ipx.refresh": "Reload the lists and the view (after an import)",
    "ipx.theme": "Toggle the dark and light theme",
    "ipx.quit": "Quit",
    "ipx.pane.organisations": "Organisations list",
    "ipx.pane.agreements": "Agreements list",
    "ipx.pane.officials": "Officials list",
    "ipx.filter": "Filter the lists (as you type)",
    "ipx.filter.clear": "Clear the filter",
    "ipx.sources": "Source sentences of the highlighted entity",
    "ipx.path": "Path from the highlighted entity to another",
    "ipx.back": "Back (to the lists from the first view)",
    "ipx.detail.sources": "Source sentences of the highlighted fact",
    "ipx.detail.path": "Path from this entity to another",
    "ipx.merge": "Merge a duplicate into this entity",
    "ipx.split": "Split a merge of this entity",
    "ipx.search.close": "Close the search",
    "ipx.search.results": "Move into the results",
}
KEYMAP_NOTE = (
    'Remap any key by its id: put lines like  "ipx.search" = "ctrl+f"  in keymap.toml '
    "in the ipx config folder, or in the file named by IPX_KEYMAP."
)


def keymap_path() -> Path:
    env = os.environ.get("IPX_KEYMAP")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("ipx", appauthor=False)) / "keymap.toml"


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """{binding id: keys} from a TOML file; a missing or broken file is an empty keymap."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


class IpxApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "ipx"
    COMMANDS = App.COMMANDS | {EntityProvider}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("slash", "search", "Search", id="ipx.search"),
        Binding("question_mark", "help", "Keys", id="ipx.help"),
        Binding("left_square_bracket", "history_back", "Back", show=False, id="ipx.history.back"),
        Binding(
            "right_square_bracket",
            "history_forward",
            "Forward",
            show=False,
            id="ipx.history.forward",
        ),
        Binding("r", "refresh", "Refresh", id="ipx.refresh"),
        Binding("t", "toggle_theme", "Theme", show=False, id="ipx.theme"),
        Binding("q", "quit", "Quit", id="ipx.quit"),
    ]

    def __init__(self, database: Database, *, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.timings: dict[str, float] = {"start": time.perf_counter()}  # for bench/bench_tui.py
        self.database = database
        self.history: History[Link] = History()
        self.catalog: Catalog = EMPTY
        self._keymap = keymap or {}
        self.theme = THEMES[0]

    # ------------------------------------------------------------ lifecycle

    def on_mount(self) -> None:
        if self._keymap:
            self.set_keymap(self._keymap)
        self.push_screen(MainScreen())

    @property
    def main(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def load_catalog(self) -> Catalog:
        """Called from a worker thread by the main screen; the detail views reuse it."""
        cat = load_catalog(self.database)
        self.catalog = cat
        return cat

    # ------------------------------------------------------------ navigation

    def open_entity(self, link: Link) -> None:
        self.history.visit(link)
        self._show_current()

    def _detail_screen(self) -> DetailScreen | None:
        return self.screen if isinstance(self.screen, DetailScreen) else None

    def _show_current(self) -> None:
        current = self.history.current
        screen = self._detail_screen()
        if current is None:
            if screen is not None:
                self.pop_screen()
            return
        if screen is not None:
            screen.show(current)
        else:
            self.push_screen(DetailScreen(current))

    def action_history_back(self) -> None:
        if self.history.can_back:
            self.history.back()
            self._show_current()

    def action_history_forward(self) -> None:
        if self.history.can_forward:
            self.history.forward()
            self._show_current()

    def action_home(self) -> None:
        self.history.home()
        self._show_current()

    # ------------------------------------------------------------ search, sources, path

    def action_search(self) -> None:
        def opened(link: Link | None) -> None:
            if link is not None:
                self.open_entity(link)

        self.push_screen(SearchScreen(), opened)

    def show_sources(self, sources: list[Source], about: str) -> None:
        self.push_screen(SourcesScreen(sources, about))

    @work(group="sources")
    async def show_sources_of(self, link: Link) -> None:
        sources = await asyncio.to_thread(load_sources, self.database, link)
        self.show_sources(sources, link.name)

    def action_path_from(self, a: Link) -> None:
        def chosen(b: Link | None) -> None:
            if b is not None:
                self._show_path(a, b)

        self.push_screen(SearchScreen(f"Path from {self.catalog.short(a)} to…", exclude=a), chosen)

    def action_path(self) -> None:
        """Path from the entity on screen (or highlighted in the list) to another one."""
        screen = self.screen
        if isinstance(screen, DetailScreen):
            self.action_path_from(screen.link)
        elif isinstance(screen, MainScreen) and (link := screen.active_table.current_link):
            self.action_path_from(link)
        else:
            self.notify("Open or highlight an entity first")

    @work(group="path")
    async def _show_path(self, a: Link, b: Link) -> None:
        steps = await asyncio.to_thread(load_path, self.database, a, b)

        def follow(link: Link | None) -> None:
            if link is not None:
                self.open_entity(link)

        self.push_screen(PathScreen(a, b, steps, self.catalog), follow)

    # ------------------------------------------------------------ curation

    def start_merge(self, keep: Link) -> None:
        if keep.kind not in ("organisation", "person"):
            self.notify("Only organisations and officials can be merged", severity="warning")
            return

        def confirmed(other: Link, yes: bool | None) -> None:
            if yes:
                self._merge(keep, other)

        def chosen(other: Link | None) -> None:
            if other is None:
                return
            self.push_screen(
                ConfirmScreen(
                    f"Merge {other.name} into {keep.name}?",
                    f"{other.ref} becomes part of {keep.ref}: its names, roles, agreements and "
                    "sources move over. The merge is recorded and can be split again (u).",
                ),
                lambda yes: confirmed(other, yes),
            )

        self.push_screen(
            SearchScreen(f"Merge into {keep.name}: find the duplicate", keep.kind, exclude=keep),
            chosen,
        )

    @work(group="curation")
    async def _merge(self, keep: Link, other: Link) -> None:
        from tui.data import merge_entities

        try:
            await asyncio.to_thread(merge_entities, self.database, keep.kind, keep.id, other.id)
        except Exception as exc:  # MergeError and database errors: say why, keep going
            self.notify(str(exc).splitlines()[0] if str(exc) else repr(exc), severity="error")
            return
        self.notify(f"Merged {other.name} into {keep.name}")
        self._after_change()

    def start_split(self, link: Link, merges: list[Any]) -> None:
        if not merges:
            self.notify("Nothing has been merged into this entity")
            return

        def confirmed(merge_id: int, yes: bool | None) -> None:
            if yes:
                self._split(merge_id)

        def chosen(merge_id: int | None) -> None:
            if merge_id is None:
                return
            m = next(m for m in merges if m.id == merge_id)
            name = m.__dict__.get("_merged_name", f"#{m.merged_id}")
            self.push_screen(
                ConfirmScreen(f"Split {name} out of {link.name}?"),
                lambda yes: confirmed(merge_id, yes),
            )

        self.push_screen(PickMergeScreen(link.name, merges), chosen)

    @work(group="curation")
    async def _split(self, merge_id: int) -> None:
        from tui.data import split_merge

        try:
            await asyncio.to_thread(split_merge, self.database, merge_id)
        except Exception as exc:
            self.notify(str(exc).splitlines()[0] if str(exc) else repr(exc), severity="error")
            return
        self.notify("Merge split")
        self._after_change()

    def _after_change(self) -> None:
        self.main.reload()
        screen = self._detail_screen()
        if screen is not None:
            screen.show(screen.link)

    # ------------------------------------------------------------ misc actions

    def action_refresh(self) -> None:
        """Reload the lists (and the detail on screen): an import may have written since."""
        self.main.reload()
        screen = self._detail_screen()
        if screen is not None:
            screen.show(screen.link)
        self.notify("Reloaded", timeout=1.5)

    def action_toggle_theme(self) -> None:
        self.theme = THEMES[1] if self.theme == THEMES[0] else THEMES[0]

    def action_pane(self, pane: str) -> None:
        while not isinstance(self.screen, MainScreen):
            self.pop_screen()
        self.history.home()
        self.main.action_pane(pane)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.key_groups(), KEYMAP_NOTE))

    def key_groups(self) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """Every binding by where it works, with the keys in force (after a keymap)."""

        def rows(bindings: Iterable[Binding | tuple[str, ...]]) -> list[tuple[str, str, str]]:
            out = []
            for b in bindings:
                if not isinstance(b, Binding):
                    continue
                keys = self._keymap.get(b.id or "", b.key)
                shown = ", ".join(
                    self.get_key_display(Binding(k.strip(), "")) for k in keys.split(",")
                )
                out.append((shown, HELP.get(b.id or "", b.description or b.action), b.id or ""))
            return out

        everywhere = rows(self.BINDINGS) + [
            ("ctrl+p", "Command palette: find and open anything", "")
        ]
        return [
            ("Everywhere", everywhere),
            (
                "Lists",
                rows(MainScreen.BINDINGS)
                + [("enter", "Open the highlighted row", ""), ("tab", "Next widget", "")],
            ),
            (
                "Detail view",
                rows(DetailScreen.BINDINGS) + [("enter", "Follow the link / show the sources", "")],
            ),
            ("Search", rows(SearchScreen.BINDINGS) + [("enter", "Open the result", "")]),
        ]

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for i, pane in enumerate(PANES, 1):
            yield SystemCommand(
                f"Show {TITLES[pane]}",
                f"Switch to the {TITLES[pane].lower()} list ({i})",
                lambda pane=pane: self.action_pane(pane),  # type: ignore[misc]
            )
        yield SystemCommand(
            "Search", "Find an organisation, official or agreement (/)", self.action_search
        )
        yield SystemCommand(
            "Path to…", "How the current entity connects to another (p)", self.action_path
        )
        yield SystemCommand(
            "Toggle dark/light theme",
            "Switch between the dark and light theme (t)",
            self.action_toggle_theme,
        )
        yield SystemCommand(
            "Refresh", "Reload the lists from the database (r)", self.action_refresh
        )
        yield SystemCommand("Keys", "Every key and its id (?)", self.action_help)


def run(database: Database) -> None:
    """Open the explorer on DATABASE (the terminal's full screen) until the user quits."""
    IpxApp(database, keymap=load_keymap()).run()
