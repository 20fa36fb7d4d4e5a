"""A list pane of the home screen (Organisations, Agreements, Officials): one EntityTable fed
page by page from store.queries.lists, narrowed by the filter bar.

A list of a million names costs what a screenful costs: the pane reads the ids in list order
(the filter's fields narrow them in SQL), then the rows of the first page, and the next page
only when the cursor comes near the end of what was read (EntityTable.NeedMore). The free
text narrows the rows read, as the filter bar always did; while it is set, the pane reads the
rest of the list's pages so that nothing listed is missed. Reads run in threads; a newer
filter or reload makes an older read's rows go unused.

A page is shown before its confidence is read (it weighs every mention of the rows, and the
first rows of a list are the most mentioned): the rows it dims or marks are drawn again
when it comes, a moment later.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message

from store.db import Database
from store.queries import AgreementRow, OrgRow, PersonRow
from store.queries.filters import Filter
from store.queries.list_filters import relevant
from store.views.labels import agreement_kind, date_or_undated
from store.views.readings import JOIN, reading_of
from store.views.refs import Ref
from tui.data import Catalog, ListIds, load_count, load_ids, names_by_script
from tui.render import named
from tui.widgets.entity_table import ColumnSpec, EntityTable, TableRow
from tui.widgets.review_marks import with_confidence

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


def org_row(o: OrgRow) -> TableRow:
    return TableRow.make(
        Ref("organisation", o.id, o.name),
        o.name,
        o.acronym,
        o.country,
        str(o.agreements),
        extra=o.kind or "",
    )


def agreement_row(a: AgreementRow) -> TableRow:
    return TableRow.make(
        Ref("agreement", a.id, a.title),
        date_or_undated(a.date),
        agreement_kind(a.kind),
        ", ".join(a.short or [p.name for p in a.parties]),
        a.title,
        extra=" ".join(p.name for p in a.parties),
    )


def official_row(p: PersonRow) -> TableRow:
    return TableRow.make(
        Ref("person", p.id, p.name),
        official_name(p),
        p.context,
        extra=" ".join([*p.other_names, p.organisation.name if p.organisation else ""]),
    )


@dataclass(frozen=True)
class ListSpec:
    """One list pane: its id, the key that shows it, its title, the entities it lists
    (store.queries.lists), its columns and how an entity becomes a row."""

    pane: str
    key: int
    title: str
    kind: str
    columns: list[ColumnSpec]
    row: Callable[[Any], TableRow]


LISTS = (
    ListSpec("organisations", 1, "Organisations", "organisation", ORG_COLUMNS, org_row),
    ListSpec("agreements", 2, "Agreements", "agreement", AGREEMENT_COLUMNS, agreement_row),
    ListSpec("officials", 3, "Officials", "person", OFFICIAL_COLUMNS, official_row),
)


def read_rows(db: Database, kind: str, ids: list[int]) -> list[Any]:
    """The store's rows of IDS, in that order, without their confidence (`confident`)."""
    from store.queries.lists import ROWS

    with db.session() as s:
        return ROWS[kind](s, ids, confidence=False)


def confident(db: Database, kind: str, rows: list[Any]) -> list[Any]:
    """ROWS with their confidence."""
    from store.queries.lists import add_confidence

    with db.session() as s:
        return add_confidence(s, kind, rows)


def short_names(rows: list[Any]) -> dict[int, str]:
    """The organisations' short names a page of rows tells (for the trail and paths)."""
    out: dict[int, str] = {}
    for r in rows:
        if isinstance(r, OrgRow) and r.acronym:
            out[r.id] = r.acronym
        elif isinstance(r, AgreementRow):
            for p, short in zip(r.parties, r.short, strict=False):
                if short != p.name:
                    out[p.id] = short
    return out


