"""Pairs of a body's Chinese name and its contraction (review pairs.py asks for them): a
text calls 某国知识产权局 by the first characters of its words and its head (某知局), and
nothing links the short form to the body another text names in full. A Chinese name of
SHORTEST to LONGEST characters whose characters all stand, in order, in another body's
Chinese name at least two characters longer, the two opening with one character and ending
with one head character, may be its contraction.

Only a short form its entity holds alone, no longer Chinese name it contracts beside it: a
short form already known as one body's (欧专局, with 欧洲专利局) is no other body's
contraction (欧亚专利局 holds its characters too). A name the other merely ends with (专利局
/ 某国专利局) is a unit's or a generic name (within.py, generic.py), not a contraction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from store.text import fold, has_han, in_order, to_simplified

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
SHORTEST, LONGEST = 3, 5
#: how many characters more the full name holds than its contraction, at least
LEFT_OUT = 2


@lru_cache(maxsize=1 << 16)
def _simple(name: str) -> str:
    """The Simplified, folded form of a name in Chinese characters only, else ''."""
    if not has_han(name):
        return ""
    f = to_simplified(fold(name))
    return f if all(has_han(c) for c in f) else ""


def contracts(short: str, full: str) -> bool:
    """Whether SHORT (Simplified) is a contraction of FULL: its first character and its
    head the same, every character of it in FULL in order, FULL at least LEFT_OUT longer,
    and not FULL's end."""
    if len(full) < len(short) + LEFT_OUT or short[0] != full[0] or short[-1] != full[-1]:
        return False
    if full.endswith(short):
        return False
    return in_order(short, full)


def contracted(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each pair of an organisation named in Chinese by a short form only and another whose
    Chinese name it contracts: (ids, "contracted", the full name, the short form); none
    for a short form that could contract more than MAX_BLOCK names."""
    by_first: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for e in entities.values():
        for n in e.names:
            s = _simple(n)
            if len(s) >= SHORTEST + LEFT_OUT:
                by_first[s[0]].append((e.id, s, n))
    seen: set[tuple[int, int]] = set()
    for e in entities.values():
        forms = {_simple(n): n for n in e.names if _simple(n)}
        for short, name in forms.items():
            if not SHORTEST <= len(short) <= LONGEST:
                continue
            if any(contracts(short, f) for f in forms):
                continue  # known as one body's short form already
            found = [(i, n) for i, f, n in by_first.get(short[0], []) if contracts(short, f)]
            if len(found) > max_block:
                continue
            for other, full in found:
                key = (min(e.id, other), max(e.id, other))
                if other != e.id and key not in seen:
                    seen.add(key)
                    yield key, "contracted", full, name
