"""The detail view of one entity: names, roles over time, agreements, partners, sources;
for an organisation first a chart of its agreements per year, its partners and its heads on
a year axis; for a person, roles as bars on a year axis (tui.render draws the figures).

Every related entity is a line that Enter follows; Esc/Backspace goes back, `[`/`]` move
through the history, and the breadcrumb at the top shows the trail. The screen asks the
app for everything beyond itself by posting messages (tui.messages).
"""

from __future__ import annotations

import asyncio

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from store.db import Database
from store.views.detail import DetailView
from store.views.refs import Ref
from tui.data import load_detail
from tui.keys import DETAIL
from tui.messages import GoBack, MergeWith, OpenEntity, PathFrom, Redirected, ShowSources, Split
from tui.render import Drawing, Line, fitted_lines, title_text
from tui.widgets.charts import DetailLines, Figure, chart_rows, chart_style


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
    BINDINGS = DETAIL.bindings()

    def __init__(self, link: Ref, database: Database, trail: list[str] | None = None) -> None:
        super().__init__(id="detail")
        self.link = link
        self.database = database
        self.trail = trail or [link.name]
        self.view: DetailView | None = None
        self.lines: list[Line] = []
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(id="breadcrumb")
        yield Static(id="detail-title")
        yield DetailLines(id="detail-lines")
        yield Footer()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _: self._redraw())
        self.show(self.link, self.trail)

    def _redraw(self) -> None:
        """Draw the lines again: a chart's colours are the theme's."""
        if self.view is not None and self.loaded:
            self._lay_out(self.view)

    def on_resize(self) -> None:
        self._breadcrumb()
        if self.view is not None and self.loaded:
            self._lay_out(self.view)  # names wrap differently at the new width

    def show(self, link: Ref, trail: list[str]) -> None:
        """Show LINK, reached through TRAIL (the short names of the history, LINK's last)."""
        self.link = link
        self.loaded = False
        self.set_trail(trail)
        self.query_one("#detail-title", Static).update(
            Text.assemble((link.name or link.ref, "bold"), "  loading…")
        )
        self._load(link)

    def set_trail(self, trail: list[str]) -> None:
        self.trail = trail
        self._breadcrumb()

    def _breadcrumb(self) -> None:
        width = max(10, self.size.width - 2 if self.size.width else self.app.size.width - 2)
        self.query_one("#breadcrumb", Static).update(breadcrumb_text(self.trail, width))

    @work(exclusive=True, group="detail")
    async def _load(self, link: Ref) -> None:
        view = await asyncio.to_thread(load_detail, self.database, link)
        if link != self.link:
            return
        self.view = view
        title = self.query_one("#detail-title", Static)
        options = self.query_one("#detail-lines", OptionList)
        options.clear_options()
        if view is None:
            title.update(Text(f"{link.ref}: no longer in the database (r reloads the lists)"))
            self.lines = []
            self.loaded = True
            return
        if view.ref.id != link.id:  # it was merged into another entity since the link was made
            self.link = view.ref
            self.post_message(Redirected(self.link))
        title.update(title_text(view))
        self._lay_out(view)
        first = next((i for i, line in enumerate(self.lines) if line.link), None)
        if first is None:
            first = next((i for i, line in enumerate(self.lines) if line.selectable), None)
        if first is not None:
            options.highlighted = first
        options.focus()
        self.loaded = True

    def _lay_out(self, view: DetailView) -> None:
        """The lines of VIEW at the width of the list, keeping the highlighted line."""
        options = self.query_one("#detail-lines", DetailLines)
        room = options.content_region.width or self.app.size.width - 2
        height = options.content_region.height
        drawing = Drawing(chart_style(options), chart_rows(self.app.size.height))
        self.lines = fitted_lines(view, room, height, drawing)
        highlighted = options.highlighted
        options.clear_options()
        options.add_options(
            [
                Figure(line.text) if line.figure else Option(line.text, disabled=line.heading)
                for line in self.lines
            ]
        )
        if highlighted is not None and highlighted < len(self.lines):
            options.highlighted = highlighted

    @property
    def current_line(self) -> Line | None:
        i = self.query_one("#detail-lines", OptionList).highlighted
        return self.lines[i] if i is not None and 0 <= i < len(self.lines) else None

    @on(OptionList.OptionSelected, "#detail-lines")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        line = self.lines[event.option_index]
        if line.link is not None:
            self.post_message(OpenEntity(line.link))
        elif line.sources:
            self.post_message(ShowSources(self._fact_title(line), sources=line.sources))
        elif line.merge_id is not None:
            self.action_split()

    def _fact_title(self, line: Line) -> str:
        return f"{self.link.name}: {line.about}"

    def action_back(self) -> None:
        self.post_message(GoBack())

    def action_sources(self) -> None:
        line = self.current_line
        if line is not None and line.sources:
            self.post_message(ShowSources(self._fact_title(line), sources=line.sources))
        elif self.view is not None:
            self.post_message(ShowSources(self.view.name, sources=self.view.detail.sources))

    def action_path(self) -> None:
        self.post_message(PathFrom(self.link))

    def action_merge(self) -> None:
        self.post_message(MergeWith(self.link))

    def action_split(self) -> None:
        self.post_message(Split(self.link, self.view.merges if self.view else []))
