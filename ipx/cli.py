"""The `ipx` command: a thin Typer layer over store/ and importers/.

The commands live in ipx.commands by what they do; this module puts them together in the
order `ipx --help` lists them. Start-up is kept fast: Textual, jieba, the PDF and HTML
readers and even SQLAlchemy are imported inside the commands that need them; `ipx search`
reads SQLite through the standard library alone.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ipx.commands import browse, curate, explorer, import_export, review, stats
from ipx.options import DbOption, ReadOnlyOption

app = typer.Typer(
    name="ipx",
    help="Explore international IP cooperation: offices, officials and agreements, "
    "in English and Chinese. With no command, opens the explorer.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


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
        explorer.explore(db=db, read_only=read_only)


app.command("explore")(explorer.explore)
app.command("import")(import_export.import_)
app.command("search")(browse.search)
app.command("show")(browse.show)
app.command("path")(browse.path)
app.command("stats")(stats.stats)
app.command("export")(import_export.export)
app.command("merge")(curate.merge)
app.command("split")(curate.split)
app.command("merges")(curate.merges)
app.command("review")(review.review)
app.command("judge")(review.judge)
app.command("undo")(review.undo_last)
app.command("judgements")(review.judgements)
app.command("reextract")(review.reextract)
app.command("serve")(explorer.serve)


def main() -> None:
    app()
