"""The ipx explorer: IpxApp(database) and run(database).

Screens: the lists (tui.screens.main), the detail view (tui.screens.detail), search,
sources, path, confirmation and help modals. The screens post messages (tui.messages) and
the app handles them: it owns the browser-like History (tui.history), the catalog of
short names, and the modal flows. Keys come from one table (tui.keys); see
tui/__init__.py for remapping them with a keymap file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from store.db import Database
from store.views.detail import MergeInfo
from store.views.refs import Ref
from tui import messages
from tui.commands import EntityProvider
from tui.data import EMPTY, Catalog, load_path, load_sources
from tui.history import History
from tui.keys import APP, KEYMAP_NOTE, MAIN, HelpRow, Keys, help_groups, load_keymap
from tui.screens.detail import DetailScreen
from tui.screens.main import PANES, TITLES, MainScreen
from tui.screens.modals import ConfirmScreen, HelpScreen, PickMergeScreen, SourcesScreen
from tui.screens.path import PathScreen
from tui.screens.search import SearchScreen

THEMES = ("textual-dark", "textual-light")


class IpxApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "ipx"
    COMMANDS = App.COMMANDS | {EntityProvider}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = APP.bindings()

    def __init__(
        self,
        database: Database,
        *,
        keymap: dict[str, str] | None = None,
        extractor_version: int | None = None,
    ) -> None:
        super().__init__()
        self.database = database
        #: today's importers' version (the CLI knows it): the header counts older documents
        self.extractor_version = extractor_version
        self.history: History[Ref] = History()
        self.catalog: Catalog = EMPTY
        self.user_keymap = keymap or {}
        self.theme = THEMES[0]

    # ------------------------------------------------------------ lifecycle

    def on_mount(self) -> None:
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        self.push_screen(MainScreen(self.database, extractor_version=self.extractor_version))

    @property
    def main(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def on_catalog_loaded(self, message: messages.CatalogLoaded) -> None:
        self.catalog = message.catalog
        if screen := self._detail_screen():
            screen.set_trail(self._trail())

    # ------------------------------------------------------------ navigation

    def on_open_entity(self, message: messages.OpenEntity) -> None:
        self.open_entity(message.link)

    def open_entity(self, link: Ref) -> None:
        self.history.visit(link)
        self._show_current()

    def _trail(self) -> list[str]:
        return [self.catalog.short(e) for e in self.history.trail]

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
            screen.show(current, self._trail())
        else:
            self.push_screen(DetailScreen(current, self.database, self._trail()))

    def on_redirected(self, message: messages.Redirected) -> None:
        self.history.replace(message.link)
        if screen := self._detail_screen():
            screen.set_trail(self._trail())

    def on_go_back(self, _: messages.GoBack) -> None:
        self.action_history_back()

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
        def opened(link: Ref | None) -> None:
            if link is not None:
                self.open_entity(link)

        self.push_screen(SearchScreen(self.database), opened)

    def on_show_sources(self, message: messages.ShowSources) -> None:
        if message.sources is not None:
            self.push_screen(SourcesScreen(message.sources, message.about))
        elif message.link is not None:
            self._sources_of(message.link, message.about)

    @work(group="sources")
    async def _sources_of(self, link: Ref, about: str) -> None:
        sources = await asyncio.to_thread(load_sources, self.database, link)
        self.push_screen(SourcesScreen(sources, about))

    def on_path_from(self, message: messages.PathFrom) -> None:
        self.path_from(message.link)

    def path_from(self, a: Ref) -> None:
        def chosen(b: Ref | None) -> None:
            if b is not None:
                self._show_path(a, b)

        title = f"Path from {self.catalog.short(a)} to…"
        self.push_screen(SearchScreen(self.database, title, exclude=a), chosen)

    def action_path(self) -> None:
        """Path from the entity on screen (or highlighted in the list) to another one."""
        screen = self.screen
        if isinstance(screen, DetailScreen):
            self.path_from(screen.link)
        elif isinstance(screen, MainScreen) and (link := screen.active_table.current_link):
            self.path_from(link)
        else:
            self.notify("Open or highlight an entity first")

    @work(group="path")
    async def _show_path(self, a: Ref, b: Ref) -> None:
        steps = await asyncio.to_thread(load_path, self.database, a, b)

        def follow(link: Ref | None) -> None:
            if link is not None:
                self.open_entity(link)

        self.push_screen(PathScreen(a, b, steps, self.catalog), follow)

    # ------------------------------------------------------------ curation

    def on_merge_with(self, message: messages.MergeWith) -> None:
        keep = message.keep
        if keep.kind not in ("organisation", "person"):
            self.notify("Only organisations and officials can be merged", severity="warning")
            return

        def confirmed(other: Ref, yes: bool | None) -> None:
            if yes:
                self._merge(keep, other)

        def chosen(other: Ref | None) -> None:
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

        title = f"Merge into {keep.name}: find the duplicate"
        self.push_screen(SearchScreen(self.database, title, kind=keep.kind, exclude=keep), chosen)

    @work(group="curation")
    async def _merge(self, keep: Ref, other: Ref) -> None:
        from tui.data import merge_entities

        try:
            await asyncio.to_thread(merge_entities, self.database, keep.kind, keep.id, other.id)
        except Exception as exc:  # MergeError and database errors: say why, keep going
            self.notify(str(exc).splitlines()[0] if str(exc) else repr(exc), severity="error")
            return
        self.notify(f"Merged {other.name} into {keep.name}")
        self._after_change()

    def on_split(self, message: messages.Split) -> None:
        link, merges = message.link, message.merges
        if not merges:
            self.notify("Nothing has been merged into this entity")
            return

        def confirmed(merge_id: int, yes: bool | None) -> None:
            if yes:
                self._split(merge_id)

        def chosen(merge_id: int | None) -> None:
            if merge_id is None:
                return
            m: MergeInfo = next(m for m in merges if m.id == merge_id)
            self.push_screen(
                ConfirmScreen(f"Split {m.merged_name} out of {link.name}?"),
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

    def on_judged(self, message: messages.Judged) -> None:
        """A review judgement or its undo: say what it did, read everything again."""
        self.notify(message.line, timeout=3)
        self._after_change()

    def _after_change(self) -> None:
        self.main.reload()
        screen = self._detail_screen()
        if screen is not None:
            screen.show(screen.link, self._trail())

    # ------------------------------------------------------------ misc actions

    def action_refresh(self) -> None:
        """Reload the lists (and the detail on screen): an import may have written since."""
        self._after_change()
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

    def key_display(self, key: str) -> str:
        """One key as the footer writes it: / for slash, ^f for ctrl+f."""
        return self.get_key_display(Binding(key, ""))

    def key_groups(self) -> list[tuple[str, list[HelpRow]]]:
        """Every binding by where it works, with the keys in force (after a keymap)."""
        return help_groups(self.user_keymap, self.key_display)

    def _keys_of(self, place: Keys, id: str) -> str:
        """The first key in force for binding ID of PLACE, for a palette entry."""
        return self.key_display(self.user_keymap.get(id, place.key(id).keys).split(",")[0])

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for pane in PANES:
            key = self._keys_of(MAIN, f"ipx.pane.{pane}")
            yield SystemCommand(
                f"Show {TITLES[pane]}",
                f"Switch to the {TITLES[pane].lower()} list ({key})",
                lambda pane=pane: self.action_pane(pane),  # type: ignore[misc]
            )
        yield SystemCommand(
            "Show Review",
            "What ipx doubts, most worth a look first; judge it in one key "
            f"({self._keys_of(MAIN, 'ipx.pane.review')})",
            lambda: self.action_pane("review"),
        )
        yield SystemCommand(
            "Show Timeline",
            "Every agreement by date, under a chart per year "
            f"({self._keys_of(MAIN, 'ipx.pane.timeline')})",
            lambda: self.action_pane("timeline"),
        )
        yield SystemCommand(
            "Search",
            f"Find an organisation, official or agreement ({self._keys_of(APP, 'ipx.search')})",
            self.action_search,
        )
        yield SystemCommand(
            "Path to…",
            f"How the current entity connects to another ({self._keys_of(MAIN, 'ipx.path')})",
            self.action_path,
        )
        yield SystemCommand(
            "Toggle dark/light theme",
            f"Switch between the dark and light theme ({self._keys_of(APP, 'ipx.theme')})",
            self.action_toggle_theme,
        )
        yield SystemCommand(
            "Refresh",
            f"Reload the lists from the database ({self._keys_of(APP, 'ipx.refresh')})",
            self.action_refresh,
        )
        yield SystemCommand(
            "Keys", f"Every key and its id ({self._keys_of(APP, 'ipx.help')})", self.action_help
        )


def run(database: Database, *, extractor_version: int | None = None) -> None:
    """Open the explorer on DATABASE (the terminal's full screen) until the user quits."""
    IpxApp(database, keymap=load_keymap(), extractor_version=extractor_version).run()
