"""What each verdict does to the knowledge base, and what it keeps to be undone.

- accept, distinct: nothing to the rows; the judgement itself is the record (accepted
  subjects are reviewed; a distinct pair is never suggested or merged automatically again);
- reject: the entity or fact goes, with what only it held, and each (document, surface,
  kind) that stated it becomes a `Rejection`, so that the same surface in the same document
  is not extracted again;
- merge: store/merge.py, the entity with the reference entry or more documents kept;
- edit: a new name, title, date, parties or organisation, the old values kept.

Every function returns the JSON its undo needs (`Judgement.undo`).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, delete, select

from store import writer
from store.models import (
    Agreement,
    AgreementParty,
    Document,
    Judgement,
    Mention,
    Name,
    Organisation,
    Person,
    Rejection,
    Role,
)
from store.review.items import MODEL, ReviewError
from store.review.snapshot import Snapshot
from store.roles import set_titles, titles_of
from store.text import clean_spaces, fold


def reject(session: Session, judgement: Judgement, kind: str, id: int) -> dict[str, Any]:
    """Delete the entity or fact; record what keeps it from being extracted again."""
    assert judgement.id is not None
    snap = Snapshot()
    context = ""
    if kind == "role":
        role = session.get(Role, id)
        assert role is not None
        holder = session.get(Person, role.person_id)
        context = fold(holder.name) if holder else ""
    mentions = mentions_of(session, kind, id)
    for m in mentions:
        doc = session.get(Document, m.document_id)
        if doc is not None:
            session.add(rejection(judgement.id, doc, kind, fold(m.surface), context))
    delete_subject(session, kind, id, snap)
    return snap.to_json()


def rejection(
    judgement_id: int, doc: Document, kind: str, surface: str, context: str = ""
) -> Rejection:
    """What keeps SURFACE, as a KIND, from being extracted from DOC again: kept by the
    document's hash and path, so that a re-import or a re-extraction of the same text obeys it."""
    return Rejection(
        judgement_id=judgement_id,
        sha256=doc.sha256,
        path=doc.path,
        kind=kind,
        surface=surface,
        context=context,
    )


def mentions_of(session: Session, kind: str, id: int) -> list[Mention]:
    return list(
        session.exec(select(Mention).where(Mention.target_type == kind, Mention.target_id == id))
    )


def delete_subject(session: Session, kind: str, id: int, snap: Snapshot) -> None:
    """Delete an entity or fact and what only it held, keeping every row in SNAP."""
    from store.search import drop_entity, index_entity

    snap.keep("mention", mentions_of(session, kind, id))
    if kind == "role":
        role = session.get(Role, id)
        snap.keep("role", [role])
        delete_mentions(session, "role", [id])
        session.delete(role)
        session.flush()
        return
    if kind == "agreement":
        snap.keep("agreement", [session.get(Agreement, id)])
        snap.keep("agreementparty", _parties(session, AgreementParty.agreement_id == id))
        session.exec(delete(AgreementParty).where(col(AgreementParty.agreement_id) == id))  # type: ignore[call-overload]
        delete_mentions(session, "agreement", [id])
        session.delete(session.get(Agreement, id))
        drop_entity(session, "agreement", id)
        session.flush()
        return
    model = MODEL[kind]
    snap.keep(kind, [session.get(model, id)])
    snap.keep(
        "name", session.exec(select(Name).where(Name.entity_type == kind, Name.entity_id == id))
    )
    field = AgreementParty.person_id if kind == "person" else AgreementParty.organisation_id
    parties = _parties(session, field == id)
    snap.keep("agreementparty", parties)
    if kind == "person":
        roles = list(session.exec(select(Role).where(Role.person_id == id)))
        snap.keep("role", roles)
        role_ids = [r.id for r in roles if r.id is not None]
        snap.keep("mention", [m for r in role_ids for m in mentions_of(session, "role", r)])
        delete_mentions(session, "role", role_ids)
    else:
        for r in session.exec(select(Role).where(Role.organisation_id == id)):
            assert r.id is not None
            snap.changed("role", r.id, "organisation_id", id)
        for child in session.exec(select(Organisation).where(Organisation.parent_id == id)):
            assert child.id is not None
            snap.changed("organisation", child.id, "parent_id", id)
            child.parent_id = None
            session.add(child)
    delete_mentions(session, kind, [id])
    session.flush()
    writer.delete_entity(session, kind, id)
    writer.forget_cached(session)
    session.flush()
    for aid in {p.agreement_id for p in parties}:  # an agreement's keys carry its parties
        if session.get(Agreement, aid) is not None:
            index_entity(session, "agreement", aid)


def _parties(session: Session, where: Any) -> list[AgreementParty]:
    return list(session.exec(select(AgreementParty).where(where)))


def delete_mentions(session: Session, kind: str, ids: list[int]) -> None:
    if ids:
        session.exec(
            delete(Mention).where(col(Mention.target_type) == kind, col(Mention.target_id).in_(ids))  # type: ignore[call-overload]
        )


def merge_pair(session: Session, judgement: Judgement, kind: str, a: int, b: int) -> dict[str, Any]:
    """Merge the pair, keeping the one the reference data knows, else the one more
    documents state, else the older."""
    from store.merge import MergeError, merge

    keep, other = sorted((a, b), key=lambda i: _weight(session, kind, i))
    try:
        record = merge(
            session,
            kind,
            keep,
            other,
            reason=judgement.reason or "judged the same in review",
            score=1.0,
            decided_by=f"user:{judgement.decided_by}",
        )
    except MergeError as exc:
        raise ReviewError(str(exc)) from None
    return {"merge": record.id, "kept": keep, "merged": other}


