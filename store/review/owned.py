"""Pairs of a body's organ or unit named with its body and then alone, in one English text
(review pairs.py asks for them): a report names "the ABC Steering Board" or "the Steering
Board of ABC" once, and then "the Steering Board"; the extraction may keep both. Two
organisations one document states, one's Latin name the other's with the name or the
acronym of another body of the knowledge base before it, or after "of", may be one.

Only within one document (two bodies' steering boards, in two texts, share the name), and
only a unit's name of two words or more: one word alone ("Board") is no name to pair.
One unit named with two names of its body ("the ABC Steering Board", "the Alpha Beta
Council Steering Board") is a pair too (`renamed`): the same unit's words, after two names
of one body of the knowledge base.
The Chinese counterpart, a unit after its body's name (某某组织某某委员会), is within.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import combinations
from typing import TYPE_CHECKING

from store.search.words import words_of
from store.text import has_han

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
#: the fewest words a unit's own name holds
SHORTEST_UNIT = 2


@cache
def _words(name: str) -> tuple[str, ...]:
    """The folded words of a Latin name, without a leading "the"."""
    ws = words_of(name, canon=False)
    return tuple(ws[1:] if ws[:1] == ["the"] else ws)


def _parts(words: tuple[str, ...]) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(the body's words, the unit's words) for each way the name may join them: a body's
    name first ("ABC Steering Board"), or after "of" ("Steering Board of ABC")."""
    for cut in range(1, len(words) - SHORTEST_UNIT + 1):
        yield words[:cut], words[cut:]
    for at in range(SHORTEST_UNIT, len(words) - 1):
        if words[at] == "of":
            body = words[at + 1 :]
            yield (body[1:] if body[:1] == ("the",) else body), words[:at]


def _bodies(entities: dict[int, _Entity]) -> dict[tuple[str, ...], set[int]]:
    """The entities each Latin name's words belong to."""
    bodies: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for e in entities.values():
        for n in e.names:
            if not has_han(n) and _words(n):
                bodies[_words(n)].add(e.id)
    return bodies


def owned(entities: dict[int, _Entity]) -> Iterable[Found]:
    """Each pair of organisations one document states where one's Latin name is the
    other's joined to another body's name or acronym: (ids, "owned", the full name, the
    unit's)."""
    bodies = _bodies(entities)
    by_document: dict[int, dict[tuple[str, ...], dict[int, str]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    for e in entities.values():
        for n in e.names:
            if has_han(n) or not _words(n):
                continue
            for d in e.documents:
                by_document[d][_words(n)].setdefault(e.id, n)
    seen: set[tuple[int, int]] = set()
    for names in by_document.values():
        for full, holders in names.items():
            for body, unit in _parts(full):
                owners = bodies.get(body, set())
                for a, a_name in holders.items():
                    for b, b_name in names.get(unit, {}).items():
                        key = (min(a, b), max(a, b))
                        if a == b or key in seen or not owners - {a, b}:
                            continue
                        seen.add(key)
                        yield key, "owned", a_name, b_name


def renamed(entities: dict[int, _Entity]) -> Iterable[Found]:
    """Each pair of organisations one document states whose Latin names are one unit's
    words joined to two names of one other body (its acronym, then its name): (ids,
    "renamed", the two names)."""
    bodies = _bodies(entities)
    units: dict[tuple[int, tuple[str, ...]], dict[int, tuple[str, frozenset[int]]]] = defaultdict(
        dict
    )
    for e in entities.values():
        for n in e.names:
            if has_han(n) or not _words(n):
                continue
            for body, unit in _parts(_words(n)):
                owners = frozenset(bodies.get(body, set()) - {e.id})
                if not owners:
                    continue
                for d in e.documents:
                    name, held = units[(d, unit)].get(e.id, (n, frozenset()))
                    units[(d, unit)][e.id] = (name, held | owners)
    seen: set[tuple[int, int]] = set()
    for holders in units.values():
        for (a, (a_name, a_owners)), (b, (b_name, b_owners)) in combinations(
            sorted(holders.items()), 2
        ):
            key = (a, b)
            if key in seen or not (a_owners & b_owners) - {a, b}:
                continue
            seen.add(key)
            yield key, "renamed", a_name, b_name
