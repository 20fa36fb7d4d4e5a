"""Judgements applied again: after re-import, re-extraction and an exchange import.

Each judgement in force, oldest first, finds its subjects by their stable keys
(keys.py) and applies itself again where that still changes something:

- its rows: `target_id`/`other_id` and its item key point at the subjects as they are now
  (a judgement whose subject is absent waits, dormant, until a document brings it back);
- reject: the mentions its rejections cover (this surface, this kind, in this document) go,
  and whatever loses its last source with them (the case of a knowledge base that read the
  document before the judgement arrived from an exchange file); a mention item's cover
  only the judged entity's mentions there (another body the surface resolved to stays), and
  its entity loses the names only that document wrote, as when it was judged;
- merge: the two, when both are there and still apart, are merged again;
- edit: the new values, where they were lost (an entity made anew by re-extraction);
- accept and distinct only need their rows to point right; a mention item's key is its
  entity's and its document's as they are now (`o12@d7`: the document found by the content
  hash, else the path, its subject's key keeps, `at`).

Replaying twice changes nothing the second time.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col, select

from store.models import Document, Judgement, Mention, Person, Rejection, Role
from store.review import apply
from store.review.items import MODEL, ReviewError, item_id
from store.review.judge import dormant
from store.review.keys import find, find_entity, find_pair
from store.review.snapshot import Snapshot
from store.text import fold


def replay(session: Session) -> int:
    """Apply every judgement in force again; returns how many changed the knowledge base.
    The caller holds the write lock and commits."""
    judgements = list(
        session.exec(
            select(Judgement).where(col(Judgement.undone_at).is_(None)).order_by(col(Judgement.id))
        )
    )
    changed = 0
    for j in judgements:
        subjects = json.loads(j.subjects or "[]")
        ids = _find_all(session, j, subjects)
        if j.action == "reject":
            changed += _reject_again(session, j, ids[0] if ids else None)
            ids = [find(session, k) for k in subjects]
        elif j.action == "merge":
            changed += _merge_again(session, j, subjects, ids)
            ids = [find(session, k) for k in subjects]
        elif j.action == "edit" and ids and ids[0] is not None:
            changed += _edit_again(session, j, subjects[0]["kind"], ids[0])
        _point(session, j, subjects, ids)
    session.flush()
    return changed


def _find_all(session: Session, j: Judgement, subjects: list[dict[str, Any]]) -> list[int | None]:
    """The subjects now; a pair as two entities where there are two (namesakes share every
    name; a merged one made anew shares its names with the one it was merged into)."""
    if j.action in ("distinct", "merge") and len(subjects) == 2:
        return list(find_pair(session, subjects[0], subjects[1]))
    return [find(session, k) for k in subjects]


def _point(
    session: Session, j: Judgement, subjects: list[dict[str, Any]], ids: list[int | None]
) -> None:
    """The judgement's rows and item key, as its subjects are now."""
    if j.item_kind == "mention":
        _point_mention(session, j, subjects, ids)
        return
    present = bool(ids) and all(i is not None for i in ids)
    if present and len(set(ids)) < len(ids):  # a pair now one entity (merged): as it is
        j.target_id, j.other_id = ids[0], ids[0]
        session.add(j)
        return
    if j.action == "reject" or not present:
        j.target_id = j.other_id = None
        key = dormant(j)
    else:
        j.target_id = ids[0]
        j.other_id = ids[1] if len(ids) > 1 else None
        key = item_id([(s["kind"], i) for s, i in zip(subjects, ids, strict=True) if i is not None])
        if j.action != "edit" and key != j.key and _taken(session, key, j):
            key = dormant(j)
    if key != j.key:
        j.key = key
    session.add(j)
    session.flush()


