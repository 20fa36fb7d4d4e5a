"""The lookups of one search: each probe is one B-tree range on a covering index.

`key >= probe AND key < successor(probe)`: the exact key sorts first in its range, then the
head keys of the names the probe is the first word or surname of, shortest name first
(heads.py), then every key that starts with the probe. No LIKE, no FTS syntax. Broad
prefixes read a bounded number of index rows (`ROWS`, `WORD_ROWS`), so for one- or
two-letter queries the result is a good sample rather than the complete ranking, but one
that holds the best classes first. A multi-word query takes its candidates
from the rarest word and narrows them word by word in the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from store.search.connection import DB, chunks, marks, prefix_range
from store.search.keys import WORD_MARK
from store.search.matches import EXACT, KINDS, WORDS, Cand, classify, order
from store.search.typos import near

ROWS = 400  # index rows read per probe
WORD_ROWS = 500  # candidate rows for the rarest word of a multi-word query

Ref = tuple[str, int]  # (entity type, id)
Row = tuple[Any, ...]  # key, entity_type, entity_id, name_id, tier, docs

_SELECT = "SELECT key, entity_type, entity_id, name_id, tier, docs FROM searchkey"


class Searcher:
    """The candidates of one search, each with its best match so far."""

    def __init__(self, db: DB, kind: str | None, limit: int) -> None:
        self.db = db
        self.kind = kind
        self.limit = limit
        self.cands: dict[Ref, Cand] = {}

    def _kind_sql(self) -> tuple[str, list[Any]]:
        return (" AND entity_type = ?", [self.kind]) if self.kind else ("", [])

    def add(self, etype: str, eid: int, cand: Cand) -> None:
        ref = (etype, eid)
        old = self.cands.get(ref)
        if old is None or order(cand) < order(old):
            self.cands[ref] = cand

    def count_better(self, cls: int) -> int:
        return sum(1 for c in self.cands.values() if c.cls <= cls)

    def rows(
        self, probe: str, rows: int = ROWS, extra: str = "", params: Sequence[Any] = ()
    ) -> list[Row]:
        ksql, kparams = self._kind_sql()
        rsql, rparams = prefix_range(probe)
        return self.db.all(
            f"{_SELECT} WHERE {rsql}{ksql}{extra} LIMIT {int(rows)}",
            [*rparams, *kparams, *params],
        )

    def lookup(self, probe: str, *, worst: int = EXACT) -> None:
        """Name keys starting with `probe`; a hit is at best class `worst`."""
        for key, etype, eid, name_id, tier, docs in self.rows(probe):
            cls, cover = classify(probe, key, tier)
            self.add(etype, eid, Cand(max(cls, worst), cover, name_id, key, docs=docs))

    def bounded_count(self, probe: str, cap: int) -> int:
        ksql, kparams = self._kind_sql()
        rsql, rparams = prefix_range(probe)
        got = self.db.all(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM searchkey WHERE {rsql}{ksql} LIMIT {int(cap)}) t",
            [*rparams, *kparams],
        )
        return int(got[0][0]) if got else 0

    def with_keys(self, keys: list[str], rows: int) -> list[Row]:
        ksql, kparams = self._kind_sql()
        return self.db.all(
            f"{_SELECT} WHERE KEY IN ({marks(len(keys))}){ksql} LIMIT {int(rows)}",
            [*keys, *kparams],
        )

    def _in_range(self, select: str, refs: Sequence[Ref], probe: str) -> list[Row]:
        """`select` over the keys of `refs` that start with `probe`, type by type."""
        by_type: dict[str, list[int]] = {}
        for etype, eid in refs:
            by_type.setdefault(etype, []).append(eid)
        out: list[Row] = []
        rsql, rparams = prefix_range(probe)
        for etype, ids in by_type.items():
            for chunk in chunks(sorted(ids), 500):
                out += self.db.all(
                    f"{select} FROM searchkey WHERE entity_type = ? AND entity_id"
                    f" IN ({marks(len(chunk))}) AND {rsql}",
                    [etype, *chunk, *rparams],
                )
        return out

    def entity_words(self, refs: Sequence[Ref]) -> dict[Ref, set[str]]:
        """The indexed words of each entity."""
        out: dict[Ref, set[str]] = {r: set() for r in refs}
        for key, etype, eid in self._in_range(
            "SELECT key, entity_type, entity_id", refs, WORD_MARK
        ):
            out[(etype, eid)].add(key[len(WORD_MARK) :])
        return out

    def having_word(self, refs: list[Ref], w: str) -> list[Ref]:
        """Those of `refs` that have a word starting with `w`."""
        got = self._in_range("SELECT DISTINCT entity_type, entity_id", refs, WORD_MARK + w)
        keep = {(etype, eid) for etype, eid in got}
        return [r for r in refs if r in keep]

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
                    f"{_SELECT} WHERE KEY = ? AND entity_type = ? LIMIT {WORD_ROWS // 3}",
                    [WORD_MARK + anchor, etype],
                )
            rows += self.rows(WORD_MARK + anchor, WORD_ROWS // 3)
        else:
            rows = self.rows(WORD_MARK + anchor, WORD_ROWS)
        rest = [w for w in qwords if w != anchor]
        self.narrow(rows, rest, cls=WORDS, anchor_len=len(anchor))

    def narrow(
        self,
        rows: list[Row],
        prefixes: list[str],
        typos: Sequence[str] = (),
        *,
        cls: int,
        anchor_len: int,
        dist: int = 0,
    ) -> None:
        """Candidates from `rows` that also have words starting with each of `prefixes` and
        words 1-2 edits from each of `typos`."""
        by_ref: dict[Ref, tuple[str, int | None, int]] = {}
        for key, etype, eid, name_id, _tier, docs in rows:
            by_ref.setdefault((etype, eid), (key, name_id, docs))
        refs = list(by_ref)
        for w in prefixes:  # narrow the candidates word by word, in the index
            refs = self.having_word(refs, w)
        if typos and refs:
            bag = self.entity_words(refs)
            refs = [r for r in refs if all(near(w, bag[r]) for w in typos)]
        for ref in refs:
            key, name_id, docs = by_ref[ref]
            cover = anchor_len / max(len(key) - 1, 1)
            self.add(ref[0], ref[1], Cand(cls, cover, name_id, key, docs=docs, dist=dist))
