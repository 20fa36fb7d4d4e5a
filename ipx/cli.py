"""The `ipx` command: a thin Typer layer over store/ and importers/.

Start-up is kept fast: Textual, jieba, the PDF and HTML readers and even SQLAlchemy are
imported inside the commands that need them; `ipx search` reads SQLite through the
standard library alone.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from ipx.lookup import KIND_NAMES

if TYPE_CHECKING:
    from store.db import Database

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

app = typer.Typer(
    name="ipx",
    help="Explore international IP cooperation: offices, officials and agreements, "
    "in English and Chinese. With no command, opens the explorer.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="IPX_DATABASE_URL",
        help="Database: a SQLite path or URL, or postgresql://user@host:port/db. "
        "Default: ipx.db in your user data folder, filled from seeds/ on first use.",
        show_default=False,
    ),
]
ReadOnlyOption = Annotated[
    bool, typer.Option("--read-only", help="Open the database read-only: nothing is written.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


class Kind(StrEnum):
    org = "org"
    person = "person"
    agreement = "agreement"


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    graphml = "graphml"


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr and a non-zero exit: never a traceback for a user's mistake."""
    typer.echo(f"ipx: {message}", err=True)
    raise typer.Exit(code)


def open_db(
    db: str | None, *, read_only: bool = False, seed: bool = True, writes: str | None = None
) -> Database:
    """Open the database; `writes` names what the command writes, refused when read-only."""
    from store.db import DatabaseError, open_database

    if writes and read_only:
        fail(f"--read-only: {writes} writes to the database", 2)
    try:
        database = open_database(db, read_only=read_only)
    except DatabaseError as exc:
        fail(str(exc), 2)
    if writes and database.read_only:
        fail(f"{database.url}: the database file is read-only; {writes} writes to it", 2)
    if seed and database.is_default and not read_only and database.is_empty():
        seed_database(database)
    return database


def seed_database(database: Database) -> None:
    """First use of the default database: import the built-in seeds so ipx opens on them."""
    from importers.pipeline import import_paths

    typer.echo(f"ipx: first run: importing the built-in seeds from {SEEDS} ...", err=True)
    report = import_paths(database, [SEEDS])
    typer.echo(
        f"ipx: {report.documents} documents, {report.new_entities} entities imported into "
        f"{database.url}",
        err=True,
    )


def console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console()


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def is_terminal() -> bool:
    return sys.stdout.isatty()


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    db: DbOption = None,
    read_only: ReadOnlyOption = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    if version:
        from ipx import __version__

        typer.echo(f"ipx {__version__}")
        raise typer.Exit()
    ctx.obj = {"db": db, "read_only": read_only}
    if ctx.invoked_subcommand is None:
        explore(db=db, read_only=read_only)


def _db(ctx: typer.Context, db: str | None) -> str | None:
    return db or (ctx.obj or {}).get("db")


def _ro(ctx: typer.Context, read_only: bool) -> bool:
    return read_only or bool((ctx.obj or {}).get("read_only"))


@app.command("explore")
def explore(db: DbOption = None, read_only: ReadOnlyOption = False) -> None:
    """Open the explorer (the same as `ipx` with no command)."""
    database = open_db(db, read_only=read_only)
    from tui.app import run

    run(database)


