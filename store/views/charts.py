"""The figures of the detail view and the Timeline pane, as plain data: agreements per year
stacked by kind, and spans of time on a year axis (an organisation's heads, a person's
roles).

A figure holds counts and years, not glyphs or colours: the explorer draws it with Rich
(`tui.widgets.charts`), and `ipx show` prints the rows of the section the figure belongs to,
which say the same in words. Years with no agreement between the first and the last are
kept (with a count of 0) so that the axis is even; undated agreements are counted beside the
chart, never on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from store.queries.filters import year_of
from store.views.labels import agreement_kind

#: kinds named in a legend; the others are drawn together as one more series
MAX_SERIES = 4
#: the series that gathers the kinds beyond MAX_SERIES
OTHER_KINDS = "other kinds"


@dataclass(frozen=True)
class YearBar:
    """One year's bar: how many agreements of each series (legend order)."""

    year: int
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class YearChart:
    """Agreements per year, stacked by kind. SERIES are the kinds' labels in legend order
    (the most frequent first); BARS run from the first dated year to the last, every year
    included; UNDATED agreements are not on the chart."""

    series: tuple[str, ...]
    bars: tuple[YearBar, ...]
    undated: int = 0

    @property
    def peak(self) -> int:
        return max((b.total for b in self.bars), default=0)

    @property
    def dated(self) -> int:
        return sum(b.total for b in self.bars)

    @property
    def total(self) -> int:
        return self.dated + self.undated

    def summary(self) -> str:
        """'3 agreements, 2013–2017 · 1 undated, not drawn' (what the chart leaves out)."""
        n = self.total
        words = [f"{n} agreement{'s' if n != 1 else ''}"]
        if self.bars:
            first, last = self.bars[0].year, self.bars[-1].year
            words[0] += f", {first}" if first == last else f", {first}–{last}"
        if self.undated:
            words.append(f"{self.undated} undated, not drawn")
        return " · ".join(words)


def year_chart(agreements: Iterable[tuple[str | None, str | None]]) -> YearChart:
    """The chart of AGREEMENTS given as (date, kind code) pairs."""
    items = [(year_of(date), agreement_kind(kind)) for date, kind in agreements]
    by_kind = Counter(kind for _, kind in items)
    ranked = [k for k, _ in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))]
    named = ranked if len(ranked) <= MAX_SERIES else ranked[: MAX_SERIES - 1]
    series = tuple(named) + ((OTHER_KINDS,) if len(ranked) > len(named) else ())
    index = {k: i for i, k in enumerate(named)}
    counts: dict[int, list[int]] = {}
    undated = 0
    for year, kind in items:
        if year is None:
            undated += 1
            continue
        row = counts.setdefault(year, [0] * len(series))
        row[index.get(kind, len(series) - 1)] += 1
    if not counts:
        return YearChart(series, (), undated)
    years = range(min(counts), max(counts) + 1)
    bars = tuple(YearBar(y, tuple(counts.get(y, [0] * len(series)))) for y in years)
    return YearChart(series, bars, undated)


def breakdown(chart: YearChart, bar: YearBar) -> str:
    """A bar in words: 'MoU 2 · PPH 1' (the kinds it holds)."""
    return " · ".join(f"{s} {n}" for s, n in zip(chart.series, bar.counts, strict=True) if n)


@dataclass(frozen=True)
class Span:
    """When something held, in years. START or END may be unknown: a span with a start and
    no end is held now (OPEN: it runs to the end of the axis); one with an end and no start
    began before anything the axis shows."""

    start: int | None
    end: int | None

    @property
    def open(self) -> bool:
        return self.start is not None and self.end is None


def span_of(start: str | None, end: str | None) -> Span | None:
    """The span of a role's dates; None when it is undated (no year at all)."""
    first, last = year_of(start), year_of(end)
    if first is None and last is None:
        return None
    if first is not None and last is not None and last < first:
        first, last = last, first
    return Span(first, last)


@dataclass(frozen=True)
class SpanChart:
    """Spans on one year axis from FIRST to LAST: one per row of the section it belongs to,
    None for a row that is undated (drawn as a note, not as a bar)."""

    first: int
    last: int
    spans: tuple[Span | None, ...]

    @property
    def undated(self) -> int:
        return sum(1 for s in self.spans if s is None)


def span_chart(spans: Iterable[Span | None]) -> SpanChart | None:
    """The axis that holds every year SPANS name; None when none has a year."""
    spans = tuple(spans)
    years = [y for s in spans if s is not None for y in (s.start, s.end) if y is not None]
    if not years:
        return None
    return SpanChart(min(years), max(years), spans)
