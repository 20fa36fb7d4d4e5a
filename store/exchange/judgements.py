"""Judgements in the exchange format, so that a team shares its curation.

An export lists every judgement (`judgements`: who, when, why, the verdict, its subjects by
stable keys, an edit's values, the rejections a reject keeps, and `undone_at` once
undone) and gives each document the extractor version that read it. An import adds the
judgements it does not have (by `uid`: importing one twice adds it once), undoes here those
the file says were undone, and replays them all (store/review/replay.py), so the file's
verdicts apply to this knowledge base's rows, whatever their ids.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from store.exchange.format import ExchangeError
from store.models import Document, Judgement, Rejection, now
from store.review.model import ACTIONS, ITEM_KINDS


def export_judgements(session: Session, data: dict[str, Any]) -> None:
    """Add the judgements and the documents' extractor versions to an export (nothing is
    added to a knowledge base without judgements, so older exports stay as they were)."""
    versions = {
        sha: v
        for sha, v in session.exec(
            select(Document.sha256, Document.extractor_version).where(
                col(Document.extractor_version).is_not(None)
            )
        )
    }
    for d in data.get("documents", []):
        if d.get("sha256") in versions:
            d["extractor_version"] = versions[d["sha256"]]
    rejections: dict[int, list[dict[str, str]]] = {}
    for r in session.exec(select(Rejection).order_by(col(Rejection.id))):
        rejections.setdefault(r.judgement_id, []).append(
            {
                "sha256": r.sha256,
                "path": r.path,
                "kind": r.kind,
                "surface": r.surface,
                "context": r.context,
            }
        )
    out = [
        {
            "uid": j.uid,
            "item": j.key.split("#", 1)[0],
            "kind": j.item_kind,
            "action": j.action,
            "subjects": json.loads(j.subjects or "[]"),
            "change": json.loads(j.change or "{}"),
            "reason": j.reason,
            "by": j.decided_by,
            "at": j.decided_at.isoformat(),
            "undone_at": j.undone_at.isoformat() if j.undone_at else None,
            "rejections": rejections.get(j.id or 0, []),
        }
        for j in session.exec(select(Judgement).order_by(col(Judgement.id)))
    ]
    if out:
        data["judgements"] = out


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise ExchangeError(what)


def validate_judgements(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The file's judgements, each checked (a bad one imports nothing)."""
    items = data.get("judgements") or []
    _need(isinstance(items, list), "'judgements' must be a list")
    for i, j in enumerate(items):
        where = f"judgements[{i}]"
        _need(isinstance(j, dict), f"{where} must be an object")
        _need(isinstance(j.get("uid"), str) and j["uid"], f"{where} has no string 'uid'")
        _need(j.get("action") in ACTIONS, f"{where}: unknown action {j.get('action')!r}")
        _need(j.get("kind") in ITEM_KINDS, f"{where}: unknown kind {j.get('kind')!r}")
        subjects = j.get("subjects")
        _need(
            isinstance(subjects, list)
            and 1 <= len(subjects) <= 2
            and all(isinstance(s, dict) and s.get("kind") for s in subjects),
            f"{where}: 'subjects' must be one or two objects with a kind",
        )
        _need(isinstance(j.get("rejections", []), list), f"{where}: 'rejections' must be a list")
        for field in ("at", "undone_at"):
            if j.get(field) is not None:
                try:
                    datetime.fromisoformat(str(j[field]))
                except ValueError:
                    raise ExchangeError(
                        f"{where}: {field} {j[field]!r} is not a date and time"
                    ) from None
    return items


def import_judgements(session: Session, data: dict[str, Any]) -> int:
    """Add the file's judgements this knowledge base lacks, undo those it says were undone,
    give documents their extractor versions, and replay; returns the judgements added.
    The caller holds the write lock and commits."""
    from store.review.judge import dormant
    from store.review.replay import replay
    from store.review.undo import Deferred, read_deferred, undo_judgement

    _versions(session, data)
    items = validate_judgements(data)
    if not items:
        return 0
    known = {j.uid: j for j in session.exec(select(Judgement))}
    added = 0
    deferred = Deferred()  # documents the undos read again: once, after the loop
    for raw in items:
        here = known.get(raw["uid"])
        if here is not None:
            if raw.get("undone_at") and here.undone_at is None:
                undo_judgement(session, here, deferred)
            continue
        j = Judgement(
            uid=raw["uid"],
            key=str(raw.get("item") or ""),
            item_kind=raw["kind"],
            action=raw["action"],
            target_type=raw["subjects"][0]["kind"],
            subjects=json.dumps(raw["subjects"], ensure_ascii=False),
            change=json.dumps(raw.get("change") or {}, ensure_ascii=False),
            reason=str(raw.get("reason") or ""),
            decided_by=str(raw.get("by") or ""),
            decided_at=datetime.fromisoformat(raw["at"]) if raw.get("at") else now(),
            undone_at=datetime.fromisoformat(raw["undone_at"]) if raw.get("undone_at") else None,
        )
        j.key = dormant(j)  # replay gives it its item here, once its subjects are found
        session.add(j)
        session.flush()
        assert j.id is not None
        for r in raw.get("rejections") or []:
            session.add(
                Rejection(
                    judgement_id=j.id,
                    sha256=str(r.get("sha256") or ""),
                    path=str(r.get("path") or ""),
                    kind=str(r.get("kind") or ""),
                    surface=str(r.get("surface") or ""),
                    context=str(r.get("context") or ""),
                )
            )
        added += 1
    session.flush()
    if not read_deferred(session, deferred):  # reading them replays the judgements too
        replay(session)
    return added


def _versions(session: Session, data: dict[str, Any]) -> None:
    """Documents the file says an extractor version read, stored here without one, take it."""
    given = {
        d["sha256"]: d["extractor_version"]
        for d in data.get("documents", [])
        if isinstance(d, dict) and d.get("sha256") and isinstance(d.get("extractor_version"), int)
    }
    if not given:
        return
    for doc in session.exec(select(Document).where(col(Document.sha256).in_(list(given)))):
        if doc.extractor_version is None:
            doc.extractor_version = given[doc.sha256]
            session.add(doc)
    session.flush()