@app.command("import")
def import_(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders: .txt .md .html .pdf, or exchange .json.", show_default=False
        ),
    ],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    json_out: JsonOption = False,
) -> None:
    """Import documents (text, Markdown, HTML, PDF; English and Chinese) or an exchange JSON.

    Folders are walked recursively. Each document is one transaction; the same bytes
    imported again change nothing; a changed file replaces what its old version said.
    Bad files are listed and make the exit code non-zero; good files still land.
    """
    database = open_db(_db(ctx, db), read_only=_ro(ctx, False), seed=False, writes="import")
    from importers.pipeline import import_paths

    show_progress = not quiet and not json_out and sys.stderr.isatty()
    if show_progress:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        with Progress(
            TextColumn("[bold]import"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            transient=True,
        ) as progress:
            task = progress.add_task("", total=None)
            report = import_paths(
                database,
                paths,
                on_start=lambda n: progress.update(task, total=n),
                on_file=lambda f: progress.update(task, advance=1, description=f.name[:40]),
            )
    else:
        report = import_paths(database, paths)
    summary = {
        "documents": report.documents,
        "unchanged": report.unchanged,
        "replaced": report.replaced,
        "exchange_files": report.exchange_files,
        "new_entities": report.new_entities,
        "merges": report.merges,
        "facts": report.facts,
        "problems": [str(p) for p in report.problems],
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
    if report.problems:
        raise typer.Exit(1)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            help="Chinese characters, pinyin (full, initials, mixed, tones), English words, "
            "acronyms."
        ),
    ],
    kind: Annotated[Kind | None, typer.Option("--kind", "-k", help="Only this kind.")] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=1000, help="At most this many results.")
    ] = 20,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Find organisations, people and agreements by any of their names."""
    from ipx.lookup import fast_hits, hit_rows, plain_lines
    from store.config import resolve_url

    url, _ = resolve_url(_db(ctx, db))
    kind_name = KIND_NAMES[kind.value] if kind else None
    hits = fast_hits(url, query, kind_name, limit)
    if hits is None:  # not an up-to-date SQLite file: the full path (migrations, seeding)
        database = open_db(_db(ctx, db), read_only=_ro(ctx, False))
        from store.search import search as do_search

        with database.session() as s:
            hits = do_search(s, query, kind=kind_name, limit=limit)
    rows = hit_rows(hits)
    if json_out:
        print_json(rows)
        return
    if not rows:
        typer.echo(f"no match for {query!r}", err=True)
        return
    if not is_terminal():
        typer.echo("\n".join(plain_lines(rows)))
        return
    from rich.table import Table

    t = Table("id", "kind", "name", "also", "match", box=None, header_style="bold")
    for r in rows:
        t.add_row(
            r["id"],
            r["kind"],
            r["name"],
            " / ".join(r["aliases"][:3]),
            f"{r['how']}: {r['matched']}",
        )
    console().print(t)


def _pick(database: Database, name: str, kind: str | None = None):  # type: ignore[no-untyped-def]
    from store.queries import find

    with database.session() as s:
        found = find(s, name, kind)
    if not found:
        fail(f"{name!r}: nothing of that name or id (try `ipx search {name}`)")
    return found[0]


@app.command()
def show(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="A name in any script, or an id such as o12, p3, a5.")
    ],
    kind: Annotated[Kind | None, typer.Option("--kind", "-k", help="Only this kind.")] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show an entity: names in every script, roles, agreements, and the sentences behind them."""
    database = open_db(_db(ctx, db), read_only=_ro(ctx, False))
    target = _pick(database, name, KIND_NAMES[kind.value] if kind else None)
    from store.queries import detail

    with database.session() as s:
        d = detail(s, target.kind, target.id)
    assert d is not None
    from ipx.render import detail_json, print_detail

    if json_out:
        print_json(detail_json(d))
    else:
        print_detail(d, rich=is_terminal())


