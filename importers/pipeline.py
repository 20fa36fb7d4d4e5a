"""`ipx import`: files and folders in, one transaction per document, a summary out.

Each document is resolved and written inside one transaction, so a failure or a kill midway
loses only that document, and nothing half-written is ever visible. The same bytes imported
again are recognised by their hash and skipped; a changed file (same path, new content)
replaces exactly what its old version contributed.

Reading and extraction need no database, so a larger import hands them to worker processes
(`_Pool`, one per CPU core by default) while this process resolves and writes what they send
back, one document at a time in the files' order: the knowledge base is the same as when one
process does everything (`jobs=1`, and every import of fewer than `POOL_THRESHOLD` documents).
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlmodel import col, select

from importers import EXTRACTOR_VERSION
from store.db import Database, lock_for_writing
from store.models import Document, ImportedFile

if TYPE_CHECKING:  # the stages load on the first document, so that `ipx search` starts fast
    from concurrent.futures import Future, ProcessPoolExecutor

    from importers.extract import Extraction
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
    workers: int = 0  # worker processes that read the documents (0: this process did)
    older: int = 0  # stored documents an older extractor read (`ipx reextract` reads them)
    replayed: int = 0  # judgements applied again (store/review/replay.py)

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
        with db.bulk_session() as s:
            lock_for_writing(s)
            if s.exec(select(ImportedFile.id).where(ImportedFile.sha256 == sha)).first():
                report.unchanged += 1
                return
            counts = import_data(s, data, consume=True)
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


def _import_document(
    db: Database, index: int, path: Path, source: _Source, report: ImportReport
) -> None:
    """One document: its bytes, skipped if already stored, read and extracted by `source`
    (here or in a worker), then resolved and written here in one transaction."""
    display_path = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.problems.append(Problem(display_path, exc.strerror or "cannot be read"))
        return
    sha = hashlib.sha256(data).hexdigest()
    if _stored(db, sha):
        report.unchanged += 1
        return
    got = source.extraction(index, display_path, data, sha)
    if got.problem is not None or got.doc is None or got.facts is None:
        report.problems.append(Problem(display_path, got.problem or "could not be read"))
        return
    _store(db, _Extracted(display_path, sha, got.doc, got.facts, source.reference), report)


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
            extractor_version=EXTRACTOR_VERSION,
        )
        s.add(row)
        s.flush()
        assert row.id is not None
        # the reference data alone: the gazetteer's confirmed names are stored entities
        res = resolve(s, row.id, found.facts, base_reference())
        s.commit()
    report.documents += 1
    report.new_entities += res.new_entities
    report.merges += res.merges
    report.facts += res.facts


def import_paths(
    db: Database,
    paths: Iterable[str | Path],
    *,
    jobs: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> ImportReport:
    """Import files and folders; problems are collected, never raised, so good files land.

    `jobs`: processes that read and extract documents (None: `default_jobs()`; 1: all in this
    process). Whatever it is, documents are resolved and written here, one transaction each,
    in the order of `expand`, so the knowledge base is the same as with one process. (Workers
    are fresh interpreters: a script that calls this needs the `if __name__ == "__main__":`
    guard, as any script starting processes does.)
    """
    report = ImportReport()
    files, problems = expand(paths)
    report.problems += problems
    if on_start:
        on_start(len(files))
    with _source(db, files, default_jobs() if jobs is None else jobs) as source:
        report.workers = source.workers
        for index, f in enumerate(files):
            try:
                if f.suffix.lower() in EXCHANGE_SUFFIXES:
                    import_exchange(db, f, report)
                else:
                    _import_document(db, index, f, source, report)
            except Exception as exc:  # a bug of ours must not cost the user the other files
                report.problems.append(Problem(str(f), _failure(exc)))
            if on_file:
                on_file(f)
    _after_import(db, report)
    return report


def _after_import(db: Database, report: ImportReport) -> None:
    """Judgements applied again (documents replaced or new may have brought back what a
    person judged), and how many stored documents an older extractor read."""
    from store.review.extraction import older_documents, replay_all

    with db.session() as s:
        if report.documents or report.replaced or report.exchange_files:
            try:
                lock_for_writing(s)
                report.replayed = replay_all(s)
                s.commit()
            except Exception as exc:  # the documents are in; say what failed, in one line
                s.rollback()
                report.problems.append(Problem("judgements", _failure(exc)))
        report.older = older_documents(s, EXTRACTOR_VERSION)


def base_reference() -> Reference:
    from importers.resolve.reference import load_reference

    return load_reference()


def gazetteer(db: Database) -> Reference:
    """What the extractors may know: the reference data and the names the knowledge base
    confirmed (importers/resolve/judged.py)."""
    from importers.resolve.judged import with_confirmed

    with db.session() as s:
        return with_confirmed(s, base_reference())


#: Fewer new documents than this and an import stays in one process. Starting workers costs
#: about as much as reading a few documents (fresh interpreters, jieba loaded in each): timed
#: on the seeds on 2 cores, one process vs two workers took 2.25 s vs 2.07 s for 3 documents,
#: 2.33 vs 2.20 for 5, 2.86 vs 2.41 for 8 and 3.33 vs 2.62 for 12. Below eight the gain is
#: within noise and not worth ~160 MiB per worker, nor more processes in a busy test run.
POOL_THRESHOLD = 8

#: Documents sent ahead per worker: enough that no worker idles while the writer stores one,
#: few enough that a large folder is not held in memory at once.
AHEAD_PER_WORKER = 4


def default_jobs() -> int:
    """IPX_JOBS when it is a positive number, else one process per CPU core this one may use."""
    raw = os.environ.get("IPX_JOBS", "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Source(Protocol):
    """Where a document's reading and extraction happen."""

    workers: int

    @property
    def reference(self) -> Reference: ...

    def extraction(self, index: int, path: str, data: bytes, sha: str) -> Extraction: ...


