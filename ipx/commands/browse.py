"""`ipx search`, `ipx show` and `ipx path`: finding entities, reading one, linking two."""

from __future__ import annotations

from typing import Annotated

import typer

from ipx.options import (
    DbOption,
    JsonOption,
    KindOption,
    database_of,
    fail,
    is_terminal,
    open_for,
    pick,
    print_json,
)


def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            help="Chinese characters, pinyin (full, initials, mixed, tones), English words, "
            "acronyms."
        ),
    ],
    *,
    kind: KindOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=1000, help="At most this many results.")
    ] = 20,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Find organisations, people and agreements by any of their names."""
    from ipx.lookup import fast_hits, hit_rows, plain_lines
    from store.config import resolve_url

    url, _ = resolve_url(database_of(ctx, db))
    kind_name = kind.stored if kind else None
    hits = fast_hits(url, query, kind_name, limit)
    if hits is None:  # not an up-to-date SQLite file: the full path (migrations, seeding)
        database = open_for(ctx, db)
        from store.search import search as do_search

        with database.session() as s:
            hits = do_search(s, query, kind=kind_name, limit=limit)
    rows = hit_rows(hits)
    if json_out:
        print_json(rows)
    elif not rows:
        typer.echo(f"no match for {query!r}", err=True)
    elif not is_terminal():
        typer.echo("\n".join(plain_lines(rows)))
    else:
        from ipx.render import print_hits

        print_hits(rows)


def show(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="A name in any script, or an id such as o12, p3, a5.")
    ],
    kind: KindOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show an entity: names in every script, roles, agreements, and the sentences behind them."""
    database = open_for(ctx, db)
    target = pick(database, name, kind.stored if kind else None)
    from store.views.load import load_detail_view

    with database.session() as s:
        view = load_detail_view(s, target.kind, target.id)
    assert view is not None
    from ipx.render import detail_json, print_detail

    if json_out:
        print_json(detail_json(view.detail))
    else:
        print_detail(view, rich=is_terminal())


def path(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="From: a name or id.")],
    b: Annotated[str, typer.Argument(help="To: a name or id.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The shortest chain of roles and agreements that links two entities."""
    database = open_for(ctx, db)
    src, dst = pick(database, a), pick(database, b)
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
