"""Pairs of Chinese names of bodies a character apart (review pairs.py asks for them).

A body's Chinese name is misspelt, machine-translated or given in another region's usage
with one character changed: 特殊 for 特别 in a spun repost, 署 for 局 in a Taiwanese text.
near.py finds Latin names a letter apart; a Chinese name is too short for its measure of
likeness (one character of eight is an eighth), so here the rule is of shape instead: two
names of six characters or more, of the same length, that differ in one character after
their first two. The first two are left out because they are where a place is named
(山东 / 山西, 美国 / 英国: two bodies), and a changed character that is one of a contrasting
set (review.txt zh_contrast_chars: 第一 / 第二, 华东 / 华南) makes two bodies too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from store.review.near import Found, holder_pairs
from store.text import fold, has_han, lexicon, to_simplified

if TYPE_CHECKING:
    from store.review.pairs import _Entity

_MIN_LENGTH = 6  # 知识产权局 and shorter: a character is a fifth of the name
_PLACE = 2  # the characters a name's place is usually named in


def han_near(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Chinese names of bodies one character apart after their first two, keyed by the
    name with that character blanked (a form two names share is one substitution)."""
    holders: dict[str, set[int]] = defaultdict(set)
    for e in entities.values():
        for n in e.names:
            folded = _folded(n)
            if folded:
                holders[folded].add(e.id)
    blocks: dict[str, list[str]] = defaultdict(list)
    for f in holders:
        for form in _forms(f):
            blocks[form].append(f)
    seen: set[tuple[int, int]] = set()
    for form, names in blocks.items():
        if len(names) < 2 or sum(len(holders[f]) for f in names) > max_block:
            continue
        k = form.index("*")
        for fa, fb in combinations(sorted(names), 2):
            if fa[k] in _contrasts() and fb[k] in _contrasts():
                continue  # 第一 / 第二, 东 / 南: two of a series
            yield from holder_pairs(entities, holders[fa], holders[fb], seen, "han_near")


@lru_cache(maxsize=1 << 16)
def _folded(name: str) -> str:
    """The Simplified, folded form of a Chinese name long enough to compare, else ''."""
    if not has_han(name):
        return ""
    f = to_simplified(fold(name))
    return f if len(f) >= _MIN_LENGTH and all(has_han(c) for c in f) else ""


@lru_cache(maxsize=1 << 16)
def _forms(f: str) -> tuple[str, ...]:
    """The name with each character after the place blanked (kept between reads)."""
    return tuple(f[:k] + "*" + f[k + 1 :] for k in range(_PLACE, len(f)))


@cache
def _contrasts() -> frozenset[str]:
    return lexicon.wordset("review.txt", "zh_contrast_chars")
