"""The Timeline pane: every agreement by date, oldest first (undated last), under a chart of
agreements per year, both narrowed by the filter bar.

Oldest first because a timeline reads down the way its chart reads across, from the first
year to the last; the Agreements pane lists the newest first. The agreements are those
`store.queries.stats.matching_agreements` selects (through store.queries.timelines), so the
chart counts exactly what `ipx stats --by year` counts under the same filter. Enter opens
the highlighted agreement (the screen turns a selected row into OpenEntity).

At a million names (20,000 agreements) the pane reads only the ids and the chart's counts,
in SQL, and the rows a page at a time as the cursor comes near (store.queries.timelines).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical

from store.db import Database
from store.queries import AgreementRow, Filter, FilterError, parse_filter
from store.views.charts import YearChart
from store.views.labels import agreement_kind, date_or_undated
from store.views.refs import Ref
from tui.widgets.charts import YearChartView
from tui.widgets.entity_table import ColumnSpec, EntityTable, TableRow

if TYPE_CHECKING:
    from store.queries.timelines import Timeline

COLUMNS = [
    ColumnSpec("date", "Date", cap=10),
    ColumnSpec("kind", "Kind", cap=11),
    ColumnSpec("parties", "Parties", flex=2, minimum=12),
    ColumnSpec("title", "Title", flex=3, minimum=12),
]


def load_timeline(db: Database, filt: Filter | None = None) -> Timeline:
    """The ids of the agreements FILT lets through, in date order, and their counts."""
    from store.queries.timelines import timeline

    with db.session() as s:
        return timeline(s, filt)


def load_page(db: Database, ids: list[int]) -> list[TableRow]:
    """The table rows of the agreements IDS, in that order, parties by their short names."""
    from store.queries import acronyms_of
    from store.queries.timelines import timeline_page

    with db.session() as s:
        rows = timeline_page(s, ids)
        acronyms = acronyms_of(s, {p.id for r in rows for p in r.parties})
    return table_rows(rows, acronyms)


def table_rows(rows: list[AgreementRow], acronyms: dict[int, str]) -> list[TableRow]:
    def short(p: Ref) -> str:
        return acronyms.get(p.id, p.name)

    return [
        TableRow.make(
            Ref("agreement", a.id, a.title),
            date_or_undated(a.date),
            agreement_kind(a.kind),
            ", ".join(short(p) for p in a.parties),
            a.title,
            extra=" ".join(p.name for p in a.parties),
        )
        for a in rows
    ]


class TimelinePane(Vertical):
    """The chart over the list. `apply_filter` takes what the filter bar holds (its text or
    a parsed Filter) and redraws both; a filter that does not parse leaves them as they
    are (the filter bar says what is wrong).

    Read as a list pane reads its list: the ids and the chart's counts first, then the rows
    of the first page, the next page when the cursor comes near (EntityTable.NeedMore), so
    that twenty thousand agreements cost a screenful."""

    DEFAULT_CSS = """
    TimelinePane { height: 1fr; }
    """

    FIRST = 100  # rows read before the chart and the list are shown
    PAGE = 400  # rows read at a time after that

    def __init__(self, database: Database, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.database = database
        self.filt = Filter()
        self.timeline: Timeline | None = None
        self.chart: YearChart | None = None
        self.read = 0  # how many of the timeline's ids have their rows read
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield YearChartView(id="timeline-chart")
        yield EntityTable(COLUMNS, id="table-timeline")

    @property
    def table(self) -> EntityTable:
        return self.query_one("#table-timeline", EntityTable)

    @property
    def total(self) -> int:
        return len(self.timeline.ids) if self.timeline else 0

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

    def _read(self, filt: Filter) -> tuple[Timeline, YearChart, list[TableRow]]:
        """The timeline, its chart and its first page of rows (off the event loop)."""
        from store.views.timelines import counts_chart

        timeline = load_timeline(self.database, filt)
        rows = load_page(self.database, timeline.ids[: self.FIRST])
        return timeline, counts_chart(timeline.counts), rows

    @work(exclusive=True, group="timeline")
    async def _load(self, filt: Filter) -> None:
        timeline, chart, rows = await asyncio.to_thread(self._read, filt)
        if filt != self.filt:
            return  # a newer filter is on its way
        self.timeline, self.chart = timeline, chart
        self.read = min(self.FIRST, len(timeline.ids))
        self.query_one(YearChartView).chart = chart
        self.table.set_rows(rows, more=self.read < len(timeline.ids))
        self.loaded = True

    @on(EntityTable.NeedMore)
    def _need_more(self, event: EntityTable.NeedMore) -> None:
        event.stop()
        if self.timeline is not None:
            self._read_more(self.timeline)

    @work(exclusive=True, group="timeline-pages")
    async def _read_more(self, timeline: Timeline) -> None:
        """The next page of TIMELINE (unused if a newer one is shown by then)."""
        ids = timeline.ids[self.read : self.read + self.PAGE]
        rows = await asyncio.to_thread(load_page, self.database, ids)
        if timeline is not self.timeline:
            return
        self.read += len(ids)
        self.table.extend(rows, more=self.read < len(timeline.ids))
