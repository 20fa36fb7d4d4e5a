"""The Review pane (key 4): what ipx doubts, most worth a look first, judged in one key.

The queue is store.review.queue's, ranked by P(wrong) x visibility; each row says what is
doubted (is it an organisation at all? are these two one?), about what, why, and the score.
The whole queue is ranked, but only its first PAGE items are made, and the next page when
the cursor comes near (EntityTable.NeedMore); while the free text narrows the list, every
item is made, so that nothing is missed.
Under the list, the highlighted item's source sentences with the doubted words
highlighted, as the Sources modal draws them (tui.render.highlighted_sentence).

One key, one judgement (tui.keys.REVIEW): a accept, x reject (X: saying why), m merge a
pair, n not the same, e edit (a small form), u undo your latest. A judged item leaves the
list at once and the cursor is on the next; the judgement is written in a thread
(store.review.judge, one at a time, in the order given), then the pane posts `Judged` and
the app reads every pane again. Judgements record who ($IPX_USER, else the login name) and
why (the form's optional field). A read-only database says so in one line and judges
nothing.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Static

from store.db import Database
from store.queries.filters import Filter
from store.review.model import AGREEMENT, ENTITY, MENTION, PAIR, ROLE, ReviewItem
from store.views.refs import Ref
from tui.keys import REVIEW
from tui.messages import Judged
from tui.render import highlighted_sentence
from tui.widgets.entity_table import ColumnSpec, EntityTable, TableRow

if TYPE_CHECKING:
    from store.queries import Source
    from store.review.pane import EditField
    from store.review.queue import RankedQueue

COLUMNS = [
    ColumnSpec("score", "Score", cap=5, justify="right"),
    ColumnSpec("doubt", "Doubt", cap=13),
    ColumnSpec("subjects", "About", flex=2, minimum=12),
    ColumnSpec("why", "Why", flex=3, minimum=12),
]
#: what each kind of item asks, by the kind of its subjects
QUESTIONS = {
    (ENTITY, "organisation"): "not an org?",
    (ENTITY, "person"): "not a person?",
    (PAIR, "organisation"): "one org?",
    (PAIR, "person"): "one person?",
    (ROLE, "role"): "role's org?",
    (AGREEMENT, "agreement"): "incomplete?",
    (MENTION, "organisation"): "org here?",
    (MENTION, "person"): "person here?",
}
#: what the keys do for each kind of item, said when a key does not apply
FOR_KIND = {
    ENTITY: "accept it, reject it, or edit its name",
    PAIR: "merge the pair, or say they are not the same",
    ROLE: "accept the role, reject it, or fix its title, start or organisation",
    AGREEMENT: "accept the agreement, reject it, or fix its title, date or parties",
    MENTION: "accept this document's mention, or reject it (its other documents keep it)",
}
READ_ONLY = "Read-only database: judgements cannot be saved (opened with --read-only)"


def question(item: ReviewItem) -> str:
    if item.to_confirm:  # the tail: nothing doubts it
        return "confirm?"
    return QUESTIONS.get((item.kind, item.subjects[0].kind), item.kind)


def why(item: ReviewItem) -> str:
    """The reason without the question the Doubt column asks ('probably not an
    organisation: a generic phrase' -> 'a generic phrase')."""
    head, sep, rest = item.reason.partition(": ")
    asks = head.startswith(("probably", "a role", "an agreement")) or item.to_confirm
    return rest if sep and asks else item.reason


def link_of(item: ReviewItem) -> Ref:
    """What Enter opens, s and p start from: the first subject (a role's holder)."""
    s = item.subjects[0]
    if s.kind == "role":
        return Ref("person", int(s.show[1:]), s.name)
    return Ref(s.kind, s.id, s.name)


@dataclass
class ItemRow(TableRow):
    """A row of the queue, with the item it shows."""

    item: ReviewItem


def item_row(item: ReviewItem) -> ItemRow:
    base = TableRow.make(
        link_of(item),
        f"{item.score:.2f}",
        question(item),
        item.title,
        why(item),
        extra=f"{item.id} {item.kind} {item.reason}",
    )
    return ItemRow(base.link, base.cells, base.key, item)


# ---------------------------------------------------------------- reads and writes (threads)


#: items made at once, and when the cursor nears the last one made (the whole queue is
#: ranked each time; an item is made, its names and reason, only when it may be shown)
PAGE = 200


def load_queue(db: Database) -> tuple[RankedQueue, list[ReviewItem]]:
    """The queue ranked, and its first PAGE items."""
    from store.review.queue import ranked_queue

    with db.session() as s:
        queue = ranked_queue(s)
    return queue, queue.items(0, PAGE)


def load_sources(db: Database, item: ReviewItem) -> list[Source]:
    from store.review.queue import sources_of_item

    with db.session() as s:
        return sources_of_item(s, item)


def load_older(db: Database, version: int | None) -> int:
    """How many stored documents an older extractor read (the header says so)."""
    from store.review.extraction import older_documents

    with db.session() as s:
        return older_documents(s, version)


def load_fields(db: Database, item: ReviewItem) -> list[EditField]:
    from store.review.pane import edit_fields

    with db.session() as s:
        return edit_fields(s, item.subjects[0])


@dataclass
class Verdict:
    """A judgement asked for: the item, the action, why, and an edit's form."""

    item: ReviewItem
    action: str
    reason: str = ""
    fields: list[EditField] | None = None
    typed: dict[str, str] | None = None


def apply_verdict(db: Database, v: Verdict) -> str:
    """Judge (in one transaction) and say what was done; a ReviewError says why not."""
    from store.review.items import ReviewError
    from store.review.judge import judge
    from store.review.pane import edit_change, verdict_line

    with db.session() as s:
        change = None
        if v.action == "edit":
            change = edit_change(s, v.fields or [], v.typed or {})
            if not change:
                raise ReviewError(f"{v.item.id}: nothing changed")
        judge(s, v.item.id, v.action, reason=v.reason, change=change)
        s.commit()
    return verdict_line(v.action, v.item.id, v.item.title)


def undo_latest(db: Database) -> tuple[str, str]:
    """Undo the user's latest judgement: what it says, and the item it brings back."""
    from store.review.judge import undo
    from store.review.pane import undo_line

    with db.session() as s:
        j = undo(s)
        s.commit()
        item = j.key.split("#", 1)[0]
        return undo_line(j.action, item, j.decided_by), item


def first_line(exc: BaseException) -> str:
    """What went wrong, in one line: a ReviewError's own; a lost race said as one."""
    from sqlalchemy.exc import IntegrityError

    if isinstance(exc, IntegrityError):
        return "Judged by someone else at the same moment; the list is read again"
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# ---------------------------------------------------------------- the pane


class ReviewPane(Vertical):
    """The queue over the highlighted item's sources; `apply_filter` and `reload` as every
    pane has them (the free text of the filter bar narrows the items)."""

    BINDINGS = REVIEW.bindings()

    class Changed(Message):
        """The queue was read again (its tab label follows)."""

        def __init__(self, pane: ReviewPane) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, database: Database, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.database = database
        self.filt = Filter()
        self.items: list[ReviewItem] = []  # made so far, in queue order
        self.queue: RankedQueue | None = None
        self.loaded = False
        self._sources: dict[str, list[Source]] = {}
        self._pending: set[str] = set()  # judged here, not yet written
        self._focus_on: str | None = None  # the item the cursor goes to after a reload
        self._writing = asyncio.Lock()
        self._visible = False  # the queue is read while the pane is shown
        self._stale = True  # a reload was asked for while it was hidden

    def compose(self) -> ComposeResult:
        yield EntityTable(COLUMNS, id="table-review")
        with VerticalScroll(id="review-detail"):
            yield Static(Text("reading the queue…", style="dim"), id="review-detail-body")

    @property
    def table(self) -> EntityTable:
        return self.query_one("#table-review", EntityTable)

    @property
    def current_item(self) -> ReviewItem | None:
        t = self.table
        if 0 <= t.cursor_row < len(t.shown):
            row = t.shown[t.cursor_row]
            return row.item if isinstance(row, ItemRow) else None
        return None

    def tab_label(self) -> str:
        if not self.loaded:
            return "4 Review"
        shown, total = len(self.table.shown), self.total
        count = f"{shown:,}/{total:,}" if self.filt.text.strip() else f"{total:,}"
        return f"4 Review ({count})"

    @property
    def total(self) -> int:
        """Items in the queue, less those judged here and not yet written."""
        made = len(self.items) - sum(1 for i in self.items if i.id in self._pending)
        return made + (len(self.queue) - len(self.items) if self.queue else 0)

    @property
    def more(self) -> bool:
        """The queue holds items not made yet."""
        return self.queue is not None and len(self.items) < len(self.queue)

    # ------------------------------------------------------------ loading

    def apply_filter(self, filt: Filter) -> None:
        """The free text narrows the items (their subjects, ids and reasons)."""
        self.filt = filt
        if not self.loaded:
            return  # the queue is read, and narrowed, when the pane is first shown
        self.table.apply_filter(filt.text)
        self.post_message(self.Changed(self))
        self._show_detail(self.current_item)
        if filt.text.strip() and self.more:
            self._make_more(everything=True)

    def reload(self) -> None:
        """Read the queue again (after a judgement, an import, a merge): now if the pane is
        shown, else when it is next shown. The queue weighs every entity's evidence, so a
        large knowledge base opens without waiting for it."""
        self._stale = True
        if self._visible:
            self._stale = False
            self._load()

    def on_show(self) -> None:
        self._visible = True
        if self._stale:
            self.reload()

    def on_hide(self) -> None:
        self._visible = False

    @work(exclusive=True, group="review")
    async def _load(self) -> None:
        self.queue, items = await asyncio.to_thread(load_queue, self.database)
        self.loaded = True
        self._set_items(items)
        if self.filt.text.strip() and self.more:
            self._make_more(everything=True)

    @on(EntityTable.NeedMore)
    def _need_more(self, event: EntityTable.NeedMore) -> None:
        event.stop()
        self._make_more(everything=bool(self.filt.text.strip()))

    @work(exclusive=True, group="review-more")
    async def _make_more(self, everything: bool) -> None:
        """Make the next page of items (every item left, when EVERYTHING)."""
        queue = self.queue
        if queue is None or not self.more:
            return
        start = len(self.items)
        stop = None if everything else start + PAGE
        made = await asyncio.to_thread(queue.items, start, stop)
        if queue is not self.queue:
            return  # read again meanwhile
        self.items += made
        self.table.extend([item_row(i) for i in made if i.id not in self._pending], more=self.more)
        self.post_message(self.Changed(self))

    def _set_items(self, items: list[ReviewItem]) -> None:
        """Show ITEMS, the cursor on the same item if it is still there, else at the same
        place (the next item), or on the item an undo brought back."""
        t = self.table
        current, at = self.current_item, t.cursor_row
        target = self._focus_on or (current.id if current else None)
        self._focus_on = None
        self.items = items
        items = [i for i in items if i.id not in self._pending]
        self._sources = {k: v for k, v in self._sources.items() if k in {i.id for i in items}}
        t.set_rows([item_row(i) for i in items], self.filt.text, more=self.more)
        ids = [r.item.id for r in t.shown if isinstance(r, ItemRow)]
        self._move_to(ids.index(target) if target in ids else min(max(at, 0), len(ids) - 1))
        self.post_message(self.Changed(self))
        self._show_detail(self.current_item)

    def _move_to(self, row: int) -> None:
        """Put the cursor on ROW of the shown items (adding the rows up to it)."""
        t = self.table
        if row < 0:
            return
        while t.row_count <= row < len(t.shown) and t.row_count:
            t.move_cursor(row=t.row_count - 1, animate=False)  # adds the next rows
        if row < t.row_count:
            t.move_cursor(row=row, animate=False)

    # ------------------------------------------------------------ the highlighted item

    @on(DataTable.RowHighlighted, "#table-review")
    def _highlighted(self) -> None:
        self._show_detail(self.current_item)

    @work(exclusive=True, group="review-sources")
    async def _show_detail(self, item: ReviewItem | None) -> None:
        body = self.query_one("#review-detail-body", Static)
        if item is None:
            empty = "Nothing to review." if not self.filt.text.strip() else "No item matches."
            body.update(Text(empty, style="italic"))
            return
        sources = self._sources.get(item.id)
        body.update(detail_text(item, sources))
        if sources is None:
            await asyncio.sleep(0.05)  # moving the cursor fast does not read every item
            sources = await asyncio.to_thread(load_sources, self.database, item)
            self._sources[item.id] = sources
            if self.current_item is item:
                body.update(detail_text(item, sources))

    # ------------------------------------------------------------ judging

    def _writable(self) -> bool:
        if self.database.read_only:
            self.notify(READ_ONLY, severity="warning")
            return False
        return True

    def _item_for(self, action: str) -> ReviewItem | None:
        item = self.current_item
        if item is None:
            self.notify("Nothing to review")
            return None
        if action not in item.actions:
            self.notify(f"{item.id}: {FOR_KIND[item.kind]}", severity="warning")
            return None
        return item if self._writable() else None

    def action_judge(self, action: str) -> None:
        if item := self._item_for(action):
            self._judge(Verdict(item, action))

    def action_reject_why(self) -> None:
        from tui.screens.review_form import ReviewFormScreen

        if (item := self._item_for("reject")) is None:
            return

        def given(typed: dict[str, str] | None) -> None:
            if typed is not None:
                self._judge(Verdict(item, "reject", reason=typed.get("reason", "")))

        self.app.push_screen(ReviewFormScreen(f"Reject {item.title}", [], verb="reject"), given)

    def action_edit(self) -> None:
        if item := self._item_for("edit"):
            self._edit(item)

    @work(group="review-form")
    async def _edit(self, item: ReviewItem) -> None:
        from store.review.items import ReviewError
        from tui.screens.review_form import ReviewFormScreen

        try:
            fields = await asyncio.to_thread(load_fields, self.database, item)
        except ReviewError as exc:
            self.notify(first_line(exc), severity="error")
            return

        def given(typed: dict[str, str] | None) -> None:
            if typed is not None:
                reason = typed.pop("reason", "")
                self._judge(Verdict(item, "edit", reason, fields, typed))

        self.app.push_screen(ReviewFormScreen(f"Edit {item.title}", fields), given)

    def _judge(self, verdict: Verdict) -> None:
        """The item leaves the list now; the judgement is written in the background."""
        self._pending.add(verdict.item.id)
        self._set_items(self.items)
        self._write(verdict)

    @work(group="review-write")
    async def _write(self, verdict: Verdict) -> None:
        async with self._writing:  # one at a time, in the order given
            try:
                line = await asyncio.to_thread(apply_verdict, self.database, verdict)
            except Exception as exc:  # ReviewError, a lost race: say why; it comes back
                self._pending.discard(verdict.item.id)
                self.notify(first_line(exc), severity="error")
                self.reload()
                return
        self._pending.discard(verdict.item.id)
        self.post_message(Judged(line))

    def action_undo(self) -> None:
        if self._writable():
            self._undo()

    @work(group="review-write")
    async def _undo(self) -> None:
        async with self._writing:
            try:
                line, item = await asyncio.to_thread(undo_latest, self.database)
            except Exception as exc:
                self.notify(first_line(exc), severity="warning")
                return
        self._focus_on = item
        self.post_message(Judged(line))


def detail_text(item: ReviewItem, sources: list[Any] | None) -> RenderableType:
    """The item in full (its id, subjects, reason, what the keys do) over its sentences."""
    parts: list[RenderableType] = [
        Text.assemble((item.id, "bold"), "  ", (item.title, "bold")),
        Text(item.reason, style="italic"),
        Text(FOR_KIND[item.kind], style="dim"),
        Text(""),
    ]
    if item.document is not None:  # a mention item: the one document it asks about
        parts[3:3] = [Text.assemble(("in ", "dim"), f"d{item.document[0]} {item.document[1]}")]
    if sources is None:
        parts.append(Text("reading the sources…", style="dim"))
    elif not sources:
        parts.append(Text("No document states it: reference data, or typed in.", style="italic"))
    for src in sources or []:
        head = Text.assemble((src.title or src.path, "bold"), "  ", (src.date or "undated", "dim"))
        parts += [head, highlighted_sentence(src), Text("")]
    return Group(*parts)
