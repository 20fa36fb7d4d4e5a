"""`ipx reextract`: today's extractors on the texts already stored.

Documents keep their text, so a better ipx can read them again without the files. Each
document is one transaction, as in an import: what its old reading contributed is removed
(store/writer.py `remove_document`) and what today's extractors find is resolved in its
place; the document keeps its id and records the new extractor version. Afterwards, what
people decided is applied again: the merges they made by hand, and every judgement
(store/review/replay.py), so re-extraction never undoes curation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from importers import EXTRACTOR_VERSION
from importers.gazetteer import Reference
from importers.pipeline import Problem, base_reference, gazetteer
from store.db import Database, lock_for_writing
from store.models import Document


@dataclass
class ReextractReport:
    documents: int = 0
    merges: int = 0  # manual merges made again
    replayed: int = 0  # judgements that changed something when applied again
    problems: list[Problem] = field(default_factory=list)


def documents_to_read(
    db: Database, paths: list[str], *, every: bool
) -> tuple[list[int], list[Problem]]:
    """The stored documents to read again: every one with a text (`every`), those at or
    with the content of PATHS, or (neither) those an older extractor read."""
    with db.session() as s:
        docs = list(
            s.exec(
                select(Document)
                .where(col(Document.text) != "", col(Document.format) != "exchange")
                .order_by(col(Document.id))
            )
        )
    if every:
        return [d.id for d in docs if d.id is not None], []
    if not paths:
        return [
            d.id
            for d in docs
            if d.id is not None and (d.extractor_version or 0) < EXTRACTOR_VERSION
        ], []
    chosen: list[int] = []
    problems: list[Problem] = []
    for raw in paths:
        found = [d.id for d in docs if d.id is not None and _same_file(raw, d)]
        if not found:
            problems.append(Problem(raw, "not a stored document (import it first)"))
        chosen += [i for i in found if i not in chosen]
    return chosen, problems


def _same_file(raw: str, doc: Document) -> bool:
    if raw == doc.path or Path(raw).resolve() == Path(doc.path).resolve():
        return True
    try:
        return hashlib.sha256(Path(raw).read_bytes()).hexdigest() == doc.sha256
    except OSError:
        return False


def reextract(
    db: Database, document_ids: list[int], *, on_file: Callable[[str], None] | None = None
) -> ReextractReport:
    """Read these stored documents again with today's extractors, keeping what people
    decided; problems are collected, never raised."""
    from store.review.replay import manual_merges

    report = ReextractReport()
    with db.session() as s:
        merges = manual_merges(s)
    reference = gazetteer(db)
    for doc_id in document_ids:
        path = str(doc_id)
        try:
            path = _read_again(db, doc_id, reference)
            report.documents += 1
        except Exception as exc:  # a bug of ours must not cost the user the other documents
            from importers.extract import failure

            report.problems.append(Problem(path, failure(exc)))
        if on_file:
            on_file(path)
    _keep_decisions(db, merges, report)
    return report


def _read_again(db: Database, doc_id: int, reference: Reference) -> str:
    with db.session() as s:
        lock_for_writing(s)
        path = _read_in(s, doc_id, reference)
        s.commit()
        return path


def _read_in(s: Session, doc_id: int, reference: Reference) -> str:
    """One document read again in S's transaction: what its old reading contributed goes,
    today's extractors' facts are resolved in its place; it keeps its id."""
    from importers.extract import extract
    from importers.resolve import resolve
    from store.writer import remove_document

    doc = s.get(Document, doc_id)
    assert doc is not None
    facts = extract(doc.text, doc.lang or "en", date=doc.date, reference=reference, repaired=True)
    kept = doc.model_dump()
    remove_document(s, doc_id)
    s.flush()
    kept["extractor_version"] = EXTRACTOR_VERSION
    s.add(Document(**kept))
    s.flush()
    resolve(s, doc_id, facts, base_reference())
    return str(kept["path"])


def read_in_session(s: Session, document_ids: list[int]) -> int:
    """Read these documents again and keep what people decided, all in S's transaction
    (the caller holds the write lock and commits): an undo that cannot put its rows back
    literally (store/review/undo.py) reads its documents without it, and replay of the
    judgements left decides. Returns the judgements that changed something."""
    from importers.resolve.judged import with_confirmed
    from store.review.extraction import replay_all
    from store.review.replay import manual_merges, merge_again
    from store.writer import forget_cached

    merges = manual_merges(s)
    forget_cached(s)
    reference = with_confirmed(s, base_reference())
    for doc_id in document_ids:
        doc = s.get(Document, doc_id)
        if doc is not None and doc.text:  # an exchange file's entry has none to read
            _read_in(s, doc_id, reference)
    s.flush()
    merge_again(s, merges)
    return replay_all(s)


def _keep_decisions(db: Database, merges: list[dict], report: ReextractReport) -> None:
    from store.review.extraction import replay_all
    from store.review.replay import merge_again

    with db.session() as s:
        lock_for_writing(s)
        report.merges = merge_again(s, merges)
        report.replayed = replay_all(s)
        s.commit()
