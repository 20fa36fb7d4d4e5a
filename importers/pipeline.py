"""`ipx import`: files and folders in, one transaction per document, a summary out.

Each document is read, extracted and resolved inside one transaction, so a failure or a
kill midway loses only that document, and nothing half-written is ever visible. The same
bytes imported again are recognised by their hash and skipped; a changed file (same path,
new content) replaces exactly what its old version contributed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select

from store.db import Database, lock_for_writing
from store.models import Document, ImportedFile

if TYPE_CHECKING:  # the stages load on the first document, so that `ipx search` starts fast
    from importers.facts import DocumentFacts
    from importers.gazetteer import Reference
    from importers.read import ReadResult

DOCUMENT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf"}
EXCHANGE_SUFFIXES = {".json"}


@dataclass
class Problem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class ImportReport:
    documents: int = 0  # new or changed documents imported
    unchanged: int = 0
    replaced: int = 0
    exchange_files: int = 0
    new_entities: int = 0
    merges: int = 0
    facts: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Files to import, folders walked recursively (hidden files skipped), in a stable order."""
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                hidden = any(part.startswith(".") for part in rel.parts)
                known = f.suffix.lower() in DOCUMENT_SUFFIXES | EXCHANGE_SUFFIXES
                if f.is_file() and known and not hidden:
                    files.append(f)
        elif p.is_file():
            files.append(p)
        elif p.exists():
            problems.append(Problem(str(raw), "not a file or folder"))
        else:
            problems.append(Problem(str(raw), "no such file or folder"))
    return files, problems


def import_exchange(db: Database, path: Path, report: ImportReport) -> None:
    from store.exchange import ExchangeError, import_data, load_json

    try:
        raw = path.read_bytes()
    except OSError as exc:
        report.problems.append(Problem(str(path), exc.strerror or "cannot be read"))
        return
    sha = hashlib.sha256(raw).hexdigest()
    try:
        data = load_json(path)
        with db.session() as s:
            lock_for_writing(s)
            if s.exec(select(ImportedFile.id).where(ImportedFile.sha256 == sha)).first():
                report.unchanged += 1
                return
            counts = import_data(s, data)
            s.add(ImportedFile(sha256=sha, path=str(path)))
            s.commit()
    except ExchangeError as exc:
        report.problems.append(Problem(str(path), str(exc)))
        return
    report.exchange_files += 1
    report.new_entities += counts["organisations"] + counts["people"]
    report.facts += counts["agreements"] + counts["roles"]
    report.documents += counts["documents"]


def _stored(db: Database, sha: str) -> bool:
    with db.session() as s:
        return s.exec(select(Document.id).where(Document.sha256 == sha)).first() is not None


def import_document(db: Database, path: Path, report: ImportReport, display_path: str) -> None:
    """Read, extract and resolve one document: the three stages, in one transaction."""
    from importers.extract import extract
    from importers.read import ReadError, read_bytes
    from importers.resolve.reference import load_reference

    try:
        data = path.read_bytes()
    except OSError as exc:
        report.problems.append(Problem(display_path, exc.strerror or "cannot be read"))
        return
    sha = hashlib.sha256(data).hexdigest()
    if _stored(db, sha):
        report.unchanged += 1
        return
    try:
        doc = read_bytes(data, display_path)
    except ReadError as exc:
        report.problems.append(Problem(display_path, exc.reason))
        return
    reference = load_reference()  # the gazetteer the extractors look for, and resolve links to
    facts = extract(doc.text, doc.lang, date=doc.date, reference=reference, repaired=True)
    _store(db, _Extracted(display_path, sha, doc, facts, reference), report)


@dataclass
class _Extracted:
    """One document read and extracted, not yet stored."""

    path: str
    sha: str
    doc: ReadResult
    facts: DocumentFacts
    reference: Reference


def _store(db: Database, found: _Extracted, report: ImportReport) -> None:
    """Store the document in place of any older version at the same path, and resolve its
    facts; all or nothing."""
    from importers.resolve import resolve
    from store.writer import remove_document

    doc = found.doc
    with db.session() as s:
        lock_for_writing(s)
        if s.exec(select(Document.id).where(Document.sha256 == found.sha)).first() is not None:
            report.unchanged += 1  # another import stored it while this one was reading
            return
        old = s.exec(select(Document).where(Document.path == found.path)).all()
        for o in old:
            assert o.id is not None
            remove_document(s, o.id)
            report.replaced += 1
        row = Document(
            path=found.path,
            title=doc.title,
            lang=doc.lang,
            date=doc.date,
            format=doc.format,
            sha256=found.sha,
            text=doc.text,
        )
        s.add(row)
        s.flush()
        assert row.id is not None
        res = resolve(s, row.id, found.facts, found.reference)
        s.commit()
    report.documents += 1
    report.new_entities += res.new_entities
    report.merges += res.merges
    report.facts += res.facts


def import_paths(
    db: Database,
    paths: Iterable[str | Path],
    *,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> ImportReport:
    """Import files and folders; problems are collected, never raised, so good files land."""
    report = ImportReport()
    files, problems = expand(paths)
    report.problems += problems
    if on_start:
        on_start(len(files))
    for f in files:
        try:
            if f.suffix.lower() in EXCHANGE_SUFFIXES:
                import_exchange(db, f, report)
            else:
                import_document(db, f, report, str(f))
        except Exception as exc:  # a bug of ours must not cost the user the other files
            first = str(exc).splitlines()[0] if str(exc) else ""
            report.problems.append(
                Problem(str(f), f"could not be imported ({type(exc).__name__}: {first[:200]})")
            )
        if on_file:
            on_file(f)
    return report