@app.command()
def path(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="From: a name or id.")],
    b: Annotated[str, typer.Argument(help="To: a name or id.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The shortest chain of roles and agreements that links two entities."""
    database = open_db(_db(ctx, db), read_only=_ro(ctx, False))
    src, dst = _pick(database, a), _pick(database, b)
    from store.queries import path_between

    with database.session() as s:
        steps = path_between(s, src, dst)
    if steps is None:
        if json_out:
            print_json(None)
        fail(f"no chain of roles or agreements links {src.name} and {dst.name}")
    if json_out:
        print_json(
            [
                {
                    "from": {"id": st.source.ref, "kind": st.source.kind, "name": st.source.name},
                    "relation": st.relation,
                    "to": {"id": st.target.ref, "kind": st.target.kind, "name": st.target.name},
                }
                for st in steps
            ]
        )
        return
    if not steps:
        typer.echo(src.name)
        return
    line = steps[0].source.name
    for st in steps:
        line += f" —{st.relation}→ {st.target.name}"
    typer.echo(line)


@app.command()
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
    database = open_db(_db(ctx, db), read_only=_ro(ctx, False))
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


@app.command("merge")
def merge_cmd(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="The entity to keep: a name or id.")],
    other: Annotated[str, typer.Argument(help="The entity merged into it.")],
    reason: Annotated[str, typer.Option("--reason", help="Why they are one.")] = "",
    db: DbOption = None,
) -> None:
    """Record that two organisations or two people are one (undo with `ipx split`)."""
    database = open_db(_db(ctx, db), read_only=_ro(ctx, False), writes="merge")
    a, b = _pick(database, keep), _pick(database, other)
    if a.kind != b.kind:
        fail(f"{a.name} is a {a.kind} and {b.name} a {b.kind}: only alike entities merge")
    from store.merge import MergeError, merge

    user = os.environ.get("USER") or "user"
    try:
        with database.session() as s:
            m = merge(s, a.kind, a.id, b.id, reason=reason or "by hand", decided_by=f"user:{user}")
            s.commit()
    except MergeError as exc:
        fail(str(exc))
    typer.echo(f"merged {b.name} into {a.name} (merge {m.id}; `ipx split {m.id}` undoes it)")


@app.command()
def split(
    ctx: typer.Context,
    target: Annotated[
        str,
        typer.Argument(
            help="A merge id (from `ipx merges`), or an entity whose latest merge to undo."
        ),
    ],
    db: DbOption = None,
) -> None:
    """Undo a merge: what it moved goes back to the entity it merged away."""
    database = open_db(_db(ctx, db), read_only=_ro(ctx, False), writes="split")
    from store.merge import MergeError, merges_of
    from store.merge import split as do_split

    with database.session() as s:
        if target.isdigit():
            merge_id = int(target)
        else:
            e = _pick(database, target)
            ms = merges_of(s, e.kind, e.id)
            if not ms:
                fail(f"{e.name}: no merge to split")
            assert ms[0].id is not None
            merge_id = ms[0].id
        try:
            m = do_split(s, merge_id)
            s.commit()
        except MergeError as exc:
            fail(str(exc))
    typer.echo(f"split merge {m.id}: {m.entity_type} {m.merged_id} is separate again")


@app.command()
def merges(
    ctx: typer.Context,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List the merges in force: who or what decided them, why and how sure."""
    database = open_db(_db(ctx, db), read_only=_ro(ctx, False))
    from sqlmodel import col, select

    from store.models import Merge
    from store.queries import entity_name

    with database.session() as s:
        rows = [
            {
                "id": m.id,
                "kind": m.entity_type,
                "kept": entity_name(s, m.entity_type, m.kept_id),
                "merged": m.merged_id,
                "reason": m.reason,
                "score": m.score,
                "by": m.decided_by,
                "at": m.decided_at.isoformat(timespec="seconds"),
            }
            for m in s.exec(
                select(Merge).where(col(Merge.undone_at).is_(None)).order_by(col(Merge.id))
            )
        ]
    if json_out:
        print_json(rows)
        return
    for r in rows:
        typer.echo(
            "\t".join(
                str(x)
                for x in (
                    r["id"],
                    r["kind"],
                    f"{r['kept']} <- {r['merged']}",
                    r["by"],
                    r["score"],
                    r["reason"],
                )
            )
        )


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the explorer in a web browser (textual-serve), on localhost unless told otherwise."""
    database = open_db(_db(ctx, db), read_only=_ro(ctx, False))
    from tui.serve import serve as do_serve

    typer.echo(f"ipx: serving the explorer on http://{host}:{port} (ctrl+c stops)", err=True)
    do_serve(database.url, host, port, read_only=database.read_only)


def main() -> None:
    app()
