"""The detail view of one entity: names, roles over time, agreements, partners, sources.

Every related entity is a line that Enter follows; Esc/Backspace goes back, `[`/`]` move
through the history, and the breadcrumb at the top shows the trail.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, cast

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.data import DetailData, Link, load_detail
from tui.render import Line, detail_lines, facts_text

if TYPE_CHECKING:
    from tui.app import IpxApp

KIND_NAME = {"organisation": "organisation", "person": "official", "agreement": "agreement"}


def breadcrumb_text(names: list[str], width: int) -> Text:
    """'A › B › C', dropping from the left (…) when it does not fit WIDTH cells."""
    sep = " › "
    parts = list(names)
    dropped = False
    while len(parts) > 1 and cell_len(sep.join((["…"] if dropped else []) + parts)) > width:
        parts.pop(0)
        dropped = True
    text = Text()
    shown = (["…"] if dropped else []) + parts
    for i, name in enumerate(shown):
        if i:
            text.append(sep, style="dim")
        text.append(name, style="bold" if i == len(shown) - 1 else "")
    text.truncate(width, overflow="ellipsis")
    return text


class DetailScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,backspace", "back", "Back", id="ipx.back"),
        Binding("s", "sources", "Sources", id="ipx.detail.sources"),
        Binding("p", "path", "Path to…", id="ipx.detail.path"),
        Binding("m", "merge", "Merge", id="ipx.merge"),
        Binding("u", "split", "Split", id="ipx.split"),
    ]

    def __init__(self, link: Link) -> None:
        super().__init__(id="detail")
        self.link = link
        self.data: DetailData | None = None
        self.lines: list[Line] = []
        self.loaded = False

    @property
    def ipx(self) -> IpxApp:
        return cast("IpxApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="breadcrumb")
        yield Static(id="detail-title")
        yield OptionList(id="detail-lines")
        yield Footer()

    def on_mount(self) -> None:
        self.show(self.link)

    def on_resize(self) -> None:
        self._breadcrumb()

    def show(self, link: Link) -> None:
        self.link = link
        self.loaded = False
        self._breadcrumb()
        self.query_one("#detail-title", Static).update(
            Text.assemble((link.name or link.ref, "bold"), "  loading…")
        )
        self._load(link)

    def _breadcrumb(self) -> None:
        names = [self.ipx.catalog.short(e) for e in self.ipx.history.trail]
        width = max(10, self.size.width - 2 if self.size.width else self.app.size.width - 2)
        self.query_one("#breadcrumb", Static).update(breadcrumb_text(names, width))

    @work(exclusive=True, group="detail")
    async def _load(self, link: Link) -> None:
        data = await asyncio.to_thread(load_detail, self.ipx.database, link)
        if link != self.link:
            return
        self.data = data
        title = self.query_one("#detail-title", Static)
        options = self.query_one("#detail-lines", OptionList)
        options.clear_options()
        if data is None:
            title.update(Text(f"{link.ref}: no longer in the database (r reloads the lists)"))
            self.lines = []
            self.loaded = True
            return
        d = data.detail
        if d.id != link.id:  # it was merged into another entity since the link was made
            self.link = Link(d.kind, d.id, d.name)
            self.ipx.history.replace(self.link)
            self._breadcrumb()
        title.update(
            Text.assemble(
                (d.name, "bold"),
                "  ",
                (f"{KIND_NAME[d.kind]} {d.ref}", "dim"),
                "\n",
                facts_text(d),
            )
        )
        self.lines = detail_lines(d, self.ipx.catalog, data.merges)
        options.add_options([Option(line.text, disabled=line.heading) for line in self.lines])
        first = next((i for i, line in enumerate(self.lines) if line.link), None)
        if first is None:
            first = next((i for i, line in enumerate(self.lines) if line.selectable), None)
        if first is not None:
            options.highlighted = first
        options.focus()
        self.loaded = True

    @property
    def current_line(self) -> Line | None:
        i = self.query_one("#detail-lines", OptionList).highlighted
        return self.lines[i] if i is not None and 0 <= i < len(self.lines) else None

    @on(OptionList.OptionSelected, "#detail-lines")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        line = self.lines[event.option_index]
        if line.link is not None:
            self.ipx.open_entity(line.link)
        elif line.sources:
            self.ipx.show_sources(line.sources, self._fact_title(line))
        elif line.merge_id is not None:
            self.action_split()

    def _fact_title(self, line: Line) -> str:
        return f"{self.link.name}: {' '.join(line.text.plain.split())}"

    def action_back(self) -> None:
        self.ipx.action_history_back()

    def action_sources(self) -> None:
        line = self.current_line
        if line is not None and line.sources:
            self.ipx.show_sources(line.sources, self._fact_title(line))
        elif self.data is not None:
            self.ipx.show_sources(self.data.detail.sources, self.data.detail.name)

    def action_path(self) -> None:
        self.ipx.action_path_from(self.link)

    def action_merge(self) -> None:
        self.ipx.start_merge(self.link)

    def action_split(self) -> None:
        self.ipx.start_split(self.link, self.data.merges if self.data else [])