class ListPane(Vertical):
    """One list, read page by page; `apply_filter` and `reload` as every pane has them."""

    DEFAULT_CSS = """
    ListPane { height: 1fr; }
    """

    FIRST = 100  # rows read before the first paint of a list (the next page follows it)
    PAGE = 400  # rows read at a time after that

    class Changed(Message):
        """The pane's rows or counts changed (its tab label follows)."""

        def __init__(self, pane: ListPane) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, spec: ListSpec, database: Database, catalog: Catalog) -> None:
        super().__init__(id=f"pane-{spec.pane}")
        self.spec = spec
        self.database = database
        self.catalog = catalog
        self.filt = Filter()  # the filter in force (fields and free text)
        self.listed = ListIds([], 0)  # the ids the list shows, in order
        self.read = 0  # how many of them have their rows read
        self.loaded = False  # a first page is shown
        self.loading = False  # a read of the list (after a filter, a reload) is under way
        self._generation = 0  # bumped by every new read of the ids

    def compose(self) -> ComposeResult:
        yield EntityTable(self.spec.columns, id=f"table-{self.spec.pane}")

    @property
    def table(self) -> EntityTable:
        return self.query_one(EntityTable)

    def tab_label(self) -> str:
        """'1 Organisations (5)', '(2/5)' while the free text narrows it, '(5,000 of
        455,931)' when the list is cut at LIST_LIMIT ('(5,000+)' until counted)."""
        listed, total = len(self.listed.ids), self.listed.total
        if self.filt.text.strip():
            count = f"{len(self.table.shown):,}/{listed:,}"
        elif not self.listed.counted:
            count = f"{listed:,}+"
        elif total > listed:
            count = f"{listed:,} of {total:,}"
        else:
            count = f"{listed:,}"
        return f"{self.spec.key} {self.spec.title} ({count})"

    # ------------------------------------------------------------ filtering and loading

    def apply_filter(self, filt: Filter) -> None:
        """Show what FILT lets through: the fields read again from the store, the free text
        applied to the rows read."""
        old, self.filt = self.filt, filt
        kind = self.spec.kind
        if self.loaded and relevant(kind, old) == relevant(kind, filt):
            self.table.apply_filter(filt.text)
            self._read_rest()
            self.post_message(self.Changed(self))
        else:
            self.reload()

    def reload(self) -> None:
        """Read the list again (at start, after a new filter, an import, a merge)."""
        self._generation += 1
        self.loading = True
        self._load(self._generation)

    @work(exclusive=True, group="list")
    async def _load(self, generation: int) -> None:
        fields = relevant(self.spec.kind, self.filt)
        listed = await asyncio.to_thread(load_ids, self.database, self.spec.kind, fields)
        first = listed.ids[: self.FIRST]
        found, rows = await asyncio.to_thread(self._rows, first)
        if generation != self._generation:
            return
        self.listed, self.read = listed, len(first)
        self.table.set_rows(rows, self.filt.text, more=self.read < len(listed.ids))
        self.loaded, self.loading = True, False
        self.post_message(self.Changed(self))
        self._read_rest()
        self._mark(generation, found)
        if listed.cut:  # how many there are in all, counted once the first rows are shown
            total = await asyncio.to_thread(load_count, self.database, self.spec.kind, fields)
            if generation == self._generation:
                self.listed.total, self.listed.counted = total, True
                self.post_message(self.Changed(self))

    def _rows(self, ids: list[int]) -> tuple[list[Any], list[TableRow]]:
        """The store's rows of IDS and the table's (in a thread), their confidence not read
        yet; their short names go to the catalog."""
        found = read_rows(self.database, self.spec.kind, ids)
        self.catalog.acronyms.update(short_names(found))
        return found, [self.spec.row(r) for r in found]

    def _marked(self, found: list[Any]) -> list[TableRow]:
        """The table rows of FOUND that their confidence changes (in a thread)."""
        rows = [(self.spec.row(r), r) for r in confident(self.database, self.spec.kind, found)]
        # issue 11: low-confidence rows dimmed, reviewed rows marked (tui/widgets/review_marks)
        marked = [(row, with_confidence(row, r, self.spec.columns)) for row, r in rows]
        return [new for row, new in marked if new is not row]

    @work(group="marks")
    async def _mark(self, generation: int, found: list[Any]) -> None:
        """Read the confidence of FOUND and draw the rows it dims or marks (a worker of its
        own: a newer page read must not cancel it)."""
        marked = await asyncio.to_thread(self._marked, found)
        if generation == self._generation:
            self.table.mark(marked)

    @on(EntityTable.NeedMore)
    def _need_more(self, event: EntityTable.NeedMore) -> None:
        event.stop()
        self._read_more(self._generation, everything=bool(self.filt.text.strip()))

    def _read_rest(self) -> None:
        """While the free text narrows the list, read every page (nothing listed missed)."""
        if self.filt.text.strip() and self.read < len(self.listed.ids):
            self._read_more(self._generation, everything=True)

    @work(exclusive=True, group="pages")
    async def _read_more(self, generation: int, everything: bool) -> None:
        while generation == self._generation and self.read < len(self.listed.ids):
            ids = self.listed.ids[self.read : self.read + self.PAGE]
            found, rows = await asyncio.to_thread(self._rows, ids)
            if generation != self._generation:
                return
            self.read += len(ids)
            self.table.extend(rows, more=self.read < len(self.listed.ids))
            self.post_message(self.Changed(self))
            self._mark(generation, found)
            if not everything:
                return