def _weight(session: Session, kind: str, id: int) -> tuple[int, int, int]:
    row = session.get(MODEL[kind], id)
    docs = session.exec(
        select(Mention.document_id)
        .where(Mention.target_type == kind, Mention.target_id == id)
        .distinct()
    ).all()
    return (0 if getattr(row, "ref_id", None) else 1, -len(docs), id)


# ------------------------------------------------------------------ edits


def edit(session: Session, kind: str, id: int, change: dict[str, Any]) -> dict[str, Any]:
    """Apply an edit; returns the old values. `change` holds what is given: name (entities),
    title, date (agreements and roles: a role's start), parties (organisation ids, all of an
    agreement's parties), organisation (a role's; None for none)."""
    snap = Snapshot()
    row = session.get(MODEL[kind], id)
    assert row is not None and row.id is not None
    if "name" in change:
        if kind not in ("organisation", "person"):
            raise ReviewError(f"--name renames an organisation or a person, not a {kind}")
        _rename(session, kind, row, change["name"], snap)
    if "title" in change:
        _retitle(session, kind, row, change["title"], snap)
    if "date" in change:
        field = {"agreement": "date", "role": "start"}.get(kind)
        if field is None:
            raise ReviewError(f"--date sets an agreement's date or a role's start, not a {kind}'s")
        snap.changed(kind, row.id, field, getattr(row, field))
        setattr(row, field, change["date"] or None)
    if "parties" in change:
        if kind != "agreement":
            raise ReviewError(f"--party sets an agreement's parties, not a {kind}'s")
        _set_parties(session, row.id, change["parties"], snap)
    if "organisation" in change:
        if kind != "role":
            raise ReviewError(f"--org sets a role's organisation, not a {kind}'s")
        snap.changed("role", row.id, "organisation_id", row.organisation_id)
        row.organisation_id = change["organisation"]
    session.add(row)
    session.flush()
    _reindex(session, kind, row.id)
    return snap.to_json()


def _rename(session: Session, kind: str, row: Any, name: str, snap: Snapshot) -> None:
    name = clean_spaces(name)
    if not fold(name):
        raise ReviewError("--name: an empty name")
    snap.changed(kind, row.id, "name", row.name)
    added = writer.add_name(session, kind, row.id, name, origin="user")
    if added is not None and added.id is not None:  # the added name goes on undo
        snap.updates.append({"table": "name", "id": added.id, "field": "$added", "value": None})
    row.name = name


def _retitle(session: Session, kind: str, row: Any, title: str, snap: Snapshot) -> None:
    title = clean_spaces(title)
    if not title:
        raise ReviewError("--title: an empty title")
    if kind == "agreement":
        snap.changed("agreement", row.id, "title", row.title)
        row.title = title
    elif kind == "role":
        for field in ("title", "title_norm", "other_titles"):
            snap.changed("role", row.id, field, getattr(row, field))
        set_titles(row, [title, *(t for t in titles_of(row)[1:] if fold(t) != fold(title))])
    else:
        raise ReviewError(
            f"--title sets an agreement's or a role's title; rename a {kind} with --name"
        )


def _set_parties(session: Session, agreement_id: int, org_ids: list[int], snap: Snapshot) -> None:
    old = _parties(
        session,
        (col(AgreementParty.agreement_id) == agreement_id) & (col(AgreementParty.role) == "party"),
    )
    snap.keep("agreementparty", old)
    for p in old:
        session.delete(p)
    session.flush()
    for oid in org_ids:
        writer.add_party(session, agreement_id, organisation_id=oid)
    session.flush()
    new = _parties(
        session,
        (col(AgreementParty.agreement_id) == agreement_id) & (col(AgreementParty.role) == "party"),
    )
    for p in new:
        snap.updates.append(
            {"table": "agreementparty", "id": p.id, "field": "$added", "value": None}
        )


def undo_edit(session: Session, undo: dict[str, Any]) -> None:
    """Put back what an edit changed: old values, old parties; added rows go."""
    from store.review.snapshot import TABLES, load

    touched: set[tuple[str, int]] = set()
    for u in undo.get("updates", []):
        model = TABLES[u["table"]]
        row = session.get(model, u["id"])
        if row is None:
            continue
        if u["field"] == "$added":
            session.delete(row)
        else:
            setattr(row, u["field"], u["value"])
            session.add(row)
        if u["table"] in ("organisation", "person", "agreement"):
            touched.add((u["table"], u["id"]))
        if u["table"] == "name":
            touched.add((row.entity_type, row.entity_id))
        if u["table"] == "agreementparty":
            touched.add(("agreement", row.agreement_id))
    session.flush()
    for raw in undo.get("rows", {}).get("agreementparty", []):
        if session.get(AgreementParty, raw["id"]) is None:
            session.add(AgreementParty(**load(raw)))
            touched.add(("agreement", raw["agreement_id"]))
    session.flush()
    writer.forget_cached(session)
    for kind, id in touched:
        _reindex(session, kind, id)


def _reindex(session: Session, kind: str, id: int) -> None:
    from store.search import index_agreements_of, index_entity

    if kind == "role":
        return
    if session.get(MODEL[kind], id) is not None:
        index_entity(session, kind, id)
        if kind == "organisation":
            index_agreements_of(session, id)