def _point_mention(
    session: Session, j: Judgement, subjects: list[dict[str, Any]], ids: list[int | None]
) -> None:
    """A mention item's rows and key: the entity now, and its document (a reject's key stays
    dormant, its entity kept: the entity itself was never rejected)."""
    from store.review.items import mention_id

    eid = ids[0] if ids else None
    at = subjects[0].get("at", {}) if subjects else {}
    doc = session.exec(
        select(Document.id)
        .where((col(Document.sha256) == at.get("sha256")) | (col(Document.path) == at.get("path")))
        .order_by(col(Document.sha256) != at.get("sha256"), col(Document.id))
    ).first()
    j.target_id, j.other_id = eid, None
    key = dormant(j)
    if eid is not None and doc is not None:
        now = mention_id(subjects[0]["kind"], eid, doc)
        if j.action == "reject":  # dormant, under the ids an undo is typed with now
            key = f"{now}#{j.uid[:12]}"
        elif not _taken(session, now, j):
            key = now
    if key != j.key:
        j.key = key
    session.add(j)
    session.flush()


def _taken(session: Session, key: str, j: Judgement) -> bool:
    other = session.exec(
        select(Judgement.id).where(
            Judgement.key == key,
            col(Judgement.undone_at).is_(None),
            Judgement.action != "edit",
            Judgement.id != j.id,
        )
    ).first()
    return other is not None


def _reject_again(session: Session, j: Judgement, judged: int | None) -> int:
    """Remove the mentions this rejection covers, and what loses its last source. A mention
    item's cover only that document's mentions of the judged entity (JUDGED, as found now):
    a knowledge base that resolved the same surface there to another body keeps it, and the
    undo keeps what goes, the entity too when it loses its last source."""
    from store import writer

    rejections = list(session.exec(select(Rejection).where(Rejection.judgement_id == j.id)))
    gone = 0
    kept = Snapshot()
    left: set[tuple[str, int, int]] = set()
    for r in rejections:
        docs = list(
            session.exec(
                select(Document.id).where(
                    (col(Document.sha256) == r.sha256) | (col(Document.path) == r.path)
                )
            )
        )
        if not docs:
            continue
        for m in session.exec(
            select(Mention).where(Mention.target_type == r.kind, col(Mention.document_id).in_(docs))
        ):
            if fold(m.surface) != r.surface or not _in_context(session, r, m):
                continue
            if j.item_kind == "mention" and m.target_id != judged:
                continue
            target = m.target_id
            if j.item_kind == "mention":
                kept.keep("mention", [m])
                left.add((r.kind, target, m.document_id))
            session.delete(m)
            session.flush()
            gone += 1
            if not writer.has_sources(session, r.kind, target):
                row = session.get(MODEL[r.kind], target)
                if row is not None and getattr(row, "ref_id", None) is None:
                    snap = kept if j.item_kind == "mention" else Snapshot()
                    apply.delete_subject(session, r.kind, target, snap)
    _names_left(session, j, left, kept)
    return 1 if gone else 0


def _names_left(
    session: Session, j: Judgement, left: set[tuple[str, int, int]], kept: Snapshot
) -> None:
    """A mention item's entity, out of the document again, loses the names only that
    document wrote (stated_names.py), as the judgement took them; the undo keeps them with
    the mentions taken here."""
    from store import writer
    from store.review.stated_names import drop_unsupported
    from store.search import index_entity

    touched = set()
    for kind, id, doc in sorted(left):
        if session.get(MODEL[kind], id) is None:
            continue
        drop_unsupported(session, kind, id, doc, kept)
        touched.add((kind, id))
    if touched:
        session.flush()
        writer.forget_cached(session)
        for kind, id in sorted(touched):
            index_entity(session, kind, id)
    more = kept.to_json()
    if not more["rows"]:
        return
    undo = json.loads(j.undo or "{}")
    rows = undo.setdefault("rows", {})
    for table, new in more["rows"].items():
        have = {r["id"] for r in rows.get(table, [])}
        rows.setdefault(table, []).extend(r for r in new if r["id"] not in have)
    undo.setdefault("updates", []).extend(more["updates"])
    j.undo = json.dumps(undo, ensure_ascii=False)
    session.add(j)


def _in_context(session: Session, r: Rejection, m: Mention) -> bool:
    """A role's rejection covers that title of that holder only."""
    if r.kind != "role" or not r.context:
        return True
    role = session.get(Role, m.target_id)
    holder = session.get(Person, role.person_id) if role else None
    return holder is not None and fold(holder.name) == r.context


