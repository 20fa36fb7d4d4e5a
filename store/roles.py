"""One role in two languages is one role: a role's titles, and folding two roles into one.

A document saying 总干事 and the reference data saying "Director General" for the same person
at the same organisation state one role. `store.text.titles` says when two roles are one;
this module applies it to rows: `find_role` is how the writer picks the role a new title
joins (at resolution and import), `fold_roles` is how a merge of two entities joins the roles
that became one, and `unfold` undoes that for a split. A role keeps every title it was
stated with, its English one shown first, and the mentions of all of them, so the sources
of each title still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlmodel import Session, col, select

from store.models import Mention, Role
from store.text import fold
from store.text.titles import Held, match, shown_first, title_key

#: the fields of a role that folding another into it may change, and a split restores
_FIELDS = ("title", "other_titles", "start", "end", "origin")


def titles_of(role: Role) -> list[str]:
    """Every title of the role, the one it is shown by first."""
    return [role.title, *json.loads(role.other_titles or "[]")]


def held(role: Role) -> Held:
    return Held(titles_of(role), role.start, role.end)


def set_titles(role: Role, titles: Sequence[str]) -> None:
    """Store TITLES on the role: the first English one shown, the others kept in order."""
    ordered = shown_first(titles)
    role.title = ordered[0]
    role.title_norm = fold(ordered[0])
    role.other_titles = json.dumps(ordered[1:], ensure_ascii=False)


def absorb(
    role: Role,
    titles: Iterable[str],
    *,
    start: str | None = None,
    end: str | None = None,
    origin: str | None = None,
) -> None:
    """Join what another statement of the role says: titles it lacks (another spelling of
    a title it has, DG or 總幹事, adds nothing), the dates it has none of, and the reference
    origin (what the reference data states stays when the documents go)."""
    have = titles_of(role)
    keys = {title_key(t) for t in have}
    for t in titles:
        if title_key(t) not in keys:
            keys.add(title_key(t))
            have.append(t)
    set_titles(role, have)
    role.start = role.start or start
    role.end = role.end or end
    if origin == "reference":
        role.origin = "reference"


def find_role(
    session: Session,
    person_id: int,
    organisation_id: int | None,
    new: Held,
    *,
    besides: Iterable[int] = (),
) -> Role | None:
    """The role of this person at this organisation that NEW states again (the same title,
    or its translation at a time that fits), if any; roles in BESIDES are not candidates."""
    skip = set(besides)
    roles = [
        r
        for r in session.exec(
            select(Role)
            .where(Role.person_id == person_id, Role.organisation_id == organisation_id)
            .order_by(col(Role.id))
        )
        if r.id not in skip
    ]
    at = match(new, [held(r) for r in roles])
    return None if at is None else roles[at]


def _snapshot(role: Role) -> dict[str, Any]:
    return {f: getattr(role, f) for f in _FIELDS}


def fold_role(session: Session, role: Role, into: Role) -> dict[str, Any]:
    """Make ROLE part of INTO: its titles, dates and mentions join INTO, and ROLE goes.
    Returns what `unfold` needs to put it back."""
    assert role.id is not None and into.id is not None
    before = _snapshot(into)
    mentions = list(
        session.exec(
            select(Mention).where(Mention.target_type == "role", Mention.target_id == role.id)
        )
    )
    for m in mentions:
        m.target_id = into.id
        session.add(m)
    absorb(into, titles_of(role), start=role.start, end=role.end, origin=role.origin)
    session.add(into)
    record = {
        "role": role.model_dump(),
        "into": into.id,
        "mentions": [m.id for m in mentions],
        "before": before,
        "after": _snapshot(into),
    }
    session.delete(role)
    session.flush()
    return record


def fold_roles(session: Session, role_ids: Sequence[int]) -> list[dict[str, Any]]:
    """After a merge moved ROLE_IDS to the kept entity: fold each into a role it is one with
    (the kept entity's own roles, or a moved one already kept). Returns the fold records."""
    records = []
    pending = set(role_ids)
    for rid in sorted(role_ids):
        role = session.get(Role, rid)
        pending.discard(rid)
        if role is None:
            continue
        into = find_role(
            session, role.person_id, role.organisation_id, held(role), besides={rid, *pending}
        )
        if into is not None:
            records.append(fold_role(session, role, into))
    return records


def unfold(session: Session, records: Sequence[dict[str, Any]]) -> None:
    """Undo `fold_roles`, newest fold first: the folded role comes back with its id and
    mentions, and the role it joined loses what it took (fields changed since stay)."""
    for record in reversed(records):
        role = Role(**record["role"])
        session.add(role)
        session.flush()
        for mid in record["mentions"]:
            m = session.get(Mention, mid)
            if m is not None and m.target_type == "role" and m.target_id == record["into"]:
                m.target_id = role.id  # type: ignore[assignment]
                session.add(m)
        into = session.get(Role, record["into"])
        if into is not None:
            _restore(into, record["before"], record["after"])
            session.add(into)
    session.flush()


def _all_titles(snapshot: dict[str, Any]) -> list[str]:
    return [snapshot["title"], *json.loads(snapshot["other_titles"] or "[]")]


def _restore(role: Role, before: dict[str, Any], after: dict[str, Any]) -> None:
    """Put back what a fold changed: the titles it brought go, and each date or origin it
    set returns unless something changed it again since."""
    for field in ("start", "end", "origin"):
        if getattr(role, field) == after[field]:
            setattr(role, field, before[field])
    brought = set(_all_titles(after)) - set(_all_titles(before))
    titles = [t for t in titles_of(role) if t not in brought]
    if titles:
        set_titles(role, titles)


def prune_titles(role: Role, gone: Iterable[str], stated: Iterable[str]) -> None:
    """After a document went: drop the titles only its mentions stated (GONE, the surfaces
    of the mentions removed; STATED, those of the mentions left). The role keeps at least
    one title, and a reference role its reference title."""
    lost = {title_key(s) for s in gone} - {title_key(s) for s in stated}
    if not lost:
        return
    keep = [t for t in titles_of(role) if title_key(t) not in lost]
    if role.origin != "document" and title_key(role.title) in lost:
        keep.insert(0, role.title)  # the reference (or a user) states it too
    if keep:
        set_titles(role, keep)
