"""How two entities connect: the chain from store.queries.path_between, each step a link,
each person on it named with their current or latest role (which of two 张文 it is)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.queries import Step
from store.views.refs import Ref
from tui.data import Catalog
from tui.keys import PATH


def node_text(name: str, context: str) -> Text:
    text = Text(name, style="bold underline")
    if context:
        text.append(f"  {context}", style="dim")
    return text


def step_text(step: Step, cat: Catalog) -> Text:
    return Text.assemble(
        ("  ", ""),
        (f"—{step.relation}→ ", "dim"),
        node_text(cat.short(step.target), step.target_context),
    )


class PathScreen(ModalScreen[Ref | None]):
    BINDINGS = PATH.bindings()

    def __init__(self, a: Ref, b: Ref, steps: list[Step] | None, cat: Catalog) -> None:
        super().__init__(id="path")
        self.a, self.b = a, b
        self.steps = steps or []
        self.found = steps is not None
        self.cat = cat
        # option i opens: 0 -> a, i -> target of step i-1
        self.links = [a] + [s.target for s in self.steps]

    def compose(self) -> ComposeResult:
        with Vertical(id="path-box", classes="modal-box"):
            yield Static(
                Text(f"Path: {self.cat.short(self.a)} → {self.cat.short(self.b)}", style="bold"),
                classes="modal-title",
            )
            if not self.found:
                yield Static(Text("No connection found.", style="italic"), id="path-none")
            first = self.steps[0].source_context if self.steps else ""
            options = [Option(node_text(self.cat.short(self.a), first))]
            options += [Option(step_text(s, self.cat)) for s in self.steps]
            yield OptionList(*options, id="path-steps")
            yield Static(Text("enter open · esc close", style="dim"), classes="modal-hint")

    def on_mount(self) -> None:
        steps = self.query_one("#path-steps", OptionList)
        steps.highlighted = len(self.links) - 1
        steps.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.links[event.option_index])

    def action_close(self) -> None:
        self.dismiss(None)
