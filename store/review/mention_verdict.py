"""Judging one document's mention of an entity (`o12@d7`, mentions.py), and undoing it.

- accept: this document's mention is right; the item leaves the queue, nothing changes (the
  entity is not thereby reviewed: its own item, and its other documents', still ask);
- reject: that document's mentions of the entity go, and each of its surfaces there becomes a
  `Rejection` (document hash and path, kind, folded surface), so that re-extraction and
  re-import of the same text do not bring them back. The entity and its other documents'
  mentions stay, and its names but those only that document wrote (stated_names.py: the
  INPI a Portuguese text brought to the Brazilian body would draw later texts' INPI to it).
  What only that document stated through the entity goes with the mention: an organisation
  is taken off the roles held at it and off the agreements it is a party to that no other
  document states (the role stays, its organisation unknown; the agreement stays with its
  other parties); a person's roles and signatures no other document states go. Units of an
  organisation keep it as their parent (a body named in passing is still the body above its
  unit). A document that is the only one stating an entity not of the reference data is not
  judged here: its entity item asks about it whole.

The judgement keeps the document by its content hash and path in its subject's key (`at`),
so replay.py finds it again after re-import, `ipx reextract` and an exchange import; its
item key is `o12@d7` while in force (the partial unique index holds one verdict per item),
a reject's made dormant as every reject's is. Undo puts back every row kept.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from store import writer
from store.models import AgreementParty, Document, Judgement, Mention, Role
from store.review.apply import delete_mentions, mentions_of, rejection
from store.review.items import MODEL, ReviewError, mention_id, one_ref, subject
from store.review.keys import key_of
from store.review.model import MENTION
from store.review.snapshot import Snapshot
from store.review.stated_names import drop_unsupported
from store.text import fold


def check(session: Session, kind: str, id: int, document_id: int) -> Document:
    """The document of a mention item; a ReviewError when it or the entity is not there, or
    the document does not state the entity."""
    item = mention_id(kind, id, document_id)
    subject(session, kind, id)
    doc = session.get(Document, document_id)
    if doc is None:
        raise ReviewError(f"{item}: no document d{document_id} in this knowledge base")
    if not _mentions(session, kind, id, document_id):
        raise ReviewError(
            f"{item}: document d{document_id} ({Path(doc.path).name}) does not state"
            f" {one_ref(kind, id)}"
        )
    return doc


def judge_mention(
    session: Session, kind: str, id: int, document_id: int, *, action: str, reason: str, by: str
) -> Judgement:
    """Judge one document's mention (the caller holds the write lock and commits)."""
    from store.review.judge import check_action, dormant

    key = mention_id(kind, id, document_id)
    doc = check(session, kind, id, document_id)
    check_action(session, key, MENTION, action)
    if action == "reject" and not _elsewhere(session, kind, id, document_id):
        raise ReviewError(
            f"{key}: d{document_id} is the only document stating {one_ref(kind, id)}; judge"
            f" {one_ref(kind, id)} itself"
        )
    at = {"sha256": doc.sha256, "path": doc.path}
    j = Judgement(
        uid=uuid.uuid4().hex,
        key=key,
        item_kind=MENTION,
        action=action,
        target_type=kind,
        target_id=id,
        subjects=json.dumps([{**key_of(session, kind, id), "at": at}], ensure_ascii=False),
        change="{}",
        reason=reason,
        decided_by=by,
    )
    session.add(j)
    session.flush()
    if action == "reject":
        from store.review.undo import sign

        data = sign(session, reject(session, j, kind, id, document_id))
        j.undo = json.dumps(data, ensure_ascii=False)
        j.key = dormant(j)
    session.add(j)
    session.flush()
    return j


def _elsewhere(session: Session, kind: str, id: int, document_id: int) -> bool:
    """Another document states the entity, or the reference data knows it."""
    other = session.exec(
        select(Mention.id).where(
            Mention.target_type == kind, Mention.target_id == id, Mention.document_id != document_id
        )
    ).first()
    if other is not None:
        return True
    return kind == "organisation" and bool(getattr(session.get(MODEL[kind], id), "ref_id", None))


def _mentions(session: Session, kind: str, id: int, document_id: int) -> list[Mention]:
    return list(
        session.exec(
            select(Mention).where(
                Mention.target_type == kind,
                Mention.target_id == id,
                Mention.document_id == document_id,
            )
        )
    )


def reject(
    session: Session, judgement: Judgement, kind: str, id: int, document_id: int
) -> dict[str, Any]:
    """Take the entity out of one document (the module's docstring); returns the undo."""
    from store.search import index_entity

    assert judgement.id is not None
    snap = Snapshot()
    doc = session.get(Document, document_id)
    assert doc is not None
    mentions = _mentions(session, kind, id, document_id)
    for surface in sorted({fold(m.surface) for m in mentions}):
        session.add(rejection(judgement.id, doc, kind, surface))
    snap.keep("mention", mentions)
    for m in mentions:
        session.delete(m)
    session.flush()
    drop_unsupported(session, kind, id, document_id, snap)
    touched = _links_only_here(session, kind, id, document_id, snap)
    writer.forget_cached(session)
    index_entity(session, kind, id)
    for aid in touched:
        index_entity(session, "agreement", aid)
    return snap.to_json()


def _only_here(session: Session, kind: str, id: int, document_id: int) -> bool:
    """A role or an agreement stated by this document and no other."""
    docs = set(
        session.exec(
            select(Mention.document_id).where(Mention.target_type == kind, Mention.target_id == id)
        )
    )
    return docs == {document_id}


def _links_only_here(
    session: Session, kind: str, id: int, document_id: int, snap: Snapshot
) -> set[int]:
    """Unlink what only this document stated through the entity; the agreements touched."""
    field = AgreementParty.person_id if kind == "person" else AgreementParty.organisation_id
    touched: set[int] = set()
    for p in list(session.exec(select(AgreementParty).where(field == id))):
        if _only_here(session, "agreement", p.agreement_id, document_id):
            snap.keep("agreementparty", [p])
            session.delete(p)
            touched.add(p.agreement_id)
    if kind == "organisation":
        for r in session.exec(select(Role).where(Role.organisation_id == id)):
            assert r.id is not None
            if _only_here(session, "role", r.id, document_id):
                snap.changed("role", r.id, "organisation_id", id)
                r.organisation_id = None
                session.add(r)
    else:
        for r in list(session.exec(select(Role).where(Role.person_id == id))):
            assert r.id is not None
            if _only_here(session, "role", r.id, document_id):
                snap.keep("role", [r])
                snap.keep("mention", mentions_of(session, "role", r.id))
                delete_mentions(session, "role", [r.id])
                session.delete(r)
    session.flush()
    return touched
