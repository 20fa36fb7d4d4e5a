"""The home screen: the panes (organisations, agreements, officials, and the panes other
parts add, such as the timeline) in tabs under one filter bar, and at wide widths a preview
of the highlighted entity beside them.

Panes are pluggable: any widget placed directly in a tab that has `apply_filter(Filter)` and
`reload()` follows the filter bar and the refresh key; one that has `tab_label()` gets its
tab's label from it. The filter bar is parsed by store.queries.filters: the active filter is
shown on the line under the bar, a mistake there too (the lists stay as they were), and Esc
clears it.
"""

from __future__ import annotations

import asyncio
import gc
from typing import Any

from rich.console import Group
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Input, Static, TabbedContent, TabPane

from store.db import Database
from store.queries.filters import Filter, FilterError, parse_filter
from store.views.detail import DetailView
from store.views.refs import Ref
from tui.data import Catalog, load_detail, load_totals
from tui.keys import MAIN
from tui.messages import CatalogLoaded, OpenEntity, PathFrom, ShowSources
from tui.render import fitted_lines, title_text
from tui.widgets.entity_table import EntityTable
from tui.widgets.list_pane import LISTS, ListPane
from tui.widgets.review import ReviewPane, load_older
from tui.widgets.timeline import TimelinePane

PANES = tuple(spec.pane for spec in LISTS)
TITLES = {spec.pane: spec.title for spec in LISTS}


class MainScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    BINDINGS = MAIN.bindings()

    def __init__(self, database: Database, *, extractor_version: int | None = None) -> None:
        super().__init__(id="main")
        self.database = database
        self.extractor_version = extractor_version  # today's; older documents are noted
        self.catalog = Catalog()
        self.filt = Filter()  # the filter the panes show
        self.previewed: DetailView | None = None
        self._waiting: list[Any] = []  # panes that load once the first one has painted
        self._frozen = False  # what the first load left in memory is out of the collector's way

    def compose(self) -> ComposeResult:
        yield Static(Text("ipx · loading…"), id="topbar")
        yield Input(placeholder="f: filter the lists   / search everything   ? keys", id="filter")
        yield Static(id="filter-status")
        with Horizontal(id="body"):
            with TabbedContent(id="panes"):
                for spec in LISTS:
                    with TabPane(f"{spec.key} {spec.title}", id=spec.pane):
                        yield ListPane(spec, self.database, self.catalog)
                with TabPane("4 Review", id="review"):  # its queue's length
                    yield ReviewPane(self.database, id="review-pane")
                with TabPane("5 Timeline", id="timeline"):  # its chart's legend counts
                    yield TimelinePane(self.database, id="timeline-pane")
            with Vertical(id="preview"):
                yield Static(id="preview-title")
                with VerticalScroll(id="preview-scroll"):
                    yield Static(id="preview-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#filter-status").display = False
        self.table("organisations").focus()
        self.post_message(CatalogLoaded(self.catalog))
        self.reload()

    # ------------------------------------------------------------ panes and loading

    def panes(self) -> list[Any]:
        """Every pane that follows the filter bar: a tab's widget with `apply_filter`."""
        return [w for tab in self.query(TabPane) for w in tab.children if _follows_filter(w)]

    def pane_of(self, pane: str) -> Any:
        """The widget of the tab PANE (None when it has none that follows the filter)."""
        tab = self.query_one(f"#{pane}", TabPane)
        return next((w for w in tab.children if _follows_filter(w)), None)

    def table(self, pane: str) -> EntityTable:
        return self.query_one(f"#table-{pane}", EntityTable)

    @property
    def active_pane(self) -> str:
        return self.query_one(TabbedContent).active or "organisations"

    @property
    def active_table(self) -> EntityTable:
        return self.table(self.active_pane)

    @property
    def loaded(self) -> bool:
        """Every list shows its first rows."""
        panes = list(self.query(ListPane))
        return bool(panes) and all(p.loaded for p in panes)

    def reload(self) -> None:
        """Read every pane again: the one in view first, the others (and the totals) once it
        has painted, so that they do not slow the first paint down."""
        active = self.pane_of(self.active_pane)
        self._waiting = [p for p in self.panes() if p is not active]
        if active is not None:
            active.reload()
        if not isinstance(active, ListPane):
            self._reload_waiting()

    def _reload_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        if not waiting:  # done already: the first pane changed again before it was called
            return
        for pane in waiting:
            pane.reload()
        self._load_totals()

    @work(exclusive=True, group="totals")
    async def _load_totals(self) -> None:
        self.catalog.totals = await asyncio.to_thread(load_totals, self.database)
        cat = self.catalog
        bar = Text.assemble(
            ("ipx", "bold"),
            f"  {cat.total('organisations'):,} organisations"
            f" · {cat.total('agreements'):,} agreements · {cat.total('officials'):,} officials",
        )
        older = await asyncio.to_thread(load_older, self.database, self.extractor_version)
        if older:  # issue 11: documents a newer ipx would read differently
            note = f"  · {older:,} documents read by an older ipx: ipx reextract"
            bar.append(note, style="italic")
        self.query_one("#topbar", Static).update(bar)

    @on(ListPane.Changed)
    def _pane_changed(self, event: ListPane.Changed) -> None:
        pane = event.pane
        self.query_one(TabbedContent).get_tab(pane.spec.pane).label = pane.tab_label()
        if self._waiting:
            self.call_after_refresh(self._reload_waiting)  # after the first list is drawn
        if self.loaded and not self._frozen:
            # What is in memory once every list shows (modules, word lists, first pages)
            # lives as long as the explorer: leave it out of the collector's full passes,
            # which at a million names otherwise stall scrolling for 100 ms. Until unmount.
            self._frozen = True
            gc.freeze()

    def on_unmount(self) -> None:
        if self._frozen:
            gc.unfreeze()

    @on(ReviewPane.Changed)
    def _review_changed(self, event: ReviewPane.Changed) -> None:
        self.query_one(TabbedContent).get_tab("review").label = event.pane.tab_label()

    # ------------------------------------------------------------ filter

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._apply_filter(event.value)

    @work(exclusive=True, group="filter")
    async def _apply_filter(self, text: str) -> None:
        await asyncio.sleep(0.05)  # typing faster than this only filters once
        status = self.query_one("#filter-status", Static)
        try:
            filt = parse_filter(text)
        except FilterError as exc:  # the lists stay as they were; the line says why
            status.display = True
            status.set_class(True, "-error")
            status.update(Text(str(exc), no_wrap=True, overflow="ellipsis"))
            return
        status.display = filt.active
        status.set_class(False, "-error")
        status.update(Text(f"filter: {filt.describe()}", no_wrap=True, overflow="ellipsis"))
        if filt != self.filt:
            self.filt = filt
            for pane in self.panes():
                pane.apply_filter(filt)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        try:
            parse_filter(self.query_one("#filter", Input).value)
        except FilterError as exc:
            self.notify(str(exc), severity="error")
            return
        self.active_table.focus()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        f = self.query_one("#filter", Input)
        if f.value:
            f.value = ""
        self.active_table.focus()

    def action_pane(self, pane: str) -> None:
        self.query_one(TabbedContent).active = pane
        self.active_table.focus()

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.active_table.focus()
        self._preview(self.active_table.current_link)

    # ------------------------------------------------------------ opening

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        table = event.data_table
        if isinstance(table, EntityTable) and (link := table.current_link):
            self.post_message(OpenEntity(link))

    def action_sources(self) -> None:
        if link := self.active_table.current_link:
            self.post_message(ShowSources(link.name, link=link))

    def action_path(self) -> None:
        if link := self.active_table.current_link:
            self.post_message(PathFrom(link))

    # ------------------------------------------------------------ preview

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = event.data_table
        if isinstance(table, EntityTable) and table is self.active_table:
            self._preview(table.current_link)

    @work(exclusive=True, group="preview")
    async def _preview(self, link: Ref | None) -> None:
        if link is None or not self.has_class("-wide"):
            return
        await asyncio.sleep(0.05)  # moving the cursor fast does not query every row
        view = await asyncio.to_thread(load_detail, self.database, link)
        if view is None:
            return
        self.previewed = view
        self.query_one("#preview-title", Static).update(title_text(view, noun=False))
        self._lay_out_preview()

    def _lay_out_preview(self) -> None:
        """The previewed entity's lines at the width of the panel (names wrap, never cut)."""
        view = self.previewed
        if view is None or not self.has_class("-wide"):
            return
        scroll = self.query_one("#preview-scroll", VerticalScroll)
        room = scroll.content_region.width
        body = Group(*(line.text for line in fitted_lines(view, room, scroll.size.height)))
        self.query_one("#preview-body", Static).update(body)

    def on_resize(self) -> None:
        self.call_after_refresh(self._lay_out_preview)


def _follows_filter(widget: Widget) -> bool:
    return callable(getattr(widget, "apply_filter", None)) and callable(
        getattr(widget, "reload", None)
    )
