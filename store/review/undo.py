"""Undoing a judgement, before or after its documents were read again.

An undo first puts back, literally, the rows the judgement kept (snapshot.py), inside a
savepoint. After `ipx reextract` or the import of a changed file that cannot hold: the
document's mentions and names were deleted and made anew (their ids taken again, or the
document itself replaced), so the rows kept no longer fit. Then the semantic route: the
judgement is marked undone and its rejections go, and the documents it rejected surfaces of
are read again through the path `ipx reextract` takes, so that the extractors, the resolver
and replay of the remaining judgements decide what comes back, as if it had never been made.

Reading documents is the importers' work, which the store may not import (the layering in
pyproject.toml): the CLI hands the reader over (`use_reader`) before a command or the
explorer runs, and without one an undo that needs it says so in one line, changing nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, delete, select

from store.models import Document, Judgement, Rejection, now
from store.review import apply
from store.review.items import MODEL, ReviewError
from store.text import fold

#: reads stored documents again in the caller's transaction, then replays the judgements
Reader = Callable[[Session, list[int]], object]

_reader: Reader | None = None


def use_reader(reader: Reader | None) -> None:
    """The importers' reader of stored documents (importers.reextract.read_in_session)."""
    global _reader
    _reader = reader


@dataclass
class Deferred:
    """What undos on the semantic route left to read: the documents, and the merges split
    whose entities read anew are made one again after the reading (_one_again). Importing
    an exchange file undoes many judgements; it reads and replays once, after all of them
    (read_deferred), not once per judgement."""

    documents: set[int] = field(default_factory=set)
    records: list[Any] = field(default_factory=list)


def undo_judgement(session: Session, j: Judgement, defer: Deferred | None = None) -> Judgement:
    """Put back what J changed here, and mark it undone (the caller holds the lock). With
    DEFER, documents to read again are added to it, and read_deferred reads them later."""
    from sqlalchemy.exc import IntegrityError

    data = json.loads(j.undo or "{}")
    if j.action == "reject":
        documents = _rejected_in(session, j)
        try:
            if _replaced(session, j, data):
                raise ValueError("a document changed since")
            with session.begin_nested():
                _undo_reject(session, j, data)
        except (ValueError, IntegrityError) as exc:  # the documents were read again since
            if not documents:  # none to read it back from (a body no document states)
                why = str(exc).splitlines()[0]
                raise ReviewError(
                    f"{j.key.split('#', 1)[0]}: cannot bring it back"
                    f" ({why}: the knowledge base changed since)"
                ) from None
            _read_without(session, j, documents, defer)
    elif j.action == "merge" and "merge" in data:
        records, documents = _undo_merge(session, j, data)
        if documents and defer is not None:
            _read_without(session, j, documents, defer)
            defer.records.extend(records)
        else:
            if documents:  # the documents of mentions it moved were read again: read them now
                _read_without(session, j, documents)
            _one_again(session, records)
    elif j.action == "edit":
        apply.undo_edit(session, data)
    j.undone_at = now()
    session.add(j)
    session.flush()
    return j


def _undo_merge(
    session: Session, j: Judgement, data: dict[str, Any]
) -> tuple[list[Any], list[int]]:
    """Split the merge J made, and those that made it again after its documents were read
    again (the pair made anew and merged again by reextract's manual merges or by replay),
    newest first. Returns the merges split, and the documents to read again: those stating
    the entities when the documents of the mentions it moved were read again (their reading
    is not the one the merge left: SQLite may have given a new mention an old id, which the
    split would move), none when every row went back literally."""
    from store.merge import MergeError, split
    from store.models import Mention, Merge

    merge_id = data["merge"]
    first = session.get(Merge, merge_id)
    if first is None:
        raise ReviewError(f"{j.key}: merge {merge_id}: no such merge")
    records = _records_of(session, j, first)
    if data.get("read"):
        stale = _readings(session, [int(d) for d in data["read"]]) != data["read"]
    else:  # a judgement made before readings were kept: a moved mention gone tells
        moved = [i for r in records for i in json.loads(r.moved or "{}").get("mention", [])]
        stale = any(session.get(Mention, i) is None for i in moved)
    try:
        for record in reversed(records):
            split(session, record.id)  # type: ignore[arg-type]
    except MergeError as exc:
        raise ReviewError(f"{j.key}: {exc}") from None
    if not stale:
        return records, []
    ids = {first.kept_id, *(r.kept_id for r in records), *(r.merged_id for r in records)}
    documents = session.exec(
        select(Mention.document_id)
        .where(Mention.target_type == first.entity_type, col(Mention.target_id).in_(ids))
        .distinct()
    )
    return records, sorted(documents)


def _one_again(session: Session, records: list[Any]) -> None:
    """Entities brought back that are one subject made anew by a reading are one again, as
    that reading would have made them had the merge never been: the older goes when no
    mention is left it, else the newer is folded into it."""
    from store import writer
    from store.merge import merge

    back: dict[str, int] = {}  # folded name -> the entity brought back first
    for record in records:
        kind = record.entity_type
        row = session.get(MODEL[kind], record.merged_id)
        if row is None or row.merged_into is not None:
            continue
        older = back.setdefault(fold(row.name), record.merged_id)
        if older == record.merged_id:
            continue
        if not writer.has_sources(session, kind, older):
            writer.delete_entity(session, kind, older)
            back[fold(row.name)] = record.merged_id
        else:
            merge(
                session,
                kind,
                older,
                record.merged_id,
                reason="one body read again",
                decided_by="resolver:undo",
            )
    session.flush()
    writer.forget_cached(session)


