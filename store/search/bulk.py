"""Search keys of many entities at once, for a bulk load (store.exchange's import).

Making keys is most of a bulk load's work (pinyin readings, initials, words, every suffix of
Chinese characters), and it needs nothing from the database: a large load hands it to a
worker process, in chunks of entities, while this process plans and writes the rows; the key
rows that come back are written in batches (KeyWriter). When the worker falls far behind
(PostgreSQL takes the writing off this process), and at the end, this process keys chunks
too, the newest first, rather than wait. A small load, or a machine with one core
(IPX_JOBS=1), makes them all here. Either way each distinct name is keyed once (KeyCache) and
the rows are those `index_entity` would write.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from store.search.connection import DB
from store.search.index import KeyRow, rows_for
from store.search.keys import name_keys
from store.search.rebuild import KeyCache, KeyWriter

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

#: one entity to key: type, id, display name, [(name id, name)], parties' names, documents
Job = tuple[str, int, str | None, Sequence[tuple[int | None, str]], Sequence[tuple[int, str]], int]

CHUNK = 2000  # entities sent to a worker at a time
#: chunks that may wait per worker before this process keys chunks itself: the worker is
#: slower than this process on some parts of a file (organisations, whose Chinese names are
#: the costliest to key) and faster on others, so it may lag well behind and catch up; a
#: chunk waiting is only its names (about 200 KB)
AHEAD = 64
MAX_WORKERS = 2  # past two, writing the rows in this process is what limits the speed
WORKER_CACHE = 24576  # distinct names a worker keeps the keys of (about 40 MiB)

_worker_cache: KeyCache | None = None


def key_rows(jobs: Sequence[Job], cache: KeyCache) -> list[KeyRow]:
    """The key rows of JOBS. An organisation's own names are keyed without the cache: no
    other entity has them, while people share names, agreements titles and parties."""
    out: list[KeyRow] = []
    for etype, eid, display, names, parties, docs in jobs:
        keys_of: Any = name_keys if etype == "organisation" else cache
        out += rows_for(etype, eid, display, names, parties=parties, docs=docs, keys_of=keys_of)
    return out


def _in_worker(jobs: list[Job]) -> list[KeyRow]:
    """A chunk's key rows, in a worker (whose cache lasts for the whole load)."""
    global _worker_cache
    if _worker_cache is None:
        _worker_cache = KeyCache(size=WORKER_CACHE)
    return key_rows(jobs, _worker_cache)


def key_workers(jobs: int | None = None) -> int:
    """Worker processes for keys: one less than the processes an import may use (JOBS, else
    IPX_JOBS, else one per CPU core this process may use), at most MAX_WORKERS."""
    raw = os.environ.get("IPX_JOBS", "").strip()
    if jobs is not None:
        processes = jobs
    elif raw.isdigit() and int(raw) > 0:
        processes = int(raw)
    elif hasattr(os, "sched_getaffinity"):
        processes = len(os.sched_getaffinity(0))
    else:
        processes = os.cpu_count() or 1
    return max(0, min(processes - 1, MAX_WORKERS))


class Indexer:
    """Keys of the entities a bulk load adds: `add` each, then `finish` (or `close` on a
    failure). WORKERS: processes that make the keys (0: this one)."""

    def __init__(self, db: DB, *, rebuild_indexes: bool, workers: int = 0) -> None:
        self.writer = KeyWriter(db, rebuild_indexes=rebuild_indexes)
        self.cache = KeyCache() if workers == 0 else None
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.jobs: list[Job] = []
        self.running: deque[tuple[Future[list[KeyRow]], list[Job]]] = deque()
        self.own: KeyCache | None = None

    def add(
        self,
        etype: str,
        eid: int,
        display: str | None,
        names: Sequence[tuple[int | None, str]],
        *,
        parties: Sequence[tuple[int, str]] = (),
        docs: int = 0,
    ) -> None:
        if self.cache is not None:
            self.writer.add(key_rows([(etype, eid, display, names, parties, docs)], self.cache))
            return
        self.jobs.append((etype, eid, display, list(names), list(parties), docs))
        if len(self.jobs) >= CHUNK:
            self._send()

    def _send(self) -> None:
        """Hand the waiting jobs to a worker, or key them here when the workers are far
        behind (this process would only wait for them); write the key rows that are back."""
        if self.jobs:
            pool = self._pool()
            if pool is None:  # no worker could be started: key them all here
                self.cache = KeyCache()
                self.writer.add(key_rows(self.jobs, self.cache))
            elif len(self.running) >= AHEAD * self.workers:
                self.writer.add(key_rows(self.jobs, self._here()))
            else:
                self.running.append((pool.submit(_in_worker, self.jobs), self.jobs))
            self.jobs = []
        while self.running and self.running[0][0].done():
            self.writer.add(self.running.popleft()[0].result())

    def _here(self) -> KeyCache:
        """The cache of the keys made in this process while workers are busy (small: most
        are made there)."""
        if self.own is None:
            self.own = KeyCache(size=4096)
        return self.own

    def _pool(self) -> ProcessPoolExecutor | None:
        if self.pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            try:
                self.pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("spawn")
                )
            except (OSError, NotImplementedError, ImportError):  # no processes, no semaphores
                return None
        return self.pool

    def finish(self) -> int:
        """The keys still to make, made by the workers from the oldest chunk and here from
        the newest until they meet; written, and the indexes built. Returns the keys."""
        self._send()
        while self.running:
            future, jobs = self.running[-1]
            if future.cancel():  # not started: key it here
                self.running.pop()
                self.writer.add(key_rows(jobs, self._here()))
                self._send()  # and write what the workers made meanwhile
            else:
                self.writer.add(self.running.popleft()[0].result())
        self.close()
        return self.writer.finish()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
