"""The home screen: three filterable lists (organisations, agreements, officials) in tabs,
and at wide widths a preview of the highlighted entity beside them.
"""

from __future__ import annotations

import asyncio

from rich.console import Group
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static, TabbedContent, TabPane

from store.db import Database
from store.queries import PersonRow
from store.views.detail import DetailView
from store.views.labels import agreement_kind, date_or_undated
from store.views.readings import JOIN, reading_of
from store.views.refs import Ref
from tui.data import Catalog, load_catalog, load_detail, names_by_script
from tui.keys import MAIN
from tui.messages import CatalogLoaded, OpenEntity, PathFrom, ShowSources
from tui.render import fitted_lines, named, title_text
from tui.widgets.entity_table import ColumnSpec, EntityTable, TableRow

PANES = ("organisations", "agreements", "officials")
TITLES = {"organisations": "Organisations", "agreements": "Agreements", "officials": "Officials"}

# Names wrap rather than being cut; only the capped, low-value columns are cut.
ORG_COLUMNS = [
    ColumnSpec("name", "Organisation", minimum=16),
    ColumnSpec("acronym", "Acronym", cap=12),
    ColumnSpec("country", "Ctry", cap=4),
    ColumnSpec("agreements", "Agrmts", cap=6, justify="right"),
]
AGREEMENT_COLUMNS = [
    ColumnSpec("date", "Date", cap=10),
    ColumnSpec("kind", "Kind", cap=11),
    ColumnSpec("parties", "Parties", flex=2, minimum=12),
    ColumnSpec("title", "Title", flex=3, minimum=12),
]
OFFICIAL_COLUMNS = [
    ColumnSpec("name", "Official", flex=2, minimum=12),
    # the current (else latest) role and its years, as search results say it
    ColumnSpec("role", "Role (current or latest)", flex=3, minimum=12),
]


def official_name(p: PersonRow) -> Text:
    """The name and its other scripts (Daren Tang · 邓鸿森), or, for a person known only in
    Chinese, its reading, dimmed and marked (王靖宇 · Wang Jingyu (reading))."""
    others = names_by_script(p.name, p.other_names)[1:]
    text = named(p.name, reading_of(p.name, p.other_names), style="")
    if others:
        text.append(JOIN + JOIN.join(others))
    return text


def catalog_rows(cat: Catalog) -> dict[str, list[TableRow]]:
    orgs = [
        TableRow.make(
            Ref("organisation", o.id, o.name),
            o.name,
            o.acronym,
            o.country,
            str(o.agreements),
            extra=o.kind or "",
        )
        for o in cat.organisations
    ]
    agreements = [
        TableRow.make(
            Ref("agreement", a.id, a.title),
            date_or_undated(a.date),
            agreement_kind(a.kind),
            ", ".join(cat.short(p) for p in a.parties),
            a.title,
            extra=" ".join(p.name for p in a.parties),
        )
        for a in cat.agreements
    ]
    officials = [
        TableRow.make(
            Ref("person", p.id, p.name),
            official_name(p),
            p.context,
            extra=" ".join([*p.other_names, p.organisation.name if p.organisation else ""]),
        )
        for p in cat.people
    ]
    return {"organisations": orgs, "agreements": agreements, "officials": officials}


class MainScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    BINDINGS = MAIN.bindings()

    def __init__(self, database: Database) -> None:
        super().__init__(id="main")
        self.database = database
        self.catalog: Catalog | None = None
        self.previewed: DetailView | None = None
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(Text("ipx · loading…"), id="topbar")
        yield Input(placeholder="f: filter the lists   / search everything   ? keys", id="filter")
        with Horizontal(id="body"):
            with TabbedContent(id="panes"):
                with TabPane(TITLES["organisations"], id="organisations"):
                    yield EntityTable(ORG_COLUMNS, id="table-organisations")
                with TabPane(TITLES["agreements"], id="agreements"):
                    yield EntityTable(AGREEMENT_COLUMNS, id="table-agreements")
                with TabPane(TITLES["officials"], id="officials"):
                    yield EntityTable(OFFICIAL_COLUMNS, id="table-officials")
            with Vertical(id="preview"):
                yield Static(id="preview-title")
                with VerticalScroll(id="preview-scroll"):
                    yield Static(id="preview-body")
        yield Footer()

    def on_mount(self) -> None:
        self.table("organisations").focus()
        self.reload()

    # ------------------------------------------------------------ loading

    def table(self, pane: str) -> EntityTable:
        return self.query_one(f"#table-{pane}", EntityTable)

    @property
    def active_pane(self) -> str:
        return self.query_one(TabbedContent).active or "organisations"

    @property
    def active_table(self) -> EntityTable:
        return self.table(self.active_pane)

    @work(exclusive=True, group="lists")
    async def reload(self) -> None:
        cat = await asyncio.to_thread(load_catalog, self.database)
        self.post_message(CatalogLoaded(cat))
        rows = await asyncio.to_thread(catalog_rows, cat)
        self.catalog = cat
        needle = self.query_one("#filter", Input).value
        for pane in PANES:
            self.table(pane).set_rows(rows[pane], needle)
        self._update_titles()
        self.loaded = True

    def _update_titles(self) -> None:
        tabs = self.query_one(TabbedContent)
        filtering = bool(self.query_one("#filter", Input).value.strip())
        for pane in PANES:
            t = self.table(pane)
            total = self.catalog.total(pane) if self.catalog is not None else len(t.all_rows)
            if filtering:
                count = f"{len(t.shown)}/{len(t.all_rows)}"
            elif total > len(t.all_rows):
                count = f"{len(t.all_rows):,} of {total:,}"
            else:
                count = f"{len(t.all_rows)}"
            key = PANES.index(pane) + 1
            tabs.get_tab(pane).label = f"{key} {TITLES[pane]} ({count})"
        cat = self.catalog
        if cat is not None:
            bar = Text.assemble(
                ("ipx", "bold"),
                f"  {cat.total('organisations')} organisations"
                f" · {cat.total('agreements')} agreements · {cat.total('officials')} officials",
            )
            self.query_one("#topbar", Static).update(bar)

    # ------------------------------------------------------------ filter

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._apply_filter(event.value)

    @work(exclusive=True, group="filter")
    async def _apply_filter(self, needle: str) -> None:
        await asyncio.sleep(0.05)  # typing faster than this only filters once
        for pane in PANES:
            self.table(pane).apply_filter(needle)
        self._update_titles()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
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
