"""The Timeline pane: every agreement by date, oldest first (undated last), under a chart of
agreements per year, both narrowed by the filter bar.

Oldest first because a timeline reads down the way its chart reads across, from the first
year to the last; the Agreements pane lists the newest first. The agreements are those
`store.queries.stats.matching_agreements` selects (through store.queries.timelines), so the
chart counts exactly what `ipx stats --by year` counts under the same filter. Enter opens
the highlighted agreement (the screen turns a selected row into OpenEntity).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical

from store.db import Database
from store.queries import AgreementRow, Filter, FilterError, parse_filter
from store.views.charts import YearChart, year_chart
from store.views.labels import agreement_kind, date_or_undated
from store.views.refs import Ref
from tui.widgets.charts import YearChartView
from tui.widgets.entity_table import ColumnSpec, EntityTable, TableRow

COLUMNS = [
    ColumnSpec("date", "Date", cap=10),
    ColumnSpec("kind", "Kind", cap=11),
    ColumnSpec("parties", "Parties", flex=2, minimum=12),
    ColumnSpec("title", "Title", flex=3, minimum=12),
]


@dataclass
class Timeline:
    """What the pane shows: the agreements that pass the filter, in date order, their chart,
    and the organisations' short names."""

    rows: list[AgreementRow]
    chart: YearChart
    acronyms: dict[int, str]


def load_timeline(db: Database, filt: Filter | None = None) -> Timeline:
    from store.queries import acronyms_of
    from store.queries.timelines import timeline_rows

    with db.session() as s:
        rows = timeline_rows(s, filt)
        acronyms = acronyms_of(s, {p.id for r in rows for p in r.parties})
    return Timeline(rows, year_chart((r.date, r.kind) for r in rows), acronyms)


def table_rows(timeline: Timeline) -> list[TableRow]:
    def short(p: Ref) -> str:
        return timeline.acronyms.get(p.id, p.name)

    return [
        TableRow.make(
            Ref("agreement", a.id, a.title),
            date_or_undated(a.date),
            agreement_kind(a.kind),
            ", ".join(short(p) for p in a.parties),
            a.title,
            extra=" ".join(p.name for p in a.parties),
        )
        for a in timeline.rows
    ]


class TimelinePane(Vertical):
    """The chart over the list. `apply_filter` takes what the filter bar holds (its text or
    a parsed Filter) and redraws both; a filter that does not parse leaves them as they
    are (the filter bar says what is wrong)."""

    DEFAULT_CSS = """
    TimelinePane { height: 1fr; }
    """

    def __init__(self, database: Database, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.database = database
        self.filt = Filter()
        self.timeline: Timeline | None = None
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield YearChartView(id="timeline-chart")
        yield EntityTable(COLUMNS, id="table-timeline")

    @property
    def table(self) -> EntityTable:
        return self.query_one("#table-timeline", EntityTable)

    @property
    def total(self) -> int:
        return len(self.timeline.rows) if self.timeline else 0

    def reload(self) -> None:
        """Read the agreements again (after an import, a merge or a split)."""
        self._load(self.filt)

    def apply_filter(self, filt: str | Filter) -> None:
        """Show only the agreements FILT lets through (all, for an empty filter)."""
        if isinstance(filt, str):
            try:
                filt = parse_filter(filt)
            except FilterError:
                return
        if filt == self.filt and self.timeline is not None:
            return
        self.filt = filt
        self._load(filt)

    def _read(self, filt: Filter) -> tuple[Timeline, list[TableRow]]:
        """The timeline and its table's rows (off the event loop: thousands of rows)."""
        timeline = load_timeline(self.database, filt)
        return timeline, table_rows(timeline)

    @work(exclusive=True, group="timeline")
    async def _load(self, filt: Filter) -> None:
        timeline, rows = await asyncio.to_thread(self._read, filt)
        if filt != self.filt:
            return  # a newer filter is on its way
        self.timeline = timeline
        self.query_one(YearChartView).chart = timeline.chart
        self.table.set_rows(rows)
        self.loaded = True
