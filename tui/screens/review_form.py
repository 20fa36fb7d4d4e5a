"""The small form of the Review pane: an edit's fields (a name; a title, a date, parties; a
role's organisation) filled with what they hold now, and an optional "why" kept with the
judgement. Enter in any field saves; Esc closes without judging.

The form returns what was typed, field by field; store.review.pane turns it into an edit's
change (dates as people write them, organisations by name), so a mistake comes back as one
line from the pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.keys import REVIEW_FORM

if TYPE_CHECKING:
    from store.review.pane import EditField

REASON = "reason"


class ReviewFormScreen(ModalScreen[dict[str, str] | None]):
    """FIELDS to edit (none: only the why of a verdict such as reject), and why."""

    BINDINGS = REVIEW_FORM.bindings()

    def __init__(self, title: str, fields: list[EditField], *, verb: str = "save") -> None:
        super().__init__(id="review-form")
        self.heading = title
        self.fields = fields
        self.verb = verb

    def compose(self) -> ComposeResult:
        with Vertical(id="review-form-box", classes="modal-box"):
            yield Static(Text(self.heading, style="bold"), classes="modal-title")
            for f in self.fields:
                label = Text(f.label, style="bold")
                if f.hint:
                    label.append(f"  {f.hint}", style="dim")
                yield Static(label, classes="form-label")
                yield Input(f.value, id=f"form-{f.key}", classes="form-input")
            yield Static(Text("Why (optional, kept with the judgement)"), classes="form-label")
            yield Input(id=f"form-{REASON}", classes="form-input")
            yield Static(
                Text(f"enter {self.verb} · tab next field · esc cancel", style="dim"),
                classes="modal-hint",
            )

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(
            {(i.id or "").removeprefix("form-"): i.value for i in self.query(Input) if i.id}
        )

    def action_close(self) -> None:
        self.dismiss(None)
