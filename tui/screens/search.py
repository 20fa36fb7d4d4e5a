"""Search from anywhere (`/`): results update as you type, Chinese and pinyin alike.

A keystroke searches at once when no search is running; one typed while a search runs
waits for it and then searches for what the box holds by then, so the keystrokes in
between are never searched (a thread's query cannot be cancelled, only not started) and
results never come back out of order. Each result is drawn as text wrapped under itself
beside its kind (no table grid), so that a keystroke costs one query and one repaint. The
same screen picks the second entity of a path or a merge; it returns the chosen Ref, or None
when dismissed.
"""

from __future__ import annotations

import asyncio

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.db import Database
from store.views.readings import JOIN
from store.views.refs import Ref, kind_label
from tui.data import SearchResult, search
from tui.keys import SEARCH
from tui.render import named

KIND_WIDTH = 9


def names_text(r: SearchResult) -> Text:
    """The name (with its reading, if it is Chinese only) and up to three other names."""
    text = named(r.link.name, r.reading)
    others = [a for a in r.aliases if a != r.link.name][:3]
    if others:
        text.append(JOIN + " · ".join(others), style="dim")
    return text


def hit_text(r: SearchResult) -> Text:
    """One result: the names, what tells it from namesakes (a person's current or latest
    role and years, a body's kind and country), and the name that matched if another."""
    text = names_text(r)
    if r.context:
        text.append(f" — {r.context}")
    if r.matched and r.matched != r.link.name and r.matched not in r.aliases[:3]:
        text.append(f"  ← {r.matched}", style="italic")
    return text


class Hanging:
    """A label in its own column and a text beside it, wrapped under itself at the width it
    is drawn at (never cut): what a table grid drew, at a fraction of the cost."""

    def __init__(self, label: str, text: Text) -> None:
        self.label, self.text = label, text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        room = max(8, options.max_width - KIND_WIDTH)
        for i, line in enumerate(self.text.wrap(console, room, overflow="fold")):
            label = self.label[: KIND_WIDTH - 1] if i == 0 else ""
            yield Text.assemble((label.ljust(KIND_WIDTH), "dim"), line, no_wrap=True)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(KIND_WIDTH + 8, KIND_WIDTH + self.text.cell_len)


def hit_prompt(r: SearchResult) -> Hanging:
    """The kind in its own column and the rest beside it, wrapped under itself (never cut)."""
    return Hanging(kind_label(r.link.kind), hit_text(r))


class SearchScreen(ModalScreen[Ref | None]):
    BINDINGS = SEARCH.bindings()

    def __init__(
        self,
        database: Database,
        title: str = "Search",
        *,
        kind: str | None = None,
        exclude: Ref | None = None,
    ) -> None:
        super().__init__(id="search")
        self.database = database
        self.title_text = title
        self.kind = kind
        self.exclude = exclude
        self.results: list[SearchResult] = []
        self.query_text = ""
        self.searched = ""  # the query whose results are shown
        self._searching = False  # a search runs (the next keystroke waits for it)

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Static(Text(self.title_text, style="bold"), id="search-title")
            yield Input(placeholder="a name, an acronym, 汉字 or pinyin (dhs)", id="search-input")
            yield OptionList(id="search-results")
            yield Static(Text("enter open · ↓ results · esc close", style="dim"), id="search-hint")

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        if not self._searching:
            self._searching = True
            self.run_search()

    @work(group="search")
    async def run_search(self) -> None:
        """Search for what the box holds until the results shown are for it."""
        try:
            while self.searched != self.query_text:
                query = self.query_text
                try:
                    results = await asyncio.to_thread(search, self.database, query, self.kind, 30)
                except ImportError:
                    self.notify("search is not available in this build", severity="error")
                    return
                if query == self.query_text:  # else a newer keystroke is searched next
                    self._show(query, results)
        finally:
            self._searching = False

    def _show(self, query: str, results: list[SearchResult]) -> None:
        if self.exclude is not None:
            results = [r for r in results if r.link != self.exclude]
        self.results = results
        self.searched = query
        self._draw()

    def _draw(self) -> None:
        options = self.query_one("#search-results", OptionList)
        if self.results:
            options.set_options([Option(hit_prompt(r)) for r in self.results])
            options.highlighted = 0
        elif self.searched.strip():
            options.set_options([Option(Text("no match", style="dim"), disabled=True)])
        else:
            options.clear_options()

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        options = self.query_one("#search-results", OptionList)
        if self.results and self.searched == self.query_text:
            i = options.highlighted or 0
            self.dismiss(self.results[i].link)
        elif self.query_text.strip():
            self._submit_when_ready()

    @work(exclusive=True, group="submit")
    async def _submit_when_ready(self) -> None:
        for _ in range(200):  # Enter typed before the results came in: open the first one
            await asyncio.sleep(0.02)
            if self.searched == self.query_text:
                if self.results:
                    self.dismiss(self.results[0].link)
                return

    @on(OptionList.OptionSelected, "#search-results")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.results):
            self.dismiss(self.results[event.option_index].link)

    def action_to_results(self) -> None:
        if self.results:
            self.query_one("#search-results", OptionList).focus()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