def _merge_again(
    session: Session, j: Judgement, subjects: list[dict[str, Any]], ids: list[int | None]
) -> int:
    if len(ids) != 2 or ids[0] is None or ids[1] is None or ids[0] == ids[1]:
        return 0
    from store.review.undo import sign

    try:
        data = apply.merge_pair(session, j, subjects[0]["kind"], ids[0], ids[1])
    except ReviewError:
        return 0
    j.undo = json.dumps(sign(session, data))  # the reading it left, as a merge judged now
    return 1


def _edit_again(session: Session, j: Judgement, kind: str, id: int) -> int:
    """The edit's values where the subject lacks them."""
    change = json.loads(j.change or "{}")
    row = session.get(MODEL[kind], id)
    if row is None:
        return 0
    wanted: dict[str, Any] = {}
    if "name" in change and row.name != change["name"]:
        wanted["name"] = change["name"]
    if "title" in change and row.title != change["title"]:
        wanted["title"] = change["title"]
    field = {"agreement": "date", "role": "start"}.get(kind)
    if "date" in change and field and getattr(row, field) != (change["date"] or None):
        wanted["date"] = change["date"]
    if "parties" in change:
        parties = [find_entity(session, k) for k in change["parties"]]
        if all(p is not None for p in parties) and set(parties) != _party_ids(session, id):
            wanted["parties"] = parties
    if "organisation" in change:
        org = find_entity(session, change["organisation"]) if change["organisation"] else None
        if (org is not None or not change["organisation"]) and row.organisation_id != org:
            wanted["organisation"] = org
    if not wanted:
        return 0
    _undo_also(j, apply.edit(session, kind, id, wanted))
    return 1


def _undo_also(j: Judgement, again: dict[str, Any]) -> None:
    """An edit applied again keeps what it overwrote, in place of what its first application
    kept: the subject was made anew (read again, maybe under another id), and the ids the
    first kept may name other rows now (a name's id taken again)."""
    j.undo = json.dumps(again, ensure_ascii=False)


def _party_ids(session: Session, agreement_id: int) -> set[int | None]:
    from store.models import AgreementParty

    return set(
        session.exec(
            select(AgreementParty.organisation_id).where(
                AgreementParty.agreement_id == agreement_id, AgreementParty.role == "party"
            )
        )
    )


# ------------------------------------------------------------------ manual merges


def manual_merges(session: Session) -> list[dict[str, Any]]:
    """The merges a person decided (`ipx merge`, the explorer, review), by stable keys: what
    a re-extraction must not lose when it makes their entities anew."""
    from store.models import Merge, Name
    from store.review.keys import key_of

    out = []
    for m in session.exec(
        select(Merge).where(col(Merge.undone_at).is_(None)).order_by(col(Merge.id))
    ):
        if not m.decided_by.startswith("user"):
            continue
        moved = json.loads(m.moved or "{}").get("name", [])
        names = set(session.exec(select(Name.folded).where(col(Name.id).in_(moved or [-1]))))
        kept = key_of(session, m.entity_type, m.kept_id)
        kept["names"] = [n for n in kept["names"] if n not in names] or kept["names"]
        row = session.get(MODEL[m.entity_type], m.merged_id)
        if row is None:
            continue
        names.add(fold(row.name))
        merged = {
            "kind": m.entity_type,
            "name": row.name,
            "ref": row.ref_id,
            "names": sorted(names),
        }
        out.append({"kept": kept, "merged": merged, "reason": m.reason, "by": m.decided_by})
    return out


def merge_again(session: Session, merges: list[dict[str, Any]]) -> int:
    """Merge again what MANUAL_MERGES recorded, where the two are apart now."""
    from store.merge import MergeError, merge

    done = 0
    for m in merges:
        a, b = find_pair(session, m["kept"], m["merged"])
        if a is None or b is None or a == b:
            continue
        try:
            merge(session, m["kept"]["kind"], a, b, reason=m["reason"], decided_by=m["by"])
        except MergeError:
            continue
        done += 1
    return done
