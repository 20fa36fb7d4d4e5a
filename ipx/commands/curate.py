"""`ipx merge`, `ipx split` and `ipx merges`: deciding by hand that two entities are one,
undoing it, and listing what was decided."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from ipx.options import DbOption, JsonOption, fail, open_for, pick, print_json


def merge(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="The entity to keep: a name or id.")],
    other: Annotated[str, typer.Argument(help="The entity merged into it.")],
    reason: Annotated[str, typer.Option("--reason", help="Why they are one.")] = "",
    db: DbOption = None,
) -> None:
    """Record that two organisations or two people are one (undo with `ipx split`)."""
    database = open_for(ctx, db, writes="merge")
    a, b = pick(database, keep), pick(database, other)
    if a.kind != b.kind:
        fail(f"{a.name} is a {a.kind} and {b.name} a {b.kind}: only alike entities merge")
    from store.merge import MergeError
    from store.merge import merge as do_merge

    user = os.environ.get("USER") or "user"
    try:
        with database.session() as s:
            m = do_merge(
                s, a.kind, a.id, b.id, reason=reason or "by hand", decided_by=f"user:{user}"
            )
            s.commit()
    except MergeError as exc:
        fail(str(exc))
    typer.echo(f"merged {b.name} into {a.name} (merge {m.id}; `ipx split {m.id}` undoes it)")


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
    database = open_for(ctx, db, writes="split")
    from store.merge import MergeError, merges_of
    from store.merge import split as do_split

    with database.session() as s:
        if target.isdigit():
            merge_id = int(target)
        else:
            e = pick(database, target)
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


def merges(
    ctx: typer.Context,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List the merges in force: who or what decided them, why and how sure."""
    database = open_for(ctx, db)
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
        fields = (r["id"], r["kind"], f"{r['kept']} <- {r['merged']}", r["by"], r["score"])
        typer.echo("\t".join(str(x) for x in (*fields, r["reason"])))
