"""The sections of a detail view that are about time: an organisation's agreements per year,
its partners ranked with their first and last year, its heads over time, and a person's
roles on a year axis.

Each section's rows say in words what its figure (store.views.charts) draws, so `ipx show`
prints the rows and the explorer draws the figure, and both read the same facts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from store.queries import AgreementInfo, EntityRef, RoleInfo
from store.queries.filters import year_of
from store.queries.timelines import head_roles
from store.views.charts import YearChart, breakdown, span_chart, span_of, year_chart
from store.views.labels import UNDATED, span
from store.views.sections import Cell, Column, Row, Section

#: an entity's short name (an organisation's acronym where it has one)
Short = Callable[[EntityRef], str]
TITLES_JOIN = " · "


def counts_chart(counts: Mapping[tuple[int | None, str], int]) -> YearChart:
    """The chart of agreements counted by (year, kind) (store.queries.timelines.timeline):
    the Timeline's, drawn by the rule every chart follows."""
    return year_chart(
        (None if year is None else str(year), kind)
        for (year, kind), n in counts.items()
        for _ in range(n)
    )


def per_year_section(agreements: Sequence[AgreementInfo]) -> Section:
    """Agreements per year, by kind: a row per year that has any, and one for the undated."""
    chart = year_chart((a.date, a.kind) for a in agreements)
    rows = [
        Row((Cell(str(bar.year)), Cell(str(bar.total)), Cell(breakdown(chart, bar), "note")))
        for bar in chart.bars
        if bar.total
    ]
    if chart.undated:
        rows.append(Row((Cell(UNDATED), Cell(str(chart.undated)))))
    return Section(
        "per_year",
        "Agreements per year",
        rows,
        (Column(cap=8, empty=4), Column()),
        counted=False,
        figure=chart,
    )


def _years(years: Sequence[int]) -> str:
    if not years:
        return UNDATED
    first, last = min(years), max(years)
    return str(first) if first == last else f"{first}–{last}"


def partners_section(
    agreements: Sequence[AgreementInfo], me: tuple[str, int], short: Short
) -> Section:
    """Partners ranked by how many agreements they share with ME (an agreement counts once
    for each other party), the most recent first among equals, with the first and the last
    year."""
    seen: dict[tuple[str, int], tuple[EntityRef, list[int | None]]] = {}
    for a in agreements:
        for p in dict.fromkeys(a.parties):
            if (p.kind, p.id) != me:
                seen.setdefault((p.kind, p.id), (p, []))[1].append(year_of(a.date))
    ranked = sorted(
        seen.values(),
        key=lambda v: (-len(v[1]), -max((y for y in v[1] if y), default=0), short(v[0])),
    )
    rows = []
    for p, years in ranked:
        n = len(years)
        dated = [y for y in years if y is not None]
        cells = (Cell(f"{n} agreement{'s' if n != 1 else ''}"), Cell(_years(dated)))
        rows.append(Row((*cells, Cell(short(p), "link")), p))
    return Section("partners", "Partners", rows, (Column(cap=14), Column(cap=9)))


def _role_rows(roles: Sequence[RoleInfo], *, of_person: bool, short: Short) -> list[Row]:
    rows = []
    for r in roles:
        target = r.organisation if of_person else r.person
        other = Cell(short(target), "link") if target else Cell("—")
        rows.append(
            Row(
                (Cell(span(r.start, r.end)), Cell(TITLES_JOIN.join(r.titles)), other),
                target,
                list(r.sources),
            )
        )
    return rows


def roles_section(
    title: str, roles: Sequence[RoleInfo], *, of_person: bool, short: Short
) -> Section:
    """Roles, earliest first: a person's (linking to the organisation) drawn as bars on a
    year axis; an organisation's officials (linking to the person) as a list."""
    figure = span_chart(span_of(r.start, r.end) for r in roles) if of_person else None
    rows = _role_rows(roles, of_person=of_person, short=short)
    return Section(
        title.lower(),
        title,
        rows,
        (Column(cap=23, empty=7), Column(cap=28)),
        figure=figure,
    )


def heads_section(roles: Sequence[RoleInfo], short: Short) -> Section:
    """Who headed the organisation when (store.queries.timelines.is_head), as bars on a year
    axis, earliest first."""
    heads = head_roles(roles)
    return Section(
        "heads",
        "Heads over time",
        _role_rows(heads, of_person=False, short=short),
        (Column(cap=23, empty=7), Column(cap=28)),
        figure=span_chart(span_of(r.start, r.end) for r in heads),
    )
