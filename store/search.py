"""Search organisations, people and agreements by any of their names, in any script.

Index: `searchkey` rows (key, entity_type, entity_id, name_id, tier, docs), built at import
by `index_entity` from the entity's current names (store/pinyin.py makes the keys; `docs` is
the number of documents that mention the entity, stored for ranking). A query is folded
into a few probe strings and each probe is one B-tree range on a covering index,
`key >= probe AND key < successor(probe)`: the exact key sorts first in its range, every key
that starts with the probe follows. No LIKE, no FTS syntax: any query is text. The same SQL
runs on SQLite and PostgreSQL (there the key is compared with COLLATE "C", bytewise).

How a hit matched follows from the probe (raw, fuzzy, typo) and the key's tier:

    exact      the query is a whole name (folded), or its preferred full pinyin
    prefix     the query starts a name, a part of its characters, or the pinyin of a part
    words      every word of the query starts a word of the entity's names, any order
               (candidates from the rarest word, narrowed word by word in the index)
    initials   initials or a mix of full syllables and initials, computed acronyms
    heteronym  another reading of a heteronym (shen zhang yu for 申长雨)
    fuzzy      zh/z ch/c sh/s ang/an eng/en ing/in v/u, or a homophone in characters
    typo       one or two edits on a word or a name, nearest first; only when nothing else
               matched, and only among keys that share the first half of the word

Within a class, entities that more documents mention rank first. Broad prefixes read a
bounded number of index rows (`ROWS`, `WORD_ROWS`), so for one- or two-letter queries the
result is a good sample rather than the complete ranking.

This module imports neither SQLAlchemy nor SQLModel nor pypinyin at load time: the CLI's
`ipx search` runs it on a plain sqlite3 (or psycopg) connection, and a Latin-letter query
never needs pypinyin (a query in characters needs it only when nothing matched as typed).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from store.pinyin import (
    MAX_KEY,
    STOPWORDS,
    T_FUZZY,
    T_HETERONYM,
    T_INITIALS,
    T_NAME,
    T_PART,
    T_PARTY,
    T_WORD,
    WORD_MARK,
    fuzzy,
    is_han,
    name_keys,
    words_of,
)
from store.text import fold

KINDS = ("organisation", "person", "agreement")
ROWS = 400  # index rows read per probe
WORD_ROWS = 500  # candidate rows for the rarest word of a multi-word query
TYPO_KEYS = 3000  # distinct keys read to find close ones
TYPO_ROWS = 3000  # candidate rows of the close words
RANKED = 150  # candidates ranked by documents at most (or 3 x limit)
MAX_QUERY = 300  # characters of a query that are looked at
MAX_WORDS = 8

# match classes, best first
EXACT, PREFIX, WORDS, INITIALS, HETERONYM, FUZZY, TYPO = range(7)
_BASE = {
    EXACT: 100.0,
    PREFIX: 80.0,
    WORDS: 70.0,
    INITIALS: 60.0,
    HETERONYM: 40.0,
    FUZZY: 40.0,
    TYPO: 20.0,
}
_HOW = {
    EXACT: "exact",
    PREFIX: "prefix",
    WORDS: "words",
    INITIALS: "initials",
    HETERONYM: "heteronym",
    FUZZY: "fuzzy",
    TYPO: "typo",
}
_TIER_CLASS = {
    T_NAME: PREFIX,
    T_PART: PREFIX,
    T_INITIALS: INITIALS,
    T_HETERONYM: HETERONYM,
    T_FUZZY: FUZZY,
    T_WORD: WORDS,
    T_PARTY: WORDS,
}


@dataclass
class Hit:
    kind: str  # "organisation" | "person" | "agreement"
    id: int
    name: str  # display name
    aliases: list[str]  # every other name (all scripts)
    score: float  # higher is better
    matched: str  # the name or title that matched
    how: str  # exact | prefix | initials | heteronym | fuzzy | typo | words


class _Cand:
    """A candidate entity: its best match so far (a plain class: cheaper to import)."""

    __slots__ = ("cls", "cover", "name_id", "key", "docs", "dist")

    def __init__(
        self,
        cls: int,
        cover: float,  # how much of the matched key the query covers (tie-break)
        name_id: int | None,
        key: str,
        docs: int = 0,  # documents that mention the entity
        dist: int = 0,  # edits (typo)
    ) -> None:
        self.cls, self.cover, self.name_id, self.key = cls, cover, name_id, key
        self.docs, self.dist = docs, dist


# ---------------------------------------------------------------- database access


class _DB:
    """A DB-API connection (sqlite3 or psycopg) behind a session, connection or itself."""

    def __init__(self, conn: Any) -> None:
        if hasattr(conn, "get_bind") and hasattr(conn, "flush"):  # SQLAlchemy Session
            conn.flush()
            conn = conn.connection()
        if hasattr(conn, "exec_driver_sql"):  # SQLAlchemy Connection
            conn = conn.connection.dbapi_connection
        self.raw = conn
        module = type(conn).__module__
        self.pg = module.startswith("psycopg")
        self.key_col = 'key COLLATE "C"' if self.pg else "key"

    def sql(self, q: str) -> str:
        q = q.replace("KEY", self.key_col)
        return q.replace("?", "%s") if self.pg else q

    def all(self, q: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self.raw.cursor()
        try:
            cur.execute(self.sql(q), tuple(params))
            return list(cur.fetchall())
        finally:
            cur.close()

    def run(self, q: str, params: Sequence[Any] = ()) -> None:
        cur = self.raw.cursor()
        try:
            cur.execute(self.sql(q), tuple(params))
        finally:
            cur.close()

    def many(self, q: str, rows: Iterable[Sequence[Any]]) -> None:
        cur = self.raw.cursor()
        try:
            cur.executemany(self.sql(q), rows)
        finally:
            cur.close()


def successor(prefix: str) -> str:
    """The least string greater than every string that starts with `prefix` (code points)."""
    while prefix:
        last = ord(prefix[-1])
        if last < 0x10FFFF:
            nxt = last + 1
            if 0xD800 <= nxt <= 0xDFFF:
                nxt = 0xE000
            return prefix[:-1] + chr(nxt)
        prefix = prefix[:-1]
    return "\U0010ffff"


def _in(n: int) -> str:
    return ",".join("?" * n)


# ---------------------------------------------------------------- query preparation


_TONE_V = str.maketrans({c: "v" for c in "üǖǘǚǜÜǕǗǙǛ"})
_TONE_DIGIT = re.compile(r"(?<=[a-z])[1-5]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _probes(query: str) -> list[str]:
    """The folded forms of a query to look up: as typed, ü as v, tone numbers removed."""
    q = _CONTROL.sub(" ", unicodedata.normalize("NFKC", query[:MAX_QUERY]))
    forms = [q]
    lower = q.lower()
    if "ü" in lower or "u:" in lower or any(c in lower for c in "ǖǘǚǜ"):
        forms.append(lower.replace("u:", "v").translate(_TONE_V))
    out: list[str] = []
    for f in forms:
        k = fold(f)[:MAX_KEY]
        if k and k not in out:
            out.append(k)
        stripped = _TONE_DIGIT.sub("", k)
        if stripped and stripped != k and stripped not in out:
            out.append(stripped)
    return out


def _query_words(query: str) -> list[str]:
    q = _CONTROL.sub(" ", query[:MAX_QUERY])
    ws: list[str] = []
    for w in words_of(q):
        w = _TONE_DIGIT.sub("", w) or w
        if w not in ws:
            ws.append(w)
    content = [w for w in ws if w not in STOPWORDS]
    return (content or ws)[:MAX_WORDS]


# ---------------------------------------------------------------- lookups


class _Searcher:
    def __init__(self, db: _DB, kind: str | None, limit: int) -> None:
        self.db = db
        self.kind = kind
        self.limit = limit
        self.cands: dict[tuple[str, int], _Cand] = {}

    def _kind_sql(self) -> tuple[str, list[Any]]:
        return (" AND entity_type = ?", [self.kind]) if self.kind else ("", [])

    def add(self, etype: str, eid: int, cand: _Cand) -> None:
        ref = (etype, eid)
        old = self.cands.get(ref)
        if old is None or (cand.cls, cand.dist, -cand.cover) < (old.cls, old.dist, -old.cover):
            self.cands[ref] = cand

    def count_better(self, cls: int) -> int:
        return sum(1 for c in self.cands.values() if c.cls <= cls)

    def rows(
        self, probe: str, rows: int = ROWS, extra: str = "", params: Sequence[Any] = ()
    ) -> list[tuple[Any, ...]]:
        ksql, kparams = self._kind_sql()
        return self.db.all(
            "SELECT key, entity_type, entity_id, name_id, tier, docs FROM searchkey"
            f" WHERE KEY >= ? AND KEY < ?{ksql}{extra} LIMIT {int(rows)}",
            [probe, successor(probe), *kparams, *params],
        )

    def lookup(self, probe: str, *, worst: int = EXACT) -> None:
        """Name keys starting with `probe`; a hit is at best class `worst`."""
        for key, etype, eid, name_id, tier, docs in self.rows(probe):
            cls = EXACT if tier == T_NAME and key == probe else _TIER_CLASS.get(tier, PREFIX)
            self.add(
                etype,
                eid,
                _Cand(max(cls, worst), len(probe) / max(len(key), 1), name_id, key, docs),
            )

    def bounded_count(self, probe: str, cap: int) -> int:
        ksql, kparams = self._kind_sql()
        got = self.db.all(
            "SELECT COUNT(*) FROM (SELECT 1 FROM searchkey WHERE KEY >= ? AND KEY < ?"
            f"{ksql} LIMIT {int(cap)}) t",
            [probe, successor(probe), *kparams],
        )
        return int(got[0][0]) if got else 0

    def entity_words(self, refs: Sequence[tuple[str, int]]) -> dict[tuple[str, int], set[str]]:
        out: dict[tuple[str, int], set[str]] = {r: set() for r in refs}
        by_type: dict[str, list[int]] = {}
        for etype, eid in refs:
            by_type.setdefault(etype, []).append(eid)
        for etype, ids in by_type.items():
            for chunk in _chunks(sorted(ids), 500):
                for key, eid in self.db.all(
                    "SELECT key, entity_id FROM searchkey WHERE entity_type = ? AND entity_id"
                    f" IN ({_in(len(chunk))}) AND KEY >= ? AND KEY < ?",
                    [etype, *chunk, WORD_MARK, successor(WORD_MARK)],
                ):
                    out[(etype, eid)].add(key[len(WORD_MARK) :])
        return out

    def words(self, qwords: list[str]) -> None:
        """Every query word starts a word of the entity's names, in any order."""
        if not qwords:
            return
        counts = [(self.bounded_count(WORD_MARK + w, WORD_ROWS + 1), w) for w in qwords]
        if any(n == 0 for n, _ in counts):
            return
        n_anchor, anchor = min(counts)
        if n_anchor > WORD_ROWS and not self.kind:
            # a common word: some candidates of each kind (an index seek on key and kind),
            # then longer words that start with it
            rows = []
            for etype in KINDS:
                rows += self.db.all(
                    "SELECT key, entity_type, entity_id, name_id, tier, docs FROM searchkey"
                    f" WHERE KEY = ? AND entity_type = ? LIMIT {WORD_ROWS // 3}",
                    [WORD_MARK + anchor, etype],
                )
            rows += self.rows(WORD_MARK + anchor, WORD_ROWS // 3)
        else:
            rows = self.rows(WORD_MARK + anchor, WORD_ROWS)
        self._narrow(rows, [w for w in qwords if w != anchor], [], WORDS, len(anchor))

    def _narrow(
        self,
        rows: list[tuple[Any, ...]],
        prefixes: list[str],
        typos: list[str],
        cls: int,
        anchor_len: int,
        dist: int = 0,
    ) -> None:
        """Candidates from `rows` that also have words starting with each of `prefixes` and
        words 1-2 edits from each of `typos`."""
        by_ref: dict[tuple[str, int], tuple[str, int | None, int]] = {}
        for key, etype, eid, name_id, _tier, docs in rows:
            by_ref.setdefault((etype, eid), (key, name_id, docs))
        refs = list(by_ref)
        for w in prefixes:  # narrow the candidates word by word, in the index
            refs = self.having_word(refs, w)
        if typos and refs:
            bag = self.entity_words(refs)
            refs = [r for r in refs if all(_near(w, bag[r]) for w in typos)]
        for ref in refs:
            key, name_id, docs = by_ref[ref]
            cover = anchor_len / max(len(key) - 1, 1)
            self.add(ref[0], ref[1], _Cand(cls, cover, name_id, key, docs, dist))

    def having_word(self, refs: list[tuple[str, int]], w: str) -> list[tuple[str, int]]:
        """Those of `refs` that have a word starting with `w`."""
        by_type: dict[str, list[int]] = {}
        for etype, eid in refs:
            by_type.setdefault(etype, []).append(eid)
        probe = WORD_MARK + w
        keep: set[tuple[str, int]] = set()
        for etype, ids in by_type.items():
            for chunk in _chunks(sorted(ids), 500):
                for (eid,) in self.db.all(
                    "SELECT DISTINCT entity_id FROM searchkey WHERE entity_type = ? AND entity_id"
                    f" IN ({_in(len(chunk))}) AND KEY >= ? AND KEY < ?",
                    [etype, *chunk, probe, successor(probe)],
                ):
                    keep.add((etype, eid))
        return [r for r in refs if r in keep]

    def close_keys(self, mark: str, w: str, d: int) -> list[tuple[int, str]]:
        """(distance, key) of keys in the namespace `mark` at most `d` edits from `w`, nearest
        first, among those that share its first half (an edit in the first half is found
        only through another word)."""
        if len(w) < 4:
            return []
        head = mark + w[: max(2, len(w) // 2)]
        keys = self.db.all(
            "SELECT DISTINCT key FROM searchkey WHERE KEY >= ? AND KEY < ?"
            f" AND length(key) BETWEEN ? AND ? LIMIT {TYPO_KEYS}",
            [head, successor(head), len(mark) + len(w) - d, len(mark) + len(w) + d],
        )
        out = [(_lev(w, k[len(mark) :], d), k) for (k,) in keys]
        return sorted((n, k) for n, k in out if n <= d)

    def with_keys(self, keys: list[str], rows: int) -> list[tuple[Any, ...]]:
        ksql, kparams = self._kind_sql()
        return self.db.all(
            "SELECT key, entity_type, entity_id, name_id, tier, docs FROM searchkey"
            f" WHERE KEY IN ({_in(len(keys))}){ksql} LIMIT {int(rows)}",
            [*keys, *kparams],
        )

    def typo(self, qwords: list[str], probes: list[str]) -> None:
        """Words and names 1-2 edits off (only when nothing else matched), nearest first."""
        missing = [w for w in qwords if self.bounded_count(WORD_MARK + w, 1) == 0]
        present = [w for w in qwords if w not in missing]
        if missing:
            close = {w: self.close_keys(WORD_MARK, w, _max_edits(w)) for w in missing}
            if all(close.values()):
                first = min(missing, key=lambda w: len(close[w]))
                rest = [w for w in missing if w != first]
                for dist in (1, 2):
                    keys = [k for n, k in close[first] if n == dist][:100]
                    if keys:
                        rows = self.with_keys(keys, TYPO_ROWS)
                        self._narrow(rows, present, rest, TYPO, 0, dist)
                    if self.cands:
                        break
        if not self.cands:
            for p in probes:
                if not p.isascii() or len(p) < 5:
                    continue
                for dist, key in self.close_keys("", p, 1 if len(p) < 10 else 2)[:100]:
                    for k, etype, eid, name_id, tier, docs in self.with_keys([key], 50):
                        if tier in (T_NAME, T_PART, T_INITIALS):
                            self.add(etype, eid, _Cand(TYPO, 0.0, name_id, k, docs, dist))


def _chunks(seq: Sequence[Any], n: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _max_edits(w: str) -> int:
    return 1 if len(w) < 8 else 2


def _near(w: str, words: Iterable[str]) -> bool:
    if len(w) < 4:
        return False
    d = _max_edits(w)
    return any(abs(len(x) - len(w)) <= d and _lev(w, x, d) <= d for x in words)


def _lev(a: str, b: str, cap: int) -> int:
    """Levenshtein distance, stopping early once it exceeds `cap` (returns cap + 1)."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > cap:
            return cap + 1
        prev = cur
    return prev[-1]


# ---------------------------------------------------------------- search


def search(
    conn_or_session: Any, query: str, *, kind: str | None = None, limit: int = 20
) -> list[Hit]:
    """Find entities by any name: characters, pinyin in any form, English words, acronyms.

    `conn_or_session`: a SQLModel/SQLAlchemy Session or Connection, a sqlite3 connection or a
    psycopg connection. Any query is text; an empty or unusable one finds nothing.
    """
    if not isinstance(query, str) or limit <= 0:
        return []
    if kind is not None and kind not in KINDS:
        return []
    probes = _probes(query)
    if not probes:
        return []
    if any(is_han(c) for c in probes[0]):
        from store.text import to_simplified

        probes += [p for p in (to_simplified(q) for q in probes) if p not in probes]
    s = _Searcher(_DB(conn_or_session), kind, limit)
    han = any(is_han(c) for c in probes[0])
    for p in probes:
        s.lookup(p)
    qwords = _query_words(query)
    latin = not han and any(c.isascii() and c.isalpha() for c in probes[0])
    if s.count_better(PREFIX) < limit and qwords and not han:
        s.words(qwords)
    if latin and s.count_better(INITIALS) < limit:
        for p in probes:
            fz = fuzzy(p)
            if fz != p:
                s.lookup(fz, worst=FUZZY)
    if han and not s.cands:
        from store.pinyin import pinyin_of  # imports pypinyin: only for characters

        sound = pinyin_of(probes[0])[:MAX_KEY]
        if sound:
            s.lookup(sound, worst=FUZZY)
    if not s.cands and latin:
        s.typo(qwords, probes)
    return _finish(s)


def _finish(s: _Searcher) -> list[Hit]:
    if not s.cands:
        return []
    db = s.db
    # rank only the classes that can reach the first `limit` places, and at most RANKED
    # candidates (broad prefixes: the closest keys)
    by_cls = sorted(
        s.cands.items(), key=lambda kv: (kv[1].cls, kv[1].dist, -kv[1].docs, -kv[1].cover)
    )
    keep: list[tuple[tuple[str, int], _Cand]] = []
    boundary = None
    cap = max(RANKED, 3 * s.limit)
    for ref, c in by_cls:
        if (boundary is not None and c.cls > boundary) or len(keep) >= cap:
            break
        keep.append((ref, c))
        if len(keep) >= s.limit and boundary is None:
            boundary = c.cls
    by_type: dict[str, list[int]] = {}
    for (etype, eid), _ in keep:
        by_type.setdefault(etype, []).append(eid)
    display: dict[tuple[str, int], str] = {}
    for etype, ids in by_type.items():
        for chunk in _chunks(ids, 500):
            marks = _in(len(chunk))
            if etype == "agreement":
                q = f"SELECT id, title FROM agreement WHERE id IN ({marks})"
            elif etype in ("person", "organisation"):
                q = f"SELECT id, name FROM {etype} WHERE id IN ({marks}) AND merged_into IS NULL"
            else:
                continue
            for eid, name in db.all(q, chunk):
                display[(etype, eid)] = name
    ranked = []
    for ref, c in keep:
        if ref not in display:
            continue  # merged away or deleted since indexing
        n = c.docs  # documents that mention it, stored with its keys at indexing
        # the cover term never outweighs one more document: documents rank first in a class
        score = (
            _BASE[c.cls]
            - 10.0 * c.dist  # a nearer typo first
            + 9.0 * (1.0 - 1.0 / (1.0 + math.log1p(n)))
            + 0.0001 * min(c.cover, 1.0)
        )
        ranked.append((score, ref, c))
    ranked.sort(key=lambda t: (-t[0], t[1][0], t[1][1]))
    ranked = ranked[: s.limit]
    names = _names(db, [ref for _, ref, _ in ranked], [c.name_id for _, _, c in ranked])
    hits = []
    for score, ref, c in ranked:
        shown = display[ref]
        texts = names.get(ref, [])
        aliases = []
        for t in texts:
            if t != shown and t not in aliases:
                aliases.append(t)
        matched = names.get(("name", c.name_id or 0), [shown])[0] if c.name_id else shown
        how = _HOW[c.cls]
        hits.append(Hit(ref[0], ref[1], shown, aliases, round(score, 4), matched, how))
    return hits


def _names(
    db: _DB, refs: list[tuple[str, int]], name_ids: list[int | None]
) -> dict[tuple[str, int], list[str]]:
    """Names of each entity (in id order), and ('name', id) -> [text] for matched names."""
    out: dict[tuple[str, int], list[str]] = {}
    by_type: dict[str, list[int]] = {}
    for etype, eid in refs:
        if etype != "agreement":
            by_type.setdefault(etype, []).append(eid)
    for etype, ids in by_type.items():
        for eid, nid, text in db.all(
            f"SELECT entity_id, id, text FROM name WHERE entity_type || '' = ? AND entity_id IN"
            f" ({_in(len(ids))}) ORDER BY id",
            [etype, *ids],
        ):
            out.setdefault((etype, eid), []).append(text)
            out[("name", nid)] = [text]
    missing = sorted({n for n in name_ids if n and ("name", n) not in out})
    if missing:
        for nid, text in db.all(
            f"SELECT id, text FROM name WHERE id IN ({_in(len(missing))})", missing
        ):
            out[("name", nid)] = [text]
    return out


def search_url(url: str, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
    """Open the database at `url` with the plain driver (no SQLAlchemy) and search it.

    sqlite:///path (or a bare path) opens the file read-only with sqlite3;
    postgresql://, postgres:// and postgresql+psycopg:// open it with psycopg.
    """
    if url.startswith(("postgresql", "postgres:")):
        import psycopg

        plain = re.sub(r"^postgres(ql)?(\+psycopg)?://", "postgresql://", url)
        with psycopg.connect(plain) as pg:
            return search(pg, query, kind=kind, limit=limit)
    import sqlite3
    from pathlib import Path

    path = url[len("sqlite:///") :] if url.startswith("sqlite:///") else url
    if "://" in path:
        raise ValueError(f"{url}: not a SQLite or PostgreSQL URL")
    if not Path(path).exists():
        raise FileNotFoundError(path)
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        return search(conn, query, kind=kind, limit=limit)
    finally:
        conn.close()


# ---------------------------------------------------------------- building the index


# as in store/models.py SearchKey and migration 0002
_INDEXES = (
    ("ix_searchkey_lookup", "key, entity_type, entity_id, tier, name_id, docs"),
    ("ix_searchkey_entity", "entity_type, entity_id, key"),
)
_INSERT = (
    "INSERT INTO searchkey (key, entity_type, entity_id, name_id, tier, docs)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
KeyRow = tuple[str, str, int, int | None, int, int]  # key, type, id, name id, tier, docs


def _rows_for(
    etype: str,
    eid: int,
    display: str | None,
    names: Sequence[tuple[int | None, str]],
    parties: Sequence[tuple[int, str]] = (),
    docs: int = 0,
) -> list[KeyRow]:
    """Key rows of one entity: its names (or title), best tier per key."""
    best: dict[str, tuple[int, int | None]] = {}
    person = etype == "person"
    seen_folded = set()
    for nid, text in names:
        seen_folded.add(fold(text))
        for k, tier in name_keys(text, person=person).items():
            if k not in best or best[k][0] > tier:
                best[k] = (tier, nid)
    if display and fold(display) not in seen_folded:
        for k, tier in name_keys(display, person=person).items():
            if k not in best or best[k][0] > tier:
                best[k] = (tier, None)
    for nid, text in parties:
        for k, tier in name_keys(text, person=False, party=True).items():
            if k not in best:
                best[k] = (tier, nid)
    return [(k, etype, eid, nid, tier, docs) for k, (tier, nid) in best.items()]


def _party_names(db: _DB, agreement_id: int | None) -> dict[int, list[tuple[int, str]]]:
    """Names of the parties (organisations and people) of one agreement, or of all."""
    out: dict[int, list[tuple[int, str]]] = {}
    where = " WHERE ap.agreement_id = ?" if agreement_id is not None else ""
    params = [agreement_id] if agreement_id is not None else []
    for col, etype in (("organisation_id", "organisation"), ("person_id", "person")):
        for aid, nid, text in db.all(
            f"SELECT ap.agreement_id, n.id, n.text FROM agreementparty ap JOIN name n"
            f" ON n.entity_id = ap.{col} AND n.entity_type = '{etype}'{where}",
            params,
        ):
            out.setdefault(aid, []).append((nid, text))
    return out


def _docs(db: _DB, etype: str, eid: int) -> int:
    """How many documents mention the entity (stored with its keys, for ranking)."""
    got = db.all(
        "SELECT COUNT(DISTINCT document_id) FROM mention"
        " WHERE target_type || '' = ? AND target_id = ?",
        [etype, eid],
    )
    return int(got[0][0]) if got else 0


def _entity_rows(db: _DB, etype: str, eid: int) -> list[KeyRow]:
    if etype == "agreement":
        got = db.all("SELECT title FROM agreement WHERE id = ?", [eid])
        if not got:
            return []
        parties = _party_names(db, eid).get(eid, [])
        return _rows_for(etype, eid, None, [(None, got[0][0])], parties, _docs(db, etype, eid))
    if etype not in ("person", "organisation"):
        raise ValueError(f"{etype}: not an entity type ({', '.join(KINDS)})")
    got = db.all(f"SELECT name, merged_into FROM {etype} WHERE id = ?", [eid])
    if not got or got[0][1] is not None:
        return []
    names = db.all(
        "SELECT id, text FROM name WHERE entity_type || '' = ? AND entity_id = ? ORDER BY id",
        [etype, eid],
    )
    return _rows_for(etype, eid, got[0][0], names, (), _docs(db, etype, eid))


def index_entity(session: Any, entity_type: str, entity_id: int) -> None:
    """(Re)build the keys of one organisation, person or agreement from its current names.

    Call after adding or changing names, after merges and splits (for both entities), for
    agreements after their parties change, and after an import added mentions (the number
    of documents that mention an entity is stored with its keys, for ranking). A merged-away
    entity ends with no keys.
    """
    db = _DB(session)
    rows = _entity_rows(db, entity_type, entity_id)
    db.run(
        "DELETE FROM searchkey WHERE entity_type = ? AND entity_id = ?", [entity_type, entity_id]
    )
    if rows:
        db.many(_INSERT, rows)


def refresh_docs(session: Any, refs: Iterable[tuple[str, int]]) -> None:
    """Update the stored document counts (for ranking) of entities whose names did not change
    but whose mentions did: an import re-ranks what it mentions without rebuilding keys."""
    db = _DB(session)
    for etype, eid in refs:
        db.run(
            "UPDATE searchkey SET docs = (SELECT COUNT(DISTINCT document_id) FROM mention"
            " WHERE target_type = ? AND target_id = ?) WHERE entity_type = ? AND entity_id = ?",
            [etype, eid, etype, eid],
        )


def index_agreements_of(session: Any, organisation_id: int) -> int:
    """Re-index the agreements an organisation is party to (after its names changed)."""
    db = _DB(session)
    ids = [
        r[0]
        for r in db.all(
            "SELECT DISTINCT agreement_id FROM agreementparty WHERE organisation_id = ?",
            [organisation_id],
        )
    ]
    for aid in ids:
        index_entity(session, "agreement", aid)
    return len(ids)


def drop_entity(session: Any, entity_type: str, entity_id: int) -> None:
    """Remove every key of one entity (deleted, or merged into another)."""
    _DB(session).run(
        "DELETE FROM searchkey WHERE entity_type = ? AND entity_id = ?", [entity_type, entity_id]
    )


def _names_by_entity(
    db: _DB, etype: str, batch: int
) -> Iterator[tuple[int, list[tuple[int | None, str]]]]:
    """(entity id, [(name id, text)]) in entity order, read in batches."""
    cur = db.raw.cursor()
    try:
        cur.execute(
            db.sql(
                "SELECT entity_id, id, text FROM name WHERE entity_type = ? ORDER BY entity_id, id"
            ),
            (etype,),
        )
        current: int | None = None
        names: list[tuple[int | None, str]] = []
        while rows := cur.fetchmany(batch):
            for eid, nid, text in rows:
                if eid != current:
                    if current is not None:
                        yield current, names
                    current, names = eid, []
                names.append((nid, text))
        if current is not None:
            yield current, names
    finally:
        cur.close()


def reindex_all(session: Any, *, batch: int = 50000) -> int:
    """Rebuild the whole index (after bulk loads); returns the number of keys.

    Takes a Session or a DB-API connection; reads names in entity order and writes keys in
    batches with executemany: a million names take about a minute.
    """
    db = _DB(session)
    big = db.all("SELECT COUNT(*) FROM (SELECT 1 FROM name LIMIT 50001) t")[0][0] > 50000
    db.run("DELETE FROM searchkey")
    if big:  # build the indexes once at the end rather than row by row
        for name, _ in _INDEXES:
            db.run(f"DROP INDEX IF EXISTS {name}")
    docs: dict[tuple[str, int], int] = {
        (t, i): int(n)
        for t, i, n in db.all(
            "SELECT target_type, target_id, COUNT(DISTINCT document_id) FROM mention"
            " GROUP BY target_type, target_id"
        )
    }
    total = 0
    pending: list[KeyRow] = []

    def flush(force: bool = False) -> None:
        nonlocal total, pending
        if pending and (force or len(pending) >= batch):
            db.many(_INSERT, pending)
            total += len(pending)
            pending = []

    for etype in ("person", "organisation"):
        entities = db.all(f"SELECT id, name FROM {etype} WHERE merged_into IS NULL ORDER BY id")
        groups = _names_by_entity(db, etype, batch)
        group = next(groups, None)
        for eid, display in entities:
            while group is not None and group[0] < eid:
                group = next(groups, None)
            names = group[1] if group is not None and group[0] == eid else []
            pending.extend(_rows_for(etype, eid, display, names, (), docs.get((etype, eid), 0)))
            flush()
    parties = _party_names(db, None)
    for aid, title in db.all("SELECT id, title FROM agreement ORDER BY id"):
        pending.extend(
            _rows_for(
                "agreement",
                aid,
                None,
                [(None, title)],
                parties.get(aid, []),
                docs.get(("agreement", aid), 0),
            )
        )
        flush()
    flush(force=True)
    if big:
        for name, cols in _INDEXES:
            db.run(f"CREATE INDEX {name} ON searchkey ({cols})")
    return total


__all__ = [
    "Hit",
    "index_entity",
    "index_agreements_of",
    "drop_entity",
    "refresh_docs",
    "reindex_all",
    "search",
    "search_url",
    "successor",
]
