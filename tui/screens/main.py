"""The home screen: three filterable lists (organisations, agreements, officials) in tabs,
and at wide widths a preview of the highlighted entity beside them.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, cast

from rich.console import Group
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static, TabbedContent, TabPane

from tui.data import Catalog, Link, agreement_kind, load_detail, names_by_script
from tui.render import detail_lines, facts_text
from tui.widgets.entity_table import ColumnSpec, EntityTable, TableRow

if TYPE_CHECKING:
    from tui.app import IpxApp

PANES = ("organisations", "agreements", "officials")
TITLES = {"organisations": "Organisations", "agreements": "Agreements", "officials": "Officials"}

ORG_COLUMNS = [
    ColumnSpec("name", "Organisation", flex=1, minimum=16),
    ColumnSpec("acronym", "Acronym", width=8),
    ColumnSpec("country", "Ctry", width=4),
    ColumnSpec("agreements", "Agrmts", width=6, justify="right"),
]
AGREEMENT_COLUMNS = [
    ColumnSpec("date", "Date", width=10),
    ColumnSpec("kind", "Kind", width=11),
    ColumnSpec("parties", "Parties", flex=2, minimum=12),
    ColumnSpec("title", "Title", flex=3, minimum=8),
]
OFFICIAL_COLUMNS = [
    ColumnSpec("name", "Official", flex=3, minimum=12),
    ColumnSpec("title", "Current title", flex=2, minimum=8),
    ColumnSpec("organisation", "Organisation", flex=2, minimum=8),
]


def catalog_rows(cat: Catalog) -> dict[str, list[TableRow]]:
    orgs = [
        TableRow.make(
            Link("organisation", o.id, o.name),
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
            Link("agreement", a.id, a.title),
            a.date or "undated",
            agreement_kind(a.kind),
            ", ".join(cat.short(p) for p in a.parties),
            a.title,
            extra=" ".join(p.name for p in a.parties),
        )
        for a in cat.agreements
    ]
    officials = [
        TableRow.make(
            Link("person", p.id, p.name),
            " · ".join(names_by_script(p.name, p.other_names)),
            p.title,
            cat.short(p.organisation) if p.organisation else "",
            extra=" ".join([*p.other_names, p.organisation.name if p.organisation else ""]),
        )
        for p in cat.people
    ]
    return {"organisations": orgs, "agreements": agreements, "officials": officials}


class MainScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    BINDINGS = [
        Binding(
            "1", "pane('organisations')", "Organisations", show=False, id="ipx.pane.organisations"
        ),
        Binding("2", "pane('agreements')", "Agreements", show=False, id="ipx.pane.agreements"),
        Binding("3", "pane('officials')", "Officials", show=False, id="ipx.pane.officials"),
        Binding("f", "filter", "Filter", id="ipx.filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="ipx.filter.clear"),
        Binding("s", "sources", "Sources", id="ipx.sources"),
        Binding("p", "path", "Path", id="ipx.path"),
    ]

    def __init__(self) -> None:
        super().__init__(id="main")
        self.catalog: Catalog | None = None
        self.loaded = False

    @property
    def ipx(self) -> IpxApp:
        return cast("IpxApp", self.app)

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
        self.ipx.timings["mounted"] = time.perf_counter()
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
        cat = await asyncio.to_thread(self.ipx.load_catalog)
        rows = await asyncio.to_thread(catalog_rows, cat)
        self.catalog = cat
        needle = self.query_one("#filter", Input).value
        for pane in PANES:
            self.table(pane).set_rows(rows[pane], needle)
        self._update_titles()
        self.loaded = True
        self.ipx.timings.setdefault("rows", time.perf_counter())

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
            self.ipx.open_entity(link)

    def action_sources(self) -> None:
        if link := self.active_table.current_link:
            self.ipx.show_sources_of(link)

    def action_path(self) -> None:
        if link := self.active_table.current_link:
            self.ipx.action_path_from(link)

    # ------------------------------------------------------------ preview

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = event.data_table
        if isinstance(table, EntityTable) and table is self.active_table:
            self._preview(table.current_link)

    @work(exclusive=True, group="preview")
    async def _preview(self, link: Link | None) -> None:
        if link is None or not self.has_class("-wide"):
            return
        await asyncio.sleep(0.05)  # moving the cursor fast does not query every row
        data = await asyncio.to_thread(load_detail, self.ipx.database, link)
        if data is None:
            return
        cat = self.catalog or self.ipx.catalog
        d = data.detail
        title = Text.assemble((d.name, "bold"), "  ", (d.ref, "dim"), "\n", facts_text(d))
        self.query_one("#preview-title", Static).update(title)
        lines = detail_lines(d, cat, data.merges)
        body = Group(*(line.text for line in lines))
        self.query_one("#preview-body", Static).update(body)
