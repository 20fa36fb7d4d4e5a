"""Merging two entities into one, and splitting a merge again.

A merge moves the merged entity's names, roles, agreement links, mentions and children to
the kept one and marks the merged row `merged_into`; the ids of every moved row are kept in
the `Merge` record so that `split` puts exactly those back. Roles that became one role
(the same title, or its translation, at one organisation) are folded into one, and the
record keeps the folded row so that a split brings it back. Nothing is lost, so a split is
always possible, whoever decided the merge (the resolver, the reference data or a user).
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col, select

from store.models import (
    AgreementParty,
    Mention,
    Merge,
    Name,
    Organisation,
    Person,
    Role,
    now,
)
from store.roles import fold_roles, unfold

MODELS: dict[str, Any] = {"organisation": Organisation, "person": Person}


class MergeError(Exception):
    """A merge or split that cannot be done; the message says why in one line."""


def merge(
    session: Session,
    kind: str,
    keep_id: int,
    other_id: int,
    *,
    reason: str = "",
    score: float = 1.0,
    decided_by: str = "user",
) -> Merge:

    model = MODELS.get(kind)
    if model is None:
        raise MergeError(f"{kind}: only organisations and people can be merged")
    if keep_id == other_id:
        raise MergeError(f"{kind} {keep_id}: cannot merge an entity with itself")
    keep, other = session.get(model, keep_id), session.get(model, other_id)
    for eid, row in ((keep_id, keep), (other_id, other)):
        if row is None:
            raise MergeError(f"{kind} {eid}: no such {kind}")
        if row.merged_into is not None:  # type: ignore[union-attr]
            raise MergeError(f"{kind} {eid}: already merged into {row.merged_into}")  # type: ignore[union-attr]
    moved: dict[str, list[int]] = {"name": [], "role": [], "party": [], "mention": [], "child": []}

    def move(rows, attr: str, bucket: str) -> None:  # type: ignore[no-untyped-def]
        for row in rows:
            setattr(row, attr, keep_id)
            session.add(row)
            moved[bucket].append(row.id)

    move(
        session.exec(select(Name).where(Name.entity_type == kind, Name.entity_id == other_id)),
        "entity_id",
        "name",
    )
    move(
        session.exec(
            select(Mention).where(Mention.target_type == kind, Mention.target_id == other_id)
        ),
        "target_id",
        "mention",
    )
    if kind == "person":
        move(session.exec(select(Role).where(Role.person_id == other_id)), "person_id", "role")
        move(
            session.exec(select(AgreementParty).where(AgreementParty.person_id == other_id)),
            "person_id",
            "party",
        )
    else:
        move(
            session.exec(select(Role).where(Role.organisation_id == other_id)),
            "organisation_id",
            "role",
        )
        move(
            session.exec(select(AgreementParty).where(AgreementParty.organisation_id == other_id)),
            "organisation_id",
            "party",
        )
        move(
            session.exec(select(Organisation).where(Organisation.parent_id == other_id)),
            "parent_id",
            "child",
        )
    session.flush()
    folded = fold_roles(session, moved["role"])  # roles that became one role (store/roles.py)
    for attr in ("kind", "country", "ref_id", "family", "given"):
        if hasattr(keep, attr) and getattr(keep, attr) is None and getattr(other, attr, None):
            setattr(keep, attr, getattr(other, attr))
    other.merged_into = keep_id  # type: ignore[union-attr]
    session.add(keep)
    session.add(other)
    from store.writer import forget_cached

    forget_cached(session)
    record = Merge(
        entity_type=kind,
        kept_id=keep_id,
        merged_id=other_id,
        reason=reason,
        score=score,
        decided_by=decided_by,
        moved=json.dumps({**moved, "folded": folded}, ensure_ascii=False),
    )
    session.add(record)
    session.flush()
    _reindex(session, kind, keep_id)
    from store.search import drop_entity

    drop_entity(session, kind, other_id)
    return record


def split(session: Session, merge_id: int) -> Merge:
    """Undo a merge: the rows it moved go back to the entity it merged away."""

    record = session.get(Merge, merge_id)
    if record is None:
        raise MergeError(f"merge {merge_id}: no such merge")
    if record.undone_at is not None:
        raise MergeError(f"merge {merge_id}: already split")
    later = session.exec(
        select(Merge).where(
            Merge.entity_type == record.entity_type,
            Merge.merged_id == record.kept_id,
            col(Merge.undone_at).is_(None),
        )
    ).first()
    if later is not None:
        raise MergeError(
            f"merge {merge_id}: split merge {later.id} first (the kept entity was merged again)"
        )
    kind, back = record.entity_type, record.merged_id
    moved = json.loads(record.moved or "{}")
    tables: list[tuple[str, type, str]] = [
        ("name", Name, "entity_id"),
        ("mention", Mention, "target_id"),
    ]
    if kind == "person":
        tables += [("role", Role, "person_id"), ("party", AgreementParty, "person_id")]
    else:
        tables += [
            ("role", Role, "organisation_id"),
            ("party", AgreementParty, "organisation_id"),
            ("child", Organisation, "parent_id"),
        ]
    unfold(session, moved.get("folded", []))
    for bucket, model, attr in tables:
        for row_id in moved.get(bucket, []):
            row = session.get(model, row_id)
            if row is not None and getattr(row, attr) == record.kept_id:
                setattr(row, attr, back)
                session.add(row)
    other = session.get(MODELS[kind], back)
    if other is not None:
        other.merged_into = None  # type: ignore[union-attr]
        session.add(other)
    from store.writer import forget_cached

    forget_cached(session)
    record.undone_at = now()
    session.add(record)
    session.flush()
    _reindex(session, kind, record.kept_id)
    _reindex(session, kind, back)
    return record


def _reindex(session: Session, kind: str, entity_id: int) -> None:
    """Rebuild an entity's search keys, and those of its agreements, whose keys carry their
    parties' names (names moved by a merge or split change what finds them)."""
    from store.search import index_agreements_of, index_entity

    index_entity(session, kind, entity_id)
    if kind == "organisation":
        index_agreements_of(session, entity_id)


def merges_of(session: Session, kind: str, id: int) -> list[Merge]:
    """Merges in force that folded other entities into this one (newest first)."""
    return list(
        session.exec(
            select(Merge)
            .where(Merge.entity_type == kind, Merge.kept_id == id, col(Merge.undone_at).is_(None))
            .order_by(col(Merge.id).desc())
        )
    )