class _InProcess:
    """Reads and extracts in this process, when asked: small imports and `--jobs 1`."""

    workers = 0

    def __init__(self, db: Database) -> None:
        self._db = db
        self._reference: Reference | None = None

    @property
    def reference(self) -> Reference:
        if self._reference is None:  # read once, on the first document that needs it
            self._reference = gazetteer(self._db)
        return self._reference

    def extraction(self, index: int, path: str, data: bytes, sha: str) -> Extraction:
        from importers.extract import read_and_extract

        return read_and_extract(path, data, self.reference)


@contextmanager
def _source(db: Database, files: list[Path], jobs: int) -> Iterator[_Source]:
    """A pool of workers when there are enough new documents to repay it, else this process.
    The pool is always shut down, at once (its workers killed) if the import is interrupted."""
    docs = [(i, f) for i, f in enumerate(files) if f.suffix.lower() not in EXCHANGE_SUFFIXES]
    pending = _pending(db, docs) if jobs > 1 and len(docs) >= POOL_THRESHOLD else []
    if len(pending) < POOL_THRESHOLD:
        yield _InProcess(db)
        return
    pool = _Pool(gazetteer(db), pending, min(jobs, len(pending)))
    try:
        pool.start()
        import importers.resolve  # noqa: F401  (loaded while the workers read the first documents)

        yield pool
    except BaseException:
        pool.close(now=True)
        raise
    pool.close(now=False)


def _pending(db: Database, docs: list[tuple[int, Path]]) -> list[tuple[int, Path]]:
    """The documents whose bytes are not stored yet, so that unchanged files are never sent
    to a worker. (Unreadable files are left out here and reported on their turn.)"""
    shas: dict[int, str] = {}
    for i, f in docs:
        try:
            shas[i] = hashlib.sha256(f.read_bytes()).hexdigest()
        except OSError:
            continue
    known: set[str] = set()
    distinct = sorted(set(shas.values()))
    with db.session() as s:
        for at in range(0, len(distinct), 500):
            chunk = distinct[at : at + 500]
            known.update(s.exec(select(Document.sha256).where(col(Document.sha256).in_(chunk))))
    return [(i, f) for i, f in docs if i in shas and shas[i] not in known]


