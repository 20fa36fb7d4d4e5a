"""`ipx review`, `ipx judge`, `ipx undo`, `ipx judgements` and `ipx reextract`: what ipx
doubts, a person's verdict on it, and reading stored documents again without losing those
verdicts (store/review/)."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ipx.options import (
    DbOption,
    JsonOption,
    fail,
    hand_reader,
    is_terminal,
    open_for,
    print_json,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from store.review.model import ReviewItem


class Verdict(StrEnum):
    accept = "accept"
    reject = "reject"
    merge = "merge"
    distinct = "distinct"
    edit = "edit"
    undo = "undo"


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def item_json(item: ReviewItem) -> dict[str, Any]:
    """One item of `ipx review --json`."""
    from ipx.render import _src

    return {
        "id": item.id,
        "kind": item.kind,
        "subjects": [s.to_json() for s in item.subjects],
        "reason": item.reason,
        "score": item.score,
        "p_wrong": item.p_wrong,
        "visibility": item.visibility,
        "actions": list(item.actions),
        "sources": [_src(s) for s in item.sources],
        "to_confirm": item.to_confirm,
    } | (
        {"document": {"id": f"d{item.document[0]}", "path": item.document[1]}}
        if item.document is not None
        else {}
    )


def review(
    ctx: typer.Context,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="At most this many items.")
    ] = 20,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """What ipx doubts, most worth a look first: probable non-entities, probable
    duplicates, roles whose organisation is uncertain, agreements without parties or date,
    one document's mention of an entity it may not mean (o12@d7: organisation 12 in
    document 7). Judge an item with `ipx judge ID accept|reject|merge|distinct|edit`."""
    _exit_without_collecting()
    database = open_for(ctx, db)
    from store.review.queue import review_queue

    with database.session() as s:
        items = review_queue(s, limit=limit, kept=True)
    if json_out:
        print_json([item_json(i) for i in items])
    elif not items:
        typer.echo("nothing to review", err=True)
    elif not is_terminal():
        for i in items:
            first = i.sources[0].sentence if i.sources else ""
            fields = (i.id, i.kind, f"{i.score:.3f}", i.title, i.reason, first)
            typer.echo("\t".join(" ".join(str(f).split()) for f in fields))
    else:
        _print_items(items)


def _exit_without_collecting() -> None:
    """The process ends once the queue is printed, and the collections Python runs as it
    exits would walk every object the ranking left (0.6 s of a 2.8 s run on 15,000
    entities): frozen at exit, they are left to the operating system. Nothing the command
    wrote waits on a collection (the database and the kept queue are closed by then)."""
    import atexit
    import gc

    atexit.register(gc.freeze)


def _print_items(items: list[ReviewItem]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    t = Table(box=None, header_style="bold")
    t.add_column("id", no_wrap=True)
    t.add_column("score", justify="right", no_wrap=True)
    t.add_column("subjects", overflow="fold")
    t.add_column("why", overflow="fold")
    t.add_column("source", overflow="fold")
    for i in items:
        source = Text()
        if i.sources:
            s = i.sources[0]
            source = Text(s.sentence)
            for a, b in s.highlights:
                source.stylize("bold reverse", a, b)
        t.add_row(i.id, f"{i.score:.2f}", i.title, i.reason, source)
    Console().print(t)


def judge(
    ctx: typer.Context,
    item: Annotated[
        str,
        typer.Argument(
            help="An item id from `ipx review` (o12, p3, a5, r7, o12+o15; o12@d7: organisation"
            " 12 as document 7 states it)."
        ),
    ],
    verdict: Annotated[Verdict, typer.Argument(help="What to do with it.")],
    *,
    reason: Annotated[str, typer.Option("--reason", help="Why (kept with the judgement).")] = "",
    name: Annotated[str | None, typer.Option("--name", help="edit: a new name.")] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="edit: an agreement's or a role's title.")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="edit: an agreement's date, a role's start (YYYY[-MM[-DD]])."),
    ] = None,
    party: Annotated[
        list[str] | None,
        typer.Option("--party", help="edit: an agreement's parties (repeat; all of them)."),
    ] = None,
    org: Annotated[
        str | None, typer.Option("--org", help="edit: a role's organisation ('none': none).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Judge an item: accept it, reject it (it goes, and the same words in the same
    document are not extracted again), merge a pair, say a pair is distinct (never
    suggested or merged automatically again), edit it, or undo the last judgement of it.
    A mention item (o12@d7) takes accept or reject: a reject takes the entity out of that
    document only, its other documents keep it."""
    database = open_for(ctx, db, writes="judge")
    hand_reader()
    from store.review.items import ReviewError

    try:
        with database.session() as s:
            given = any(x is not None for x in (name, title, date, org)) or bool(party)
            if given and verdict is not Verdict.edit:
                fail("--name, --title, --date, --party and --org go with edit")
            if verdict is Verdict.undo:
                line = _undo(s, item)
            else:
                change = (
                    _change(s, name=name, title=title, date=date, parties=party, org=org)
                    if given
                    else None
                )
                line = _judge(s, item, verdict.value, reason, change)
            s.commit()
    except ReviewError as exc:
        fail(str(exc))
    except Exception as exc:
        from sqlalchemy.exc import IntegrityError

        if isinstance(exc, IntegrityError):
            fail(f"{item}: judged by someone else at the same moment; see `ipx judgements`")
        raise
    typer.echo(line)


