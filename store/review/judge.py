"""Judging an item, and undoing a judgement.

A judgement is written in the same transaction as its effect, after the database's write
lock (store.db.lock_for_writing: an advisory lock on PostgreSQL), so two reviewers judging
at once are serialised: the second sees the first's verdict and is told so, and nothing is
applied twice. A partial unique index on the item (`ix_judgement_key_in_force`) holds the
same rule should anything write without the lock.
"""

from __future__ import annotations

import getpass
import json
import os
import uuid
from typing import Any

from sqlmodel import Session, col, select

from store.models import Judgement
from store.review import apply
from store.review.items import (
    ReviewError,
    item_id,
    item_kind,
    mention_id,
    parse_item,
    parse_mention,
    subject,
)
from store.review.keys import key_of
from store.review.model import ALLOWED, VERDICTS, JudgementInfo

USER_VAR = "IPX_USER"


def who() -> str:
    """Who is judging: $IPX_USER, else the login name."""
    name = os.environ.get(USER_VAR, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without a passwd entry)
        return "user"


def judge(
    session: Session,
    item: str,
    action: str,
    *,
    reason: str = "",
    by: str | None = None,
    change: dict[str, Any] | None = None,
) -> Judgement:
    """Judge an item (the caller commits). `change`: an edit's new values (see
    apply.edit); parties and a role's organisation as organisation ids."""
    from store.db import lock_for_writing

    lock_for_writing(session)
    mention = parse_mention(item)
    if mention is not None:  # one document's mention of an entity (mention_verdict.py)
        from store.review.mention_verdict import judge_mention

        return judge_mention(session, *mention, action=action, reason=reason, by=by or who())
    refs = parse_item(item)
    key, kind = item_id(refs), item_kind(refs)
    for k, i in refs:
        subject(session, k, i)  # there, and not merged away
    check_action(session, key, kind, action)
    if action == "edit" and not change:
        raise ReviewError(
            f"{key}: edit needs a new value (--name, --title, --date, --party, --org)"
        )
    j = Judgement(
        uid=uuid.uuid4().hex,
        key=key,
        item_kind=kind,
        action=action,
        target_type=refs[0][0],
        target_id=refs[0][1],
        other_id=refs[1][1] if len(refs) == 2 else None,
        subjects=json.dumps([key_of(session, k, i) for k, i in refs], ensure_ascii=False),
        change=json.dumps(_stable_change(session, change or {}), ensure_ascii=False),
        reason=reason,
        decided_by=by or who(),
    )
    session.add(j)
    session.flush()
    data = _apply(session, j, refs, change or {})
    if action in ("reject", "merge"):  # its undo will tell whether its documents were read
        from store.review.undo import sign

        data = sign(session, data)
    j.undo = json.dumps(data, ensure_ascii=False)
    if action == "merge":
        _follow(session, refs[0][0], json.loads(j.undo))
    if action == "reject":  # its subject is gone: the id may name something else one day
        j.key, j.target_id, j.other_id = dormant(j), None, None
    session.add(j)
    session.flush()
    return j


def dormant(j: Judgement) -> str:
    """The key of a judgement whose subject is not in the knowledge base."""
    return f"{j.key.split('#', 1)[0]}#{j.uid[:12]}"


def check_action(session: Session, key: str, kind: str, action: str) -> None:
    """A ReviewError when ACTION does not apply to an item of KIND, or the item already has a
    verdict in force (undo it first)."""
    if action not in ALLOWED[kind]:
        allowed = ", ".join(ALLOWED[kind])
        raise ReviewError(f"{key}: {action} does not apply to {_what(kind)} (use {allowed})")
    if action in VERDICTS and (earlier := verdict_in_force(session, key)) is not None:
        raise ReviewError(
            f"{key}: already judged ({earlier.action} by {earlier.decided_by}, "
            f"{earlier.decided_at:%Y-%m-%d %H:%M}); `ipx judge {key} undo` first"
        )


def _what(kind: str) -> str:
    return {
        "entity": "one entity",
        "pair": "a pair",
        "role": "a role",
        "agreement": "an agreement",
        "mention": "one document's mention",
    }[kind]


def verdict_in_force(session: Session, key: str) -> Judgement | None:
    return session.exec(
        select(Judgement).where(
            Judgement.key == key,
            col(Judgement.undone_at).is_(None),
            col(Judgement.action).in_(VERDICTS),
        )
    ).first()


def _stable_change(session: Session, change: dict[str, Any]) -> dict[str, Any]:
    """An edit's values as they travel: organisations by stable key, not by id."""
    out = dict(change)
    if "parties" in out:
        out["parties"] = [key_of(session, "organisation", i) for i in out["parties"]]
    if out.get("organisation") is not None:
        out["organisation"] = key_of(session, "organisation", out["organisation"])
    return out


def _apply(
    session: Session, j: Judgement, refs: list[tuple[str, int]], change: dict[str, Any]
) -> dict[str, Any]:
    kind, id = refs[0]
    if j.action == "reject":
        return apply.reject(session, j, kind, id)
    if j.action == "merge":
        return apply.merge_pair(session, j, kind, id, refs[1][1])
    if j.action == "edit":
        return apply.edit(session, kind, id, change)
    return {}


def _follow(session: Session, kind: str, merged: dict[str, Any]) -> None:
    """Judgements about the entity merged away now point at the one kept."""
    for j in session.exec(select(Judgement).where(Judgement.target_type == kind)):
        changed = False
        if j.target_id == merged["merged"]:
            j.target_id, changed = merged["kept"], True
        if j.other_id == merged["merged"]:
            j.other_id, changed = merged["kept"], True
        if changed:
            session.add(j)


# ------------------------------------------------------------------ undo


def undo(session: Session, item: str | None = None, *, by: str | None = None) -> Judgement:
    """Undo the latest judgement in force of ITEM, or (no item) the latest of BY (the
    current user when None). The caller commits."""
    from store.db import lock_for_writing

    lock_for_writing(session)
    query = select(Judgement).where(col(Judgement.undone_at).is_(None))
    if item is not None:
        mention = parse_mention(item)
        key = item_id(parse_item(item)) if mention is None else mention_id(*mention)
        query = query.where((col(Judgement.key) == key) | col(Judgement.key).startswith(key + "#"))
    else:
        query = query.where(Judgement.decided_by == (by or who()))
    j = session.exec(query.order_by(col(Judgement.id).desc())).first()
    if j is None:
        what = f"{item}: no judgement" if item else f"no judgement by {by or who()}"
        raise ReviewError(f"{what} to undo")
    from store.review.undo import undo_judgement

    return undo_judgement(session, j)


# ------------------------------------------------------------------ listing


def list_judgements(session: Session, *, in_force_only: bool = False) -> list[JudgementInfo]:
    """Every judgement, newest first."""
    query = select(Judgement).order_by(col(Judgement.id).desc())
    if in_force_only:
        query = query.where(col(Judgement.undone_at).is_(None))
    return [info(j) for j in session.exec(query)]


def info(j: Judgement) -> JudgementInfo:
    assert j.id is not None
    return JudgementInfo(
        id=j.id,
        uid=j.uid,
        item=j.key.split("#", 1)[0],
        action=j.action,
        subjects=[s.get("name", "?") for s in json.loads(j.subjects or "[]")],
        change=json.loads(j.change or "{}"),
        reason=j.reason,
        decided_by=j.decided_by,
        decided_at=j.decided_at,
        undone_at=j.undone_at,
        applied=j.target_id is not None,
    )
