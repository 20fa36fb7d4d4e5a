"""Pairs of Latin names a letter or two apart (review pairs.py asks for them): Francis Gurry
/ Francis Gury, a name misspelt in one text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain, combinations
from typing import TYPE_CHECKING

from store.text import fold as _fold_text
from store.text import has_han

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: each name is folded once a process (the queue is read again after every verdict)
fold = lru_cache(maxsize=1 << 18)(_fold_text)
#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]

#: a letter changed (not added) leaves two names nine tenths alike from this length on
_SAME_LENGTH = 10


def near(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Latin names a letter apart (Francis Gurry / Francis Gury, Tang / Tnag), found by the
    names they give with one letter taken out (symmetric deletion): two names sharing such
    a form are one letter, or two swapped, apart. Short names a letter apart are often two
    people (Li Yu, Li Yun): the pair must still be nine tenths alike.

    (Speed: each distinct folded name's forms are counted once, and blocks are built only
    for the forms two names or more share: most forms belong to one name.)"""
    holders: dict[str, set[int]] = defaultdict(set)  # folded name -> entities bearing it
    for e in entities.values():
        for n in e.names:
            f, forms = _deletions(n)
            if forms:
                holders[f].add(e.id)
    counts = Counter(chain.from_iterable(map(_forms, holders)))
    shared = {form for form, n in counts.items() if n > 1}
    blocks: dict[str, list[str]] = defaultdict(list)
    for f in holders:
        for form in shared.intersection(_forms(f)):
            blocks[form].append(f)
    seen: set[tuple[int, int]] = set()
    for names in blocks.values():
        if sum(len(holders[f]) for f in names) > max_block:
            continue  # (a form every name of a large family shares says nothing)
        # entities sharing one folded name are compared under their own key ("name"): only
        # two different names are a letter apart
        for fa, fb in combinations(sorted(names), 2):
            if len(fa) == len(fb) < _SAME_LENGTH or not _alike(fa, fb):
                continue  # (a letter changed in a short name is never nine tenths alike)
            yield from holder_pairs(entities, holders[fa], holders[fb], seen, "near")


def holder_pairs(
    entities: dict[int, _Entity],
    one: set[int],
    other: set[int],
    seen: set[tuple[int, int]],
    how: str,
) -> Iterable[Found]:
    """Each pair of an entity bearing one name and an entity bearing the other, once (`seen`
    holds the pairs given already), smaller id first."""
    for a in sorted(one):
        for b in sorted(other):
            key = (a, b) if a < b else (b, a)
            if a != b and key not in seen:
                seen.add(key)
                yield key, how, entities[a].name, entities[b].name


@lru_cache(maxsize=1 << 18)
def _forms(f: str) -> tuple[str, ...]:
    """A folded Latin name and the name less each one letter (kept between reads)."""
    return tuple({f, *(f[:k] + f[k + 1 :] for k in range(len(f)))})


@lru_cache(maxsize=1 << 18)
def _deletions(name: str) -> tuple[str, tuple[str, ...]]:
    """A Latin name folded, and the forms that key it: itself and itself less one letter
    (none for a Chinese name or a short one). Kept between reads, as pair_keys.blocking_keys."""
    f = fold(name)
    if has_han(name) or len(f) < 6:
        return f, ()
    return f, _forms(f)


@lru_cache(maxsize=1 << 16)
def _alike(fa: str, fb: str) -> bool:
    """Two names sharing a form less one letter are nine tenths alike: one letter more (the
    shorter has at least six, so 2*6/13 > 0.9) is certain; a letter changed or two swapped
    is measured (short names a letter apart are often two people)."""
    if len(fa) != len(fb):
        return True
    return SequenceMatcher(None, fa, fb).ratio() >= 0.9
