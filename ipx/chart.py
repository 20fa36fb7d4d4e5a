"""`ipx stats` on a terminal: counts as a horizontal bar chart, drawn with Rich.

Rich is already what `ipx show` and `ipx search` print with, so the chart costs no new
dependency; its bars are plain block characters (no graphics protocol), so they work over
SSH and in any terminal, and the table fits the terminal's width. Years run down the chart
in order with the years between them shown empty, so the gaps read as gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.queries.filters import Filter
    from store.queries.stats import Count

#: years between the first and the last are drawn (as empty bars) up to this span
MAX_GAP_FILL = 80
BAR_COLOUR = "cyan"
TITLE = {
    "year": "Agreements per year",
    "kind": "Agreements by kind",
    "country": "Agreements by partner country",
    "partner": "Agreements by partner",
}
NOTE = {
    "country": "an agreement counts once for each country among its partners",
    "partner": "an agreement counts once for each partner",
}


@dataclass
class Chart:
    by: str
    counts: list[Count]
    total: int  # agreements counted (by partner or country, bars add up to more)
    org: str | None  # the organisation whose agreements these are
    filt: Filter


def _filled(counts: list[Count]) -> list[Count]:
    """Years with the years between them (count 0), so a gap in time is a gap in the chart."""
    from store.queries.stats import Count

    dated = {int(c.key): c for c in counts if c.key.isdigit()}
    if not dated or max(dated) - min(dated) > MAX_GAP_FILL:
        return counts
    years = range(min(dated), max(dated) + 1)
    filled = [dated.get(y) or Count(str(y), 0, None, None) for y in years]
    return filled + [c for c in counts if not c.key.isdigit()]


def _label(by: str, c: Count) -> str:
    if by == "kind":
        from store.views.labels import agreement_kind

        return agreement_kind(c.key)
    if by == "country":
        from store.search.context import country_name

        name = country_name(c.key)
        return f"{c.key}  {name}" if name != c.key else c.key
    return c.key


def _years(c: Count) -> str:
    if c.first_year is None:
        return "undated"
    if c.first_year == c.last_year:
        return str(c.first_year)
    return f"{c.first_year}–{c.last_year}"


def _heading(chart: Chart) -> str:
    parts = [TITLE.get(chart.by, "Agreements")]
    if chart.org:
        parts.append(chart.org)
    if chart.filt.active:
        parts.append(chart.filt.describe())
    return " · ".join(parts)


def _footer(chart: Chart) -> str:
    total = f"{chart.total} agreement{'s' if chart.total != 1 else ''}"
    note = NOTE.get(chart.by)
    return f"{total}; {note}" if note else total


def print_chart(chart: Chart) -> None:
    """The chart on standard output; "no agreements" when nothing was counted."""
    from rich.bar import Bar
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    console.print(Text(_heading(chart), style="bold"))
    counts = _filled(chart.counts) if chart.by == "year" else chart.counts
    if not counts:
        console.print(Text("no agreements match", style="dim"))
        return
    top = max(c.count for c in counts) or 1
    table = Table(box=None, show_header=False, expand=True, pad_edge=False, padding=(0, 1))
    table.add_column("key", overflow="fold", max_width=max(12, console.width * 2 // 5))
    table.add_column("bar", ratio=1, min_width=10)
    table.add_column("count", justify="right", no_wrap=True)
    if chart.by != "year":
        table.add_column("years", no_wrap=True, style="dim")
    if chart.by == "partner":
        table.add_column("id", no_wrap=True, style="dim")
    for c in counts:
        cells: list[object] = [_label(chart.by, c), Bar(top, 0, c.count, color=BAR_COLOUR)]
        cells.append(str(c.count))
        if chart.by != "year":
            cells.append(_years(c))
        if chart.by == "partner":
            cells.append(c.ref.ref if c.ref else "")
        table.add_row(*cells)  # type: ignore[arg-type]
    console.print(table)
    console.print(Text(_footer(chart), style="dim"))