#: What the workers run on each document; None is `importers.extract.extract_in_worker`
#: (a test puts a task here that crashes on a chosen document).
_worker_task: Callable[[str, bytes], Extraction] | None = None


class _Pool:
    """Reads and extracts documents in worker processes, ahead of the writer, which takes
    the results in the files' order.

    A worker that dies (a crash in a C library, the OOM killer) breaks the whole pool, and
    every document in flight with it; those are then sent again one at a time in a new
    pool, so that only the document that kills a worker again gets a problem line.
    """

    def __init__(self, reference: Reference, pending: list[tuple[int, Path]], workers: int):
        self.reference = reference
        self.workers = workers
        self._ahead = deque(pending)
        self._sent: dict[int, tuple[str, Future[Extraction]]] = {}
        self._suspects: set[int] = set()
        self._executor: ProcessPoolExecutor | None = None

    def extraction(self, index: int, path: str, data: bytes, sha: str) -> Extraction:
        from concurrent.futures.process import BrokenProcessPool

        from importers.extract import Extraction

        while True:
            sent = self._sent.pop(index, None)
            try:
                if sent is not None and sent[0] == sha:
                    future = sent[1]
                else:  # not sent ahead, or the file changed since
                    future = self._submit(path, data)
                self._send_ahead(index)
                got = future.result()
            except BrokenProcessPool:
                alone = index in self._suspects
                self._restart(index)
                if alone:
                    crash = BrokenProcessPool("the worker process reading it stopped abruptly")
                    return self._done(index, Extraction(problem=_failure(crash)))
                continue
            return self._done(index, got)

    def start(self) -> None:
        """Start the workers on the first documents."""
        self._send_ahead(-1)

    def close(self, *, now: bool) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if now:  # interrupted: don't wait for the documents in the workers' hands
            terminate = getattr(executor, "terminate_workers", None)  # Python 3.14
            if terminate is not None:
                terminate()
            else:
                for process in list(getattr(executor, "_processes", {}).values()):
                    process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)

    def _done(self, index: int, got: Extraction) -> Extraction:
        self._suspects.discard(index)
        return got

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from importers.extract import start_worker

            self._executor = ProcessPoolExecutor(
                self.workers,
                # a fresh interpreter: nothing of this process (threads, open databases) is
                # inherited, the same on every platform
                mp_context=multiprocessing.get_context("spawn"),
                initializer=start_worker,
                initargs=(self.reference, os.getpid()),
            )
        return self._executor

    def _submit(self, path: str, data: bytes) -> Future[Extraction]:
        from importers.extract import extract_in_worker

        return self._pool().submit(_worker_task or extract_in_worker, path, data)

    def _send_ahead(self, index: int) -> None:
        """Keep the workers busy with the documents after `index`, unless a suspect of a
        crash is still to come: until then each document runs alone."""
        for stale in [i for i in self._sent if i < index]:  # stored or unreadable by then
            self._sent.pop(stale)[1].cancel()
        if any(i >= index for i in self._suspects):
            return
        while self._ahead and len(self._sent) < AHEAD_PER_WORKER * self.workers:
            i, f = self._ahead.popleft()
            if i <= index:
                continue
            try:
                data = f.read_bytes()
            except OSError:
                continue  # reported on its turn
            self._sent[i] = (hashlib.sha256(data).hexdigest(), self._submit(str(f), data))

    def _restart(self, index: int) -> None:
        """The pool broke: every document it had not finished becomes a suspect, run alone."""
        self._suspects.add(index)
        for i, (_sha, future) in list(self._sent.items()):
            if not (future.done() and not future.cancelled() and future.exception() is None):
                self._suspects.add(i)
                del self._sent[i]
        self.close(now=False)


def _failure(exc: BaseException) -> str:
    from importers.extract import failure

    return failure(exc)
