"""`ipx stats`: agreements counted by year, kind, partner country or partner.

The counts come from store.queries.stats, the same the explorer's charts draw, narrowed by
the filter language of the filter bar (store.queries.filters). On a terminal they are a
horizontal bar chart drawn with Rich: ipx already depends on it (no new dependency), it
writes plain characters that work over SSH and in any terminal, and it fits the chart to the
terminal's width. Piped, the same counts are tab-separated lines for the next tool; --json
and --format csv are for scripts and spreadsheets.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ipx.options import DbOption, fail, is_terminal, open_for, pick, print_json

if TYPE_CHECKING:
    from store.queries.filters import Filter
    from store.queries.stats import Count

BY_HELP = (
    "What to count by: year (chronological), kind, country (the partners' countries) or "
    "partner (largest first). Default: year."
)
FILTER_HELP = (
    "The filter bar's language: words of titles and party names, year:2017..2019, kind:mou, "
    "kind:ip_office (a party of that kind), party:CNIPA, country:SG; quote values with "
    'spaces (party:"X Y").'
)


class Format(StrEnum):
    """How the counts are printed; `chart` is what a terminal gets, `tsv` what a pipe gets."""

    chart = "chart"
    tsv = "tsv"
    csv = "csv"
    json = "json"


def _format(value: str | None) -> Format | None:
    """A --format value, or one line and exit 2."""
    if value is None:
        return None
    try:
        return Format(value.strip().lower())
    except ValueError:
        fail(f"--format {value}: not a format (one of {', '.join(f.value for f in Format)})", 2)


def _year(option: str, value: str | None) -> int | None:
    """A --from/--to value as a year, or one line and exit 2."""
    if value is None:
        return None
    text = value.strip()
    if not (len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2200):
        fail(f"{option} {value}: not a year (e.g. {option} 2017)", 2)
    return int(text)


def _filter(text: str | None, start: int | None, end: int | None) -> Filter:
    """--filter with --from and --to narrowing its year range."""
    from store.queries.filters import FilterError, parse_filter

    try:
        filt = parse_filter(text or "")
    except FilterError as exc:
        fail(f"--filter: {exc}", 2)
    if start is not None and end is not None and start > end:
        fail(f"--from {start} is after --to {end}", 2)
    if start is not None:
        filt = replace(filt, year_from=max(start, filt.year_from or start))
    if end is not None:
        filt = replace(filt, year_to=min(end, filt.year_to or end))
    return filt


def _rows(counts: list[Count], by: str) -> list[dict[str, Any]]:
    """The counts as --json, --format csv and tsv print them."""
    rows = []
    for c in counts:
        row: dict[str, Any] = {
            "key": c.key,
            "count": c.count,
            "first_year": c.first_year,
            "last_year": c.last_year,
        }
        if by == "partner" and c.ref is not None:
            row["id"] = c.ref.ref
        rows.append(row)
    return rows


def _print_csv(rows: list[dict[str, Any]], by: str) -> None:
    fields = ["key", "count", "first_year", "last_year"] + (["id"] if by == "partner" else [])
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _print_tsv(rows: list[dict[str, Any]], by: str) -> None:
    """`key<TAB>count`; for partners also the first and last year and the id."""
    for r in rows:
        cells = [r["key"], r["count"]]
        if by == "partner":
            cells += [r["first_year"] or "", r["last_year"] or "", r.get("id", "")]
        sys.stdout.write("\t".join(str(c) for c in cells) + "\n")


def stats(
    ctx: typer.Context,
    *,
    by: Annotated[str, typer.Option("--by", help=BY_HELP, metavar="year|kind|country|partner")] = (
        "year"
    ),
    org: Annotated[
        str | None,
        typer.Option(
            "--org",
            help="Only the agreements of this organisation (a name in any script, an acronym, "
            "or an id such as o12); partners and countries are then its partners'.",
        ),
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="From this year on.", metavar="YEAR")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Up to this year.", metavar="YEAR")
    ] = None,
    text: Annotated[str | None, typer.Option("--filter", help=FILTER_HELP, metavar="TEXT")] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print JSON: a list of {key, count, ...}.")
    ] = False,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="chart (a terminal's default), tsv (a pipe's default), csv or json.",
            metavar="chart|tsv|csv|json",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Count agreements by year, kind, partner country or partner, as a bar chart.

    On a terminal the counts are a horizontal bar chart drawn with Rich: no new dependency
    (ipx already prints with it), plain characters that work over SSH, fitted to the
    terminal's width. Piped, they degrade to plain text: tab-separated `key<TAB>count` lines
    (partners add their first and last year and id); --json and --format csv are for
    scripts. An agreement with parties A and B counts once for A's partner B; by country,
    once for each country among its partners.
    """
    from store.queries.stats import BY

    by = by.strip().lower()
    if by not in BY:
        fail(f"--by {by}: cannot count by that (one of {', '.join(BY)})", 2)
    chosen = _format(fmt)
    if json_out and chosen not in (None, Format.json):
        fail(f"--json and --format {fmt}: give one of them", 2)
    filt = _filter(text, _year("--from", start), _year("--to", end))
    output = Format.json if json_out else chosen or (Format.chart if is_terminal() else Format.tsv)
    database = open_for(ctx, db)
    target = pick(database, org, "organisation") if org else None
    from store.queries.stats import agreement_counts, matching_agreements

    with database.session() as s:
        org_id = target.id if target else None
        counts = agreement_counts(s, by=by, org_id=org_id, filt=filt)  # type: ignore[arg-type]
        chart = output is Format.chart
        total = len(matching_agreements(s, org_id=org_id, filt=filt)) if chart else 0
    rows = _rows(counts, by)
    if output is Format.json:
        print_json(rows)
    elif output is Format.csv:
        _print_csv(rows, by)
    elif output is Format.tsv:
        _print_tsv(rows, by)
    else:
        from ipx.chart import Chart, print_chart

        print_chart(Chart(by, counts, total, target.name if target else None, filt))
