"""The figures of store.views.charts drawn with Rich, as lines of text: agreements per year
as stacked columns, and spans of time as bars on a year axis.

Drawn with block characters rather than a plotting library, so that a chart of a few
agreements reads exactly at 80x24 (every bar is labelled with its count, every column with
its year, or every few years when columns are narrow), looks the same over SSH, in both
themes and in snapshots, and needs no clock. Series differ by colour and by shade (█ ▓ ▒ ░),
so a chart still reads in one colour. Colours come from a `ChartStyle`; the widgets take it
from their component classes (tui/app.tcss), so it follows the theme.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import cache

from rich.console import Console
from rich.style import StyleType
from rich.text import Text

from store.views.charts import Span, SpanChart, YearBar, YearChart

#: full cells of each series, in legend order (the last is used for any further series)
SHADES = ("█", "▓", "▒", "░")
#: the top of a bar, in eighths of a cell
EIGHTHS = " ▁▂▃▄▅▆▇█"
#: a span's known part, its unknown start, and "still held"
SOLID, UNKNOWN, ONGOING = "━", "┄", "▶"
#: a column is at most this wide (a bar and the gap before the next)
MAX_SLOT = 6
YEAR = 4  # cells of a year label


@dataclass(frozen=True)
class ChartStyle:
    """Rich styles of a chart: one per series, the bars of spans, the axis and its labels,
    the counts, notes."""

    series: tuple[StyleType, ...] = ("blue", "yellow", "green", "magenta")
    span: StyleType = "green"  # not the cursor's colour: a bar shows on the highlighted line
    axis: StyleType = "dim"
    count: StyleType = "bold"
    note: StyleType = "dim italic"

    def of(self, i: int) -> StyleType:
        return self.series[min(i, len(self.series) - 1)] if self.series else ""


DEFAULT_STYLE = ChartStyle()


# ---------------------------------------------------------------- agreements per year


@dataclass(frozen=True)
class _Layout:
    bars: tuple[YearBar, ...]  # one per column (years gathered when they would not fit)
    years: int  # years per column
    slot: int  # cells per column
    bar: int  # cells of the bar in a column


def _layout(chart: YearChart, room: int) -> _Layout:
    """Columns for CHART in ROOM cells: a year each, with a gap between bars where there is
    room for one; a few years each when a year would not get a cell."""
    bars = chart.bars
    per = max(1, math.ceil(len(bars) / max(1, room)))
    if per > 1:
        groups = [bars[i : i + per] for i in range(0, len(bars), per)]
        bars = tuple(
            YearBar(g[0].year, tuple(map(sum, zip(*(b.counts for b in g), strict=True))))
            for g in groups
        )
    slot = max(1, min(MAX_SLOT, room // max(1, len(bars))))
    return _Layout(bars, per, slot, slot - 1 if slot >= 2 else 1)


def _rows(peak: int, most: int) -> int:
    """How many rows the bars take: a whole number of rows per agreement when the highest
    bar fits in MOST rows that way (bars then read exactly), else MOST."""
    if 0 < peak <= most:
        return peak * (most // peak)
    return most


def _cells(bar: YearBar, peak: int, rows: int) -> list[tuple[int, int]]:
    """BAR's column from the bottom: (series, eighths filled) for each cell that holds any."""
    if not bar.total or not peak:
        return []
    top = max(1, round(bar.total / peak * rows * 8))
    bounds, cum = [], 0
    for n in bar.counts:
        cum += n
        bounds.append(round(cum / bar.total * top))
    cells = []
    for r in range(math.ceil(top / 8)):
        middle = r * 8 + 4
        series = next((i for i, b in enumerate(bounds) if b > middle), len(bounds) - 1)
        cells.append((series, min(8, top - r * 8)))
    return cells


def _labelled(bar: YearBar, layout: _Layout) -> bool:
    """Whether BAR's count fits over it (within its bar, leaving the gap to the next)."""
    return bool(bar.total) and len(str(bar.total)) <= layout.bar < layout.slot


