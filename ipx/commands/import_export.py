"""`ipx import` and `ipx export`: documents and exchange files in, the knowledge base out."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ipx.options import DbOption, JsonOption, fail, hand_reader, open_for, print_json

if TYPE_CHECKING:
    from importers.pipeline import ImportReport
    from store.db import Database


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    graphml = "graphml"


def import_(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders: .txt .md .html .pdf, or exchange .json.", show_default=False
        ),
    ],
    *,
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            envvar="IPX_JOBS",
            help="Processes reading documents (default: one per CPU core; 1: all in this one).",
            show_default=False,
        ),
    ] = None,
    json_out: JsonOption = False,
) -> None:
    """Import documents (text, Markdown, HTML, PDF; English and Chinese) or an exchange JSON.

    Folders are walked recursively. Each document is one transaction; the same bytes
    imported again change nothing; a changed file replaces what its old version said.
    Bad files are listed and make the exit code non-zero; good files still land.
    From eight new documents on, they are read in parallel processes and written one at a
    time, in order: the knowledge base is the same whatever --jobs is.
    """
    database = open_for(ctx, db, seed=False, writes="import")
    hand_reader()  # an exchange file may undo judgements made here
    show_progress = not quiet and not json_out and sys.stderr.isatty()
    if show_progress:
        report = _import_with_progress(database, paths, jobs)
    else:
        report = _import(database, paths, jobs)
    summary = {
        "documents": report.documents,
        "unchanged": report.unchanged,
        "replaced": report.replaced,
        "exchange_files": report.exchange_files,
        "new_entities": report.new_entities,
        "merges": report.merges,
        "facts": report.facts,
        "problems": [str(p) for p in report.problems],
        "older_documents": report.older,  # read by an older extractor: `ipx reextract`
    }
    if json_out:
        print_json(summary)
    else:
        typer.echo(
            f"imported {report.documents} documents ({report.unchanged} unchanged, "
            f"{report.replaced} replaced), {report.new_entities} new entities, "
            f"{report.merges} merges, {report.facts} facts; {len(report.problems)} problems",
            err=True,
        )
        for p in report.problems:
            typer.echo(f"ipx: {p}", err=True)
        if report.older:  # store/review: documents an older extractor read
            n = report.older
            typer.echo(
                f"{n} stored document{'s were' if n > 1 else ' was'} read by an older "
                "extractor; `ipx reextract` reads them again",
                err=True,
            )
    if report.problems:
        raise typer.Exit(1)


def _import(database: Database, paths: list[Path], jobs: int | None) -> ImportReport:
    from importers.pipeline import import_paths

    return import_paths(database, paths, jobs=jobs)


def _import_with_progress(database: Database, paths: list[Path], jobs: int | None) -> ImportReport:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from importers.pipeline import import_paths

    with Progress(
        TextColumn("[bold]import"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        transient=True,
    ) as progress:
        task = progress.add_task("", total=None)
        return import_paths(
            database,
            paths,
            jobs=jobs,
            on_start=lambda n: progress.update(task, total=n),
            on_file=lambda f: progress.update(task, advance=1, description=f.name[:40]),
        )


def export(
    ctx: typer.Context,
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="json (the exchange format), csv (a folder of one file per kind) or graphml.",
        ),
    ] = ExportFormat.json,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File (json, graphml) or folder (csv). JSON goes to stdout without it.",
        ),
    ] = None,
    no_text: Annotated[
        bool, typer.Option("--no-text", help="Leave document texts out of a JSON export.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Export the knowledge base: the exchange JSON, CSV for spreadsheets, GraphML for Gephi."""
    database = open_for(ctx, db)
    from store.exchange import export_data, write_csv, write_graphml

    with database.session() as s:
        data = export_data(s, with_text=not no_text)
    try:
        if format is ExportFormat.json:
            text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            if output is None:
                sys.stdout.write(text)
            else:
                output.write_text(text, encoding="utf-8")
        elif format is ExportFormat.csv:
            if output is None:
                fail("--format csv needs --output FOLDER", 2)
            write_csv(data, output)
        else:
            if output is None:
                fail("--format graphml needs --output FILE", 2)
            write_graphml(data, output)
    except OSError as exc:
        fail(f"{output}: {exc.strerror or exc}", 1)
    if output is not None:
        typer.echo(
            f"exported {len(data['organisations'])} organisations, {len(data['people'])} people, "
            f"{len(data['agreements'])} agreements to {output}",
            err=True,
        )
