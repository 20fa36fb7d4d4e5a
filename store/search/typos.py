"""Typos: words and names one or two edits off, tried only when nothing else matched.

Only keys that share the first half of the word are read (an edit in the first half is
found only through another word of the query), at most `TYPO_KEYS` of them, and the nearest
come first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from store.search.connection import prefix_range
from store.search.keys import T_ACRONYM, T_INITIALS, T_NAME, T_PART, WORD_MARK
from store.search.matches import TYPO, Cand

if TYPE_CHECKING:
    from store.search.probes import Searcher

TYPO_KEYS = 3000  # distinct keys read to find close ones
TYPO_ROWS = 3000  # candidate rows of the close words


def max_edits(w: str) -> int:
    return 1 if len(w) < 8 else 2


def near(w: str, words: Iterable[str]) -> bool:
    """Whether one of `words` is within the edits a word of this length may have."""
    if len(w) < 4:
        return False
    d = max_edits(w)
    return any(abs(len(x) - len(w)) <= d and lev(w, x, d) <= d for x in words)


def lev(a: str, b: str, cap: int) -> int:
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


def close_keys(s: Searcher, mark: str, w: str, d: int) -> list[tuple[int, str]]:
    """(distance, key) of keys in the namespace `mark` at most `d` edits from `w`, nearest
    first, among those that share its first half."""
    if len(w) < 4:
        return []
    head = mark + w[: max(2, len(w) // 2)]
    rsql, rparams = prefix_range(head)
    keys = s.db.all(
        f"SELECT DISTINCT key FROM searchkey WHERE {rsql}"
        f" AND length(key) BETWEEN ? AND ? LIMIT {TYPO_KEYS}",
        [*rparams, len(mark) + len(w) - d, len(mark) + len(w) + d],
    )
    out = [(lev(w, k[len(mark) :], d), k) for (k,) in keys]
    return sorted((n, k) for n, k in out if n <= d)


def _typo_words(s: Searcher, qwords: list[str]) -> None:
    """The words of the query not in the index, each replaced by its nearest indexed words."""
    missing = [w for w in qwords if s.bounded_count(WORD_MARK + w, 1) == 0]
    present = [w for w in qwords if w not in missing]
    if not missing:
        return
    close = {w: close_keys(s, WORD_MARK, w, max_edits(w)) for w in missing}
    if not all(close.values()):
        return
    first = min(missing, key=lambda w: len(close[w]))
    rest = [w for w in missing if w != first]
    for dist in (1, 2):
        keys = [k for n, k in close[first] if n == dist][:100]
        if keys:
            rows = s.with_keys(keys, TYPO_ROWS)
            s.narrow(rows, present, rest, cls=TYPO, anchor_len=0, dist=dist)
        if s.cands:
            break


def _typo_names(s: Searcher, probes: list[str]) -> None:
    """Whole names (and their parts and initials) near a Latin query."""
    for p in probes:
        if not p.isascii() or len(p) < 5:
            continue
        for dist, key in close_keys(s, "", p, 1 if len(p) < 10 else 2)[:100]:
            for k, etype, eid, name_id, tier, docs in s.with_keys([key], 50):
                if tier in (T_NAME, T_PART, T_INITIALS, T_ACRONYM):
                    s.add(etype, eid, Cand(TYPO, 0.0, name_id, k, docs=docs, dist=dist))


def typo(s: Searcher, qwords: list[str], probes: list[str]) -> None:
    """Words and names 1-2 edits off (only when nothing else matched), nearest first."""
    _typo_words(s, qwords)
    if not s.cands:
        _typo_names(s, probes)
