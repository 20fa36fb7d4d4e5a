"""Pairs of a person named in full and then by the last part of the name (review pairs.py
asks for them): a Chinese text writes a foreign name in characters once whole, with or
without a name dot (某某·某某某夫, 某某某某某某), and then by its last characters alone, as
a surname; the extraction may keep the last part as a second person. Two people one
document states, one's name (simplified, without dots or spaces) the end of the other's,
may be one.

Only within one document (two people's surnames in two documents say nothing), and only
an end of three characters or more: a two-character end is a Chinese given name as often
as a surname.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from store.review.sign import NAME_DOTS
from store.text import fold, has_han, to_simplified

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
#: the shortest last part that pairs (a shorter one is a given name as often)
SHORTEST_TAIL = 3

_SEPARATORS = re.compile(rf"[{NAME_DOTS}\s]+")


@cache
def _plain(name: str) -> str:
    """A Chinese name simplified and folded, without name dots or spaces."""
    return _SEPARATORS.sub("", to_simplified(fold(name)))


def tails(entities: dict[int, _Entity]) -> Iterable[Found]:
    """Each pair of people one document states where one's Chinese name is the end of the
    other's: (ids, "tail", the full name, the last part)."""
    by_document: dict[int, dict[str, dict[int, str]]] = defaultdict(lambda: defaultdict(dict))
    for e in entities.values():
        for n in e.names:
            if has_han(n):
                for d in e.documents:
                    by_document[d][_plain(n)].setdefault(e.id, n)
    seen: set[tuple[int, int]] = set()
    for names in by_document.values():
        for full, holders in names.items():
            for cut in range(1, len(full) - SHORTEST_TAIL + 1):
                for b, b_name in names.get(full[cut:], {}).items():
                    for a, a_name in holders.items():
                        key = (min(a, b), max(a, b))
                        if a != b and key not in seen:
                            seen.add(key)
                            yield key, "tail", a_name, b_name
    yield from _dotted_parts(by_document, seen)


def _dotted_parts(
    by_document: dict[int, dict[str, dict[int, str]]], seen: set[tuple[int, int]]
) -> Iterable[Found]:
    """A transliterated name given in full with its dots (某某·某某某), then by its first
    part alone (某某), as a text names a Thai or an Arab official the second time: the
    part, at a dot, is a whole name part however short (tails() wants three characters)."""
    for names in by_document.values():
        for full in {n for holders in names.values() for n in holders.values()}:
            parts = [p for p in map(_plain, _SEPARATORS.split(full)) if p]
            if len(parts) < 2:
                continue
            for part in {parts[0], parts[-1]}:
                for b, b_name in names.get(part, {}).items():
                    for a in names[_plain(full)]:
                        key = (min(a, b), max(a, b))
                        if a != b and key not in seen:
                            seen.add(key)
                            yield key, "part", full, b_name