def _records_of(session: Session, j: Judgement, first: Any) -> list[Any]:
    """FIRST and the merges in force that made J again (the same kind, person and reason,
    made since J, of an entity J names), oldest first."""
    from store.models import Merge

    names = {n for k in json.loads(j.subjects or "[]") for n in k.get("names", [])}
    records = {first.id: first}
    for m in session.exec(
        select(Merge).where(
            Merge.entity_type == first.entity_type,
            Merge.decided_by == first.decided_by,
            Merge.reason == first.reason,
            col(Merge.decided_at) >= j.decided_at,
            col(Merge.undone_at).is_(None),
        )
    ):
        row = session.get(MODEL[m.entity_type], m.merged_id)
        if row is not None and fold(row.name) in names:
            records[m.id] = m  # type: ignore[index]
    return [records[i] for i in sorted(records) if records[i].undone_at is None]


def _rejected_in(session: Session, j: Judgement) -> list[int]:
    """The documents J's rejections name, by content hash or path (a changed file's new
    version included), as they are now."""
    rejections = list(session.exec(select(Rejection).where(Rejection.judgement_id == j.id)))
    if not rejections:
        return []
    hashes = {r.sha256 for r in rejections}
    paths = {r.path for r in rejections}
    docs = session.exec(
        select(Document).where(col(Document.sha256).in_(hashes) | col(Document.path).in_(paths))
    )
    return sorted(d.id for d in docs if d.id is not None)


def sign(session: Session, data: dict[str, Any]) -> dict[str, Any]:
    """DATA (a reject's or a merge's undo) with the reading the judgement left of each
    document it took mentions from or moved mentions in: its undo tells by it whether the
    document was read again since, even where SQLite gave the old mention ids again."""
    docs = sorted({m["document_id"] for m in data.get("rows", {}).get("mention", [])})
    if "merge" in data:
        docs = _moved_in(session, data["merge"])
    if docs:
        data["read"] = _readings(session, docs)
    return data


def _moved_in(session: Session, merge_id: int) -> list[int]:
    """The documents of the mentions merge MERGE_ID moved."""
    from store.models import Mention, Merge

    record = session.get(Merge, merge_id)
    moved = json.loads(record.moved or "{}").get("mention", []) if record else []
    if not moved:
        return []
    found = session.exec(select(Mention.document_id).where(col(Mention.id).in_(moved)).distinct())
    return sorted(found)


def _readings(session: Session, docs: list[int]) -> dict[str, str]:
    """Per document, a digest of its mentions (ids, spans, what each names): a reading
    again makes them anew, even where SQLite gives the same ids again."""
    from store.models import Mention

    rows: dict[int, list[Any]] = {d: [] for d in docs}
    for m in session.exec(
        select(Mention).where(col(Mention.document_id).in_(docs)).order_by(col(Mention.id))
    ):
        rows[m.document_id].append([m.id, m.start, m.end, m.surface, m.target_type, m.target_id])
    return {
        str(d): hashlib.sha256(json.dumps(r, ensure_ascii=False).encode()).hexdigest()[:16]
        for d, r in rows.items()
    }


def _replaced(session: Session, j: Judgement, data: dict[str, Any]) -> bool:
    """A document a kept mention was in is gone, holds another text than the one judged (a
    changed file imported again may take the old one's id) or was read again (its mentions
    are not those the judgement left): the rows kept would not fit it."""
    hashes = set(session.exec(select(Rejection.sha256).where(Rejection.judgement_id == j.id)))
    docs = sorted({m["document_id"] for m in data.get("rows", {}).get("mention", [])})
    for doc_id in docs:
        doc = session.get(Document, doc_id)
        if doc is None or (hashes and doc.sha256 not in hashes):
            return True
    read = data.get("read")  # judgements made before readings were kept have none
    return bool(read) and _readings(session, docs) != read


def _read_without(
    session: Session, j: Judgement, documents: list[int], defer: Deferred | None = None
) -> None:
    """The semantic undo: J out of force, its documents read again (the module's docstring),
    now or, with DEFER, by read_deferred."""
    if _reader is None:
        raise ReviewError(
            f"{j.key.split('#', 1)[0]}: its document was read again since the judgement;"
            " undo it with `ipx judge ITEM undo` or `ipx undo`, which read it once more"
        )
    j.undone_at = now()
    session.add(j)
    session.exec(delete(Rejection).where(col(Rejection.judgement_id) == j.id))  # type: ignore[call-overload]
    session.flush()
    if defer is not None:
        defer.documents.update(documents)
    else:
        _reader(session, documents)


def read_deferred(session: Session, defer: Deferred) -> bool:
    """Read once the documents the undos given DEFER left, then make the entities of the
    merges they split one again; the reader replays every judgement in force. Returns
    whether there was anything to read (else the caller replays itself)."""
    if not defer.documents:
        return False
    assert _reader is not None  # _read_without refused to defer without one
    _reader(session, sorted(defer.documents))
    _one_again(session, defer.records)
    return True


def _undo_reject(session: Session, j: Judgement, data: dict[str, Any]) -> None:
    """The literal undo of a reject: its rows back with their ids (a ValueError or an
    IntegrityError when they no longer fit), its rejections gone, the search index told."""
    from store.review.snapshot import restore
    from store.search import index_entity
    from store.writer import forget_cached

    back = restore(session, data)
    session.exec(delete(Rejection).where(col(Rejection.judgement_id) == j.id))  # type: ignore[call-overload]
    session.flush()
    forget_cached(session)
    for kind, id in back:
        index_entity(session, kind, id)
    kind, eid = j.target_type or "", j.target_id
    if j.item_kind == "mention" and eid is not None and session.get(MODEL[kind], eid) is not None:
        index_entity(session, kind, eid)  # one document's mention back: the entity stayed
    for raw in data.get("rows", {}).get("agreementparty", []):
        index_entity(session, "agreement", raw["agreement_id"])
