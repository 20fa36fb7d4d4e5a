"""`ipx explore` (and `ipx` alone) opens the explorer; `ipx serve` serves it to a browser."""

from __future__ import annotations

from typing import Annotated

import typer

from ipx.options import DbOption, ReadOnlyOption, hand_reader, open_db, open_for


def explore(db: DbOption = None, read_only: ReadOnlyOption = False) -> None:
    """Open the explorer (the same as `ipx` with no command)."""
    database = open_db(db, read_only=read_only)
    from importers import EXTRACTOR_VERSION
    from tui.app import run

    hand_reader()  # the Review pane's undo may read documents again
    run(database, extractor_version=EXTRACTOR_VERSION)


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the explorer in a web browser (textual-serve), on localhost unless told otherwise."""
    database = open_for(ctx, db)
    from tui.serve import serve as do_serve

    typer.echo(f"ipx: serving the explorer on http://{host}:{port} (ctrl+c stops)", err=True)
    do_serve(database.url, host, port, read_only=database.read_only)
