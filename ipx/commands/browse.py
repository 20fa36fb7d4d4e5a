"""`ipx search`, `ipx show` and `ipx path`: finding entities, reading one, linking two."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

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

if TYPE_CHECKING:
    from store.db import Database
    from store.queries import EntityRef


def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            help="Chinese characters, pinyin (full, initials, mixed, tones), English words, "
            "acronyms; or a title and an organisation (wipo dg, 国家知识产权局局长)."
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
    """Find organisations, people and agreements by any of their names, and people by a role
    they hold or held ("wipo dg"). Each result says what tells namesakes apart: a person's
    current or latest role, an organisation's kind and country, an agreement's parties."""
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
        print_json(_with_confidence(database_of(ctx, db), rows))
    elif not rows:
        typer.echo(f"no match for {query!r}", err=True)
    elif not is_terminal():
        typer.echo("\n".join(plain_lines(rows)))
    else:
        from ipx.render import print_hits

        print_hits(rows)


def _with_confidence(db: str | None, rows: list[dict]) -> list[dict]:
    """Search results with each hit's confidence and whether a person reviewed it."""
    from ipx.lookup import with_confidence
    from store.config import resolve_url

    url, _ = resolve_url(db)
    return with_confidence(url, rows)


def show(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            help="A name in any script, or an id such as o12, p3, a5; o12@d7: organisation 12"
            " and the document 7 a review item asks about."
        ),
    ],
    kind: KindOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show an entity: names in every script, roles, agreements, and the sentences behind them."""
    database = open_for(ctx, db)
    document = None
    if "@" in name:  # a mention item's id: the entity, and which document that is
        name, document = _mention_document(database, name)
    target = pick(database, name, kind.stored if kind else None)
    from store.review.confidence import confidence_of
    from store.views.load import load_detail_view

    with database.session() as s:
        view = load_detail_view(s, target.kind, target.id)
        assert view is not None
        conf = confidence_of(s, view.detail.kind, view.detail.id)
    from ipx.render import detail_json, print_detail

    if json_out:
        out = detail_json(view.detail)
        out["confidence"] = conf.value if conf else None
        out["reviewed"] = bool(conf and conf.reviewed)
        if document is not None:
            out["document"] = document
        print_json(out)
    else:
        if document is not None:
            typer.echo(f"in document {document['id']}: {document['path']}")
        print_detail(view, rich=is_terminal())


def _mention_document(database: Database, text: str) -> tuple[str, dict[str, str]]:
    """`o12@d7`: the entity's id, and the document (its id, path, title)."""
    from store.review.items import ReviewError, one_ref, parse_mention
    from store.review.mention_verdict import check

    try:
        mention = parse_mention(text)
        assert mention is not None  # the caller saw its "@"
        kind, id, doc_id = mention
        with database.session() as s:
            doc = check(s, kind, id, doc_id)
            found = {"id": f"d{doc_id}", "path": doc.path, "title": doc.title or ""}
    except ReviewError as exc:
        fail(str(exc))
    return one_ref(kind, id), found


def _node(ref: EntityRef, context: str) -> dict[str, str]:
    return {"id": ref.ref, "kind": ref.kind, "name": ref.name, "context": context}


def _named(ref: EntityRef, context: str) -> str:
    """A person on a path with what tells them apart: '张文 (Deputy Governor, ..., since 2019)'."""
    return f"{ref.name} ({context})" if context else ref.name


def _pick_one(database: Database, name: str) -> EntityRef:
    """The entity NAME means; when it names several (two officials called 张文), say on
    stderr which one the path goes through and what the others are, by id and context."""
    from store.queries import find
    from store.search import contexts
    from store.views.refs import kind_noun

    with database.session() as s:
        found = find(s, name)
        if not found:
            return pick(database, name)  # the one-line error
        first = found[0]
        same = [e for e in found if e.kind == first.kind and e.name == first.name]
        context = contexts(s, [(e.kind, e.id) for e in same]) if len(same) > 1 else {}
    if context:
        said = {e: f"{e.ref} ({c})" if (c := context[(e.kind, e.id)]) else e.ref for e in same}
        typer.echo(
            f"ipx: {len(same)} {kind_noun(first.kind)}s are called {first.name}; using"
            f" {said[first]}. Give an id for another: {', '.join(said[e] for e in same[1:])}",
            err=True,
        )
    return first


def path(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="From: a name or id.")],
    b: Annotated[str, typer.Argument(help="To: a name or id.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The shortest chain of roles and agreements that links two entities; each person on
    it is named with their current or latest role, which tells namesakes apart."""
    database = open_for(ctx, db)
    src, dst = _pick_one(database, a), _pick_one(database, b)
    from store.queries import path_between
    from store.search import context_of

    with database.session() as s:
        steps = path_between(s, src, dst)
        alone = context_of(s, src.kind, src.id) if steps == [] and src.kind == "person" else ""
    if steps is None:
        if json_out:
            print_json(None)
        fail(f"no chain of roles or agreements links {src.name} and {dst.name}")
    if json_out:
        print_json(
            [
                {
                    "from": _node(st.source, st.source_context),
                    "relation": st.relation,
                    "to": _node(st.target, st.target_context),
                }
                for st in steps
            ]
        )
        return
    if not steps:
        typer.echo(_named(src, alone))
        return
    line = _named(steps[0].source, steps[0].source_context)
    for st in steps:
        line += f" —{st.relation}→ {_named(st.target, st.target_context)}"
    typer.echo(line)
