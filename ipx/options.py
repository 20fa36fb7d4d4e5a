"""What every command shares: the options, opening the database, failing in one line,
finding the entity a user names, and printing JSON.

Nothing here imports SQLAlchemy, Rich or the importers at load time: a command imports
what it needs when it runs.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from store.views.refs import KIND_OF_OPTION

if TYPE_CHECKING:
    from store.db import Database
    from store.queries import EntityRef

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

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
    """The --kind values (store.views.refs: org means organisations)."""

    org = "org"
    person = "person"
    agreement = "agreement"

    @property
    def stored(self) -> str:
        return KIND_OF_OPTION[self.value]


KindOption = Annotated[Kind | None, typer.Option("--kind", "-k", help="Only this kind.")]


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr and a non-zero exit: never a traceback for a user's mistake."""
    typer.echo(f"ipx: {message}", err=True)
    raise typer.Exit(code)


def database_of(ctx: typer.Context, db: str | None) -> str | None:
    """--db given to the command, else to `ipx` itself."""
    return db or (ctx.obj or {}).get("db")


def read_only_of(ctx: typer.Context, read_only: bool = False) -> bool:
    return read_only or bool((ctx.obj or {}).get("read_only"))


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


def open_for(
    ctx: typer.Context, db: str | None, *, seed: bool = True, writes: str | None = None
) -> Database:
    """The database a command named (or `ipx --db`), read-only if `ipx --read-only`."""
    return open_db(database_of(ctx, db), read_only=read_only_of(ctx), seed=seed, writes=writes)


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


def pick(database: Database, name: str, kind: str | None = None) -> EntityRef:
    """The entity a user means by NAME (an id, an exact name, else the best search hit)."""
    from store.queries import find

    with database.session() as s:
        found = find(s, name, kind)
    if not found:
        fail(f"{name!r}: nothing of that name or id (try `ipx search {name}`)")
    return found[0]


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def is_terminal() -> bool:
    return sys.stdout.isatty()


def hand_reader() -> None:
    """Give the store the importers' reader of stored documents: an undo made after its
    documents were read again reads them once more (store/review/undo.py); the store may
    not import the importers itself, nor the explorer."""
    from store.review.undo import use_reader

    def read(session: Any, document_ids: list[int]) -> int:
        from importers.reextract import read_in_session

        return read_in_session(session, document_ids)

    use_reader(read)