def _change(
    s: Session,
    *,
    name: str | None,
    title: str | None,
    date: str | None,
    parties: list[str] | None,
    org: str | None,
) -> dict[str, Any]:
    """An edit's new values, checked; organisations named by the user found by id."""
    change: dict[str, Any] = {}
    if name is not None:
        change["name"] = name
    if title is not None:
        change["title"] = title
    if date is not None:
        if date and not _DATE.fullmatch(date):
            fail(f"--date {date!r}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        change["date"] = date
    if parties:
        change["parties"] = [_organisation(s, p) for p in parties]
    if org is not None:
        change["organisation"] = None if org.strip().lower() == "none" else _organisation(s, org)
    return change


def _organisation(s: Session, name: str) -> int:
    from store.queries import find

    found = [e for e in find(s, name, "organisation") if e.kind == "organisation"]
    if not found:
        fail(f"{name!r}: no organisation of that name or id")
    return found[0].id


def _judge(s: Session, item: str, action: str, reason: str, change: dict[str, Any] | None) -> str:
    from store.review.judge import judge

    names = _names(s, item)
    j = judge(s, item, action, reason=reason, change=change)
    done = {
        "accept": "accepted",
        "reject": "rejected",
        "merge": "merged",
        "distinct": "marked distinct",
        "edit": "edited",
    }[action]
    line = f"{done} {item} ({names})"
    if action == "reject" and "@" in item:
        line += ": it is not extracted from that document again; its other documents keep it"
    elif action == "reject":
        line += ": it is not extracted from the same documents again"
    return f"{line}; `ipx judge {j.key.split('#')[0]} undo` undoes it"


def _names(s: Session, item: str) -> str:
    from store.review.items import subjects_of

    return " / ".join(x.name for x in subjects_of(s, item))


def _undo(s: Session, item: str | None) -> str:
    from store.review.judge import undo

    j = undo(s, item)
    return f"undid {j.action} of {j.key.split('#')[0]} by {j.decided_by}"


def undo_last(ctx: typer.Context, db: DbOption = None) -> None:
    """Undo your latest judgement ($IPX_USER, else your login name).

    Works after its documents were read again (reextract, or a changed file imported anew):
    ipx then reads them once more without the judgement."""
    database = open_for(ctx, db, writes="undo")
    hand_reader()
    from store.review.items import ReviewError

    try:
        with database.session() as s:
            line = _undo(s, None)
            s.commit()
    except ReviewError as exc:
        fail(str(exc))
    typer.echo(line)


def judgements(ctx: typer.Context, db: DbOption = None, json_out: JsonOption = False) -> None:
    """Every judgement, newest first: who, when, what and why."""
    database = open_for(ctx, db)
    from store.review.judge import list_judgements

    with database.session() as s:
        rows = list_judgements(s)
    data = [
        {
            "id": j.id,
            "item": j.item,
            "action": j.action,
            "subjects": j.subjects,
            "change": j.change,
            "reason": j.reason,
            "by": j.decided_by,
            "at": j.decided_at.isoformat(timespec="seconds"),
            "undone_at": j.undone_at.isoformat(timespec="seconds") if j.undone_at else None,
        }
        for j in rows
    ]
    if json_out:
        print_json(data)
        return
    for r in data:
        state = "undone" if r["undone_at"] else "in force"
        names = " / ".join(str(n) for n in r["subjects"] or [])  # type: ignore[union-attr]
        fields = (r["at"], r["by"], r["action"], r["item"], names, state)
        typer.echo("\t".join(str(f) for f in (*fields, r["reason"])))


def reextract(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Stored documents (as imported); none: those an older ipx read."),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Every stored document.")] = False,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Read stored documents again with today's extractors (documents keep their text).
    Judgements and merges made by hand are kept."""
    if every and paths:
        fail("give --all or documents, not both", 2)
    database = open_for(ctx, db, writes="reextract")
    from importers.pipeline import EXTRACTOR_VERSION
    from importers.reextract import documents_to_read
    from importers.reextract import reextract as do_reextract

    ids, problems = documents_to_read(database, [str(p) for p in paths or []], every=every)
    report = do_reextract(database, ids)
    report.problems = problems + report.problems
    summary = {
        "documents": report.documents,
        "version": EXTRACTOR_VERSION,
        "merges_kept": report.merges,
        "judgements_replayed": report.replayed,
        "problems": [str(p) for p in report.problems],
    }
    if json_out:
        print_json(summary)
    else:
        typer.echo(
            f"read {report.documents} document{'' if report.documents == 1 else 's'} again "
            f"(extractor version {EXTRACTOR_VERSION}); "
            f"{report.merges} merges made by hand kept, {report.replayed} judgements applied "
            f"again; {len(report.problems)} problems",
            err=True,
        )
        for p in report.problems:
            typer.echo(f"ipx: {p}", err=True)
    if report.problems:
        raise typer.Exit(1)
