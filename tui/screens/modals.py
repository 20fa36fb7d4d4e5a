"""Small modal screens: source sentences, a yes/no confirmation, picking a merge to split,
and the help screen that lists every key."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.queries import Source
from store.views.detail import MergeInfo
from tui.keys import CONFIRM, HELP, PICK_MERGE, SOURCES, HelpRow
from tui.render import highlighted_sentence


class SourcesScreen(ModalScreen[None]):
    """Where a fact came from: each sentence with the mention highlighted, and its document."""

    BINDINGS = SOURCES.bindings()

    def __init__(self, sources: list[Source], about: str) -> None:
        super().__init__(id="sources")
        self.sources = sources
        self.about = about

    def compose(self) -> ComposeResult:
        with Vertical(id="sources-box", classes="modal-box"):
            yield Static(Text(f"Sources · {self.about}", style="bold"), classes="modal-title")
            with VerticalScroll(id="sources-scroll"):
                yield Static(self._body(), id="sources-body")
            yield Static(Text("↑↓ scroll · esc close", style="dim"), classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one("#sources-scroll").focus()

    def _body(self) -> RenderableType:
        if not self.sources:
            return Text(
                "No document states this: it comes from the reference data or was typed in.",
                style="italic",
            )
        parts: list[RenderableType] = []
        for src in self.sources:
            head = Text.assemble(
                (src.title or src.path, "bold"),
                "  ",
                (src.date or "undated", "dim"),
                "\n",
                (src.where, "dim"),
            )
            parts += [head, highlighted_sentence(src), Text("")]
        return Group(*parts)

    def action_close(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = CONFIRM.bindings()

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__(id="confirm")
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box", classes="modal-box"):
            yield Static(Text(self.question, style="bold"), classes="modal-title")
            if self.detail:
                yield Static(Text(self.detail), id="confirm-detail")
            yield Static(Text("y yes · n no", style="dim"), classes="modal-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class PickMergeScreen(ModalScreen[int | None]):
    """Which merge to split: the merges in force that folded something into this entity."""

    BINDINGS = PICK_MERGE.bindings()

    def __init__(self, about: str, merges: list[MergeInfo]) -> None:
        super().__init__(id="pick-merge")
        self.about = about
        self.merges = merges

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-box", classes="modal-box"):
            yield Static(
                Text(f"Split a merge into {self.about}", style="bold"), classes="modal-title"
            )
            yield OptionList(
                *[
                    Option(
                        Text.assemble(
                            (m.merged_name, "bold"),
                            "  ",
                            (f"{m.decided_by} {str(m.decided_at)[:10]} {m.reason}", "dim"),
                        )
                    )
                    for m in self.merges
                ],
                id="pick-list",
            )
            yield Static(Text("enter split · esc close", style="dim"), classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one("#pick-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.merges[event.option_index].id)

    def action_close(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """Every key, where it works, and its id for remapping."""

    BINDINGS = HELP.bindings()

    def __init__(self, groups: list[tuple[str, list[HelpRow]]], note: str) -> None:
        super().__init__(id="help")
        self.groups = groups
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box", classes="modal-box"):
            yield Static(Text("Keys", style="bold"), classes="modal-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(self._body(), id="help-body")
            yield Static(Text("↑↓ scroll · esc close", style="dim"), classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def _body(self) -> RenderableType:
        table = Table.grid(padding=(0, 2), expand=True)
        table.add_column(style="bold", no_wrap=True)
        table.add_column(ratio=1)
        table.add_column(style="dim", no_wrap=True)
        for n, (title, rows) in enumerate(self.groups):
            if n:
                table.add_row("", "", "")
            table.add_row("", Text(title, style="bold underline"), "")
            for key, description, bid in rows:
                table.add_row(key, description, bid)
        return Group(table, Text(""), Text(self.note, style="italic"))

    def action_close(self) -> None:
        self.dismiss(None)