def _year_labels(layout: _Layout) -> Text:
    """The years under the columns: each column's, or every few where columns are narrow."""
    every = max(1, math.ceil((YEAR + 1) / layout.slot))
    line = [" "] * (layout.slot * len(layout.bars) + YEAR)
    last_end = -1
    for i, bar in enumerate(layout.bars):
        if i % every:
            continue
        label = str(bar.year)
        at = i * layout.slot + max(0, (layout.bar - YEAR) // 2)  # centred over a wide bar
        if at <= last_end:
            continue
        line[at : at + YEAR] = list(label)
        last_end = at + YEAR
    return Text("".join(line).rstrip())


def _legend(chart: YearChart, layout: _Layout, style: ChartStyle, summary: bool) -> Text:
    """The kinds by shade (when there are several), and with SUMMARY what the chart counts
    and leaves out."""
    parts: list[Text] = []
    if len(chart.series) > 1:
        for i, name in enumerate(chart.series):
            parts.append(Text.assemble((SHADES[min(i, len(SHADES) - 1)], style.of(i)), f" {name}"))
    notes = [chart_note(chart)] if summary else []
    if layout.years > 1:
        notes.append(f"each column {layout.years} years")
    if not all(_labelled(b, layout) for b in layout.bars if b.total):  # a count left out
        top = max(layout.bars, key=lambda b: b.total)
        notes.append(f"at most {top.total} in a column ({top.year})")
    if notes:
        parts.append(Text(" · ".join(n for n in notes if n), style=style.note))
    return Text("  ").join(parts)


def chart_note(chart: YearChart) -> str:
    """What a chart counts, and what it leaves out: '3 agreements, 2013–2017 · 1 undated,
    not drawn'; the kind when there is one ('MoU · ...')."""
    note = chart.summary()
    return f"{chart.series[0]} · {note}" if len(chart.series) == 1 else note


def year_chart_lines(
    chart: YearChart,
    room: int,
    *,
    rows: int = 4,
    style: ChartStyle = DEFAULT_STYLE,
    summary: bool = True,
) -> list[Text]:
    """CHART as lines of at most ROOM cells: the counts over the bars, at most ROWS of bars,
    the axis, the years, and the legend; with SUMMARY, what the chart counts and leaves out
    (undated agreements: `chart_note`)."""
    if not chart.bars:
        return [Text(chart_note(chart), style=style.note)] if summary else []
    layout = _layout(chart, room)
    peak = max(b.total for b in layout.bars)
    rows = _rows(peak, rows)
    columns = [_cells(b, peak, rows) for b in layout.bars]
    grid = [Text() for _ in range(rows + 1)]  # the top line holds the counts of full bars
    for bar, cells in zip(layout.bars, columns, strict=True):
        for r in range(rows + 1):
            line = grid[rows - r]
            if r < len(cells):
                series, eighths = cells[r]
                glyph = SHADES[min(series, len(SHADES) - 1)] if eighths == 8 else EIGHTHS[eighths]
                line.append(glyph * layout.bar, style=style.of(series))
                line.append(" " * (layout.slot - layout.bar))
            elif r == len(cells) and _labelled(bar, layout):
                line.append(f"{bar.total:^{layout.bar}}", style=style.count)
                line.append(" " * (layout.slot - layout.bar))
            else:
                line.append(" " * layout.slot)
    axis = Text("─" * (layout.slot * len(layout.bars) - (layout.slot - layout.bar)))
    axis.stylize(style.axis)
    years = _year_labels(layout)
    years.stylize(style.axis)
    lines = grid[1:] if not grid[0].plain.strip() else grid  # no count is that high
    legend = _legend(chart, layout, style, summary)
    legend_lines = list(legend.wrap(_console(), room)) if legend.cell_len > room else [legend]
    legend_lines = [line for line in legend_lines if line.plain.strip()]
    out = [*lines, axis, years, *legend_lines]
    for line in out:
        line.rstrip()
    return out


@cache
def _console() -> Console:
    """A console for wrapping text only (it prints nowhere)."""
    return Console(file=io.StringIO(), width=1000, legacy_windows=False)


# ---------------------------------------------------------------- spans on a year axis


@dataclass(frozen=True)
class Axis:
    """A year axis of WIDTH cells for CHART. The first cell is kept for the dotted lead of a
    span whose start is not known, the last for the mark of a span still held, so both
    show even at the axis' ends."""

    chart: SpanChart
    width: int

    @property
    def years(self) -> int:
        return self.chart.last - self.chart.first + 1

    def at(self, year: int) -> int:
        """The first cell of YEAR."""
        return 1 + math.floor((year - self.chart.first) * (self.width - 2) / self.years)

    def end(self, year: int) -> int:
        """The cell after the last of YEAR (at least one cell after its first)."""
        return max(self.at(year) + 1, self.at(year + 1))

    def labels(self, style: ChartStyle = DEFAULT_STYLE) -> Text:
        """The years along the axis: the first and the last, and every few between where
        they do not crowd them."""
        cells = [" "] * self.width
        first, last = self.chart.first, self.chart.last
        step = 1
        while self.years > 1 and (self.at(first + step) - self.at(first)) < YEAR + 2:
            step += 1
        for year in (first, last, *range(first + step, last, step)):
            at = min(self.at(year), self.width - YEAR - 1)
            if at < 0 or any(c != " " for c in cells[max(0, at - 1) : at + YEAR + 1]):
                continue
            cells[at : at + YEAR] = list(str(year))
        return Text("".join(cells).rstrip(), style=style.axis)

    def bar(self, span: Span | None, style: ChartStyle = DEFAULT_STYLE) -> Text:
        """SPAN as a bar on the axis: solid where it is known, dotted from the axis' start
        where only its end is known, ending in ▶ when it is still held; an undated span is a
        note, not a bar."""
        text = Text()
        if span is None:
            return Text(f"{'undated':<{self.width}}"[: self.width], style=style.note)
        colour = style.span
        if span.start is None:
            assert span.end is not None
            text.append(UNKNOWN * self.at(span.end), style=style.axis)
            text.append(SOLID * (self.end(span.end) - self.at(span.end)), style=colour)
        else:
            text.append(" " * self.at(span.start))
            stop = self.width - 1 if span.open else self.end(span.end or span.start)
            text.append(SOLID * (stop - self.at(span.start)), style=colour)
            if span.open:
                text.append(ONGOING, style=colour)
        text.append(" " * (self.width - text.cell_len))
        return text
