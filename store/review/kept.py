"""The ranked queue kept between processes, so that `ipx review` in a new process does not
rank every name again when nothing changed since the latest ranking.

Ranking a knowledge base of 15,000 entities (every name's signs and blocking keys, tens of
thousands of candidate pairs) takes longer than everything else `ipx review` does; its
result depends only on the rows of the store and on the code and word lists that rank them.
So the first KEEP items of the ranked queue, with the sources of those shown, are written to
a file in the user's cache directory (IPX_CACHE_DIR, else XDG_CACHE_HOME/ipx, else
~/.cache/ipx), with a fingerprint of both:

- the store: for each table the queue is made from but the judgements, its row count and
  largest id, and the marks an update leaves in place (merged rows); every import, merge,
  split, reject, edit and re-extraction changes one of them; and the file's inode, so that a
  store deleted and made again at the same path is not taken for the old one;
- the code and the word lists: each file's size and modification time.

The judgements are read apart (catchup.py): a verdict that changes no row (an accept, a
distinct pair) only closes items, and the kept items less those closed are the queue; any
other verdict, or an undo, and the queue is ranked again.

A fingerprint that differs, a missing or unreadable file: the queue is ranked again. The
fingerprint is read again after ranking, and the queue kept only when no one wrote in
between. The candidate pairs (pairs.py) are kept too, with a digest of the names,
documents and links they were drawn from: a verdict seldom changes those, so the ranking
after one draws no candidates again. Only a SQLite file is kept this way (a server
database is shared, and ranked anew).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from store.search.connection import DB

#: items kept: screenfuls (`ipx review` shows 20 unless told otherwise)
HEAD = 500
#: items ranked and kept beyond HEAD: the verdicts given since close some (catchup.py), and
#: HEAD must still be there after them
KEEP = 2 * HEAD
#: the tables the queue is made from (every one has an integer id)
TABLES = (
    "document",
    "organisation",
    "person",
    "name",
    "mention",
    "role",
    "agreement",
    "agreementparty",
    "merge",
    "rejection",
)
#: marks an update leaves without adding or deleting a row
MARKS = (
    "SELECT COUNT(merged_into), TOTAL(merged_into) FROM organisation",
    "SELECT COUNT(merged_into), TOTAL(merged_into) FROM person",
)
_ROOT = Path(__file__).resolve().parent.parent
#: the code and the data that rank the queue and make its items ("": store's own modules,
#: models.py and roles.py among them; queries: the sources shown; views: the references)
_SOURCES = ("", "review", "search", "text", "text/words", "queries", "views")


def database_file(session: Any) -> Path | None:
    """The SQLite file behind the session, None for any other database."""
    url = session.get_bind().url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).resolve()


def fingerprint(session: Any) -> str:
    """What the ranked queue depends on, in one digest (the module's docstring), but for
    the judgements: catchup.py reads what they changed since."""
    db = DB(session)
    parts: list[Any] = [db.all(f"SELECT COUNT(*), MAX(id) FROM {t}") for t in TABLES]
    parts += [db.all(sql) for sql in MARKS]
    database = database_file(session)
    if database is not None:  # a file deleted and made again at the same path is another store
        with contextlib.suppress(OSError):
            parts.append(database.stat().st_ino)
    return hashlib.sha256(repr(parts).encode() + code_print()).hexdigest()


def code_print() -> bytes:
    """The size and modification time of each file of the code and data that rank."""
    parts = []
    for folder in _SOURCES:
        for f in sorted((_ROOT / folder).iterdir()):
            if f.is_file():
                st = f.stat()
                parts.append((f.name, st.st_size, st.st_mtime_ns))
    return repr(parts).encode()


def load_candidates(database: Path, kind: str, print_: str) -> Any | None:
    """The candidate pairs of KIND drawn, by this code, from the same names, documents and
    links (pairs.py; `print_`: candidates_print of them), or None. A verdict seldom changes
    a name: the next ranking after it draws no candidates again."""
    return load(database, print_, f"pairs-{kind}")


def keep_candidates(database: Path, kind: str, print_: str, best: Any) -> None:
    keep(database, print_, best, f"pairs-{kind}")


def candidates_print(drawn_from: Any) -> str:
    """A digest of what candidate pairs are drawn from, and of the code that draws them."""
    data = pickle.dumps(drawn_from, protocol=pickle.HIGHEST_PROTOCOL)
    return hashlib.sha256(data + code_print()).hexdigest()


def _cache_file(database: Path, what: str) -> Path:
    folder = os.environ.get("IPX_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = str(Path(base) / "ipx")
    digest = hashlib.sha256(str(database).encode()).hexdigest()[:20]
    return Path(folder) / f"{what}-{digest}.pickle"


def load(database: Path, print_: str, what: str = "review") -> Any | None:
    """WHAT (the queue) kept for this database and fingerprint, or None."""
    path = _cache_file(database, what)
    try:
        with path.open("rb") as f:
            kept, queue = pickle.load(f)
    except Exception:  # missing, unreadable, or written by another version
        return None
    return queue if kept == print_ else None


def keep(database: Path, print_: str, queue: Any, what: str = "review") -> None:
    """Write WHAT (the queue) for this database and fingerprint (atomically; a cache
    directory that cannot be written is no error: the queue is ranked again next time)."""
    path = _cache_file(database, what)
    with contextlib.suppress(OSError, pickle.PicklingError):
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(f".{os.getpid()}.part")
        with part.open("wb") as f:
            pickle.dump((print_, queue), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
