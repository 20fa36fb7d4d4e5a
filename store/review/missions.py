"""Pairs of one mission named two ways (review pairs.py asks for them): a sender's office
in a country is called by its full name in one text and by a shorter or older one in another
(驻某国台北经济文化办事处 / 驻某国台北代表处; 某国驻某地大使馆 / 某国驻某地代表处). A
sender keeps one mission in one place: two Chinese names of the same sender stationed (驻)
in the same country, each ending with a mission's head word (review.txt zh_mission_heads)
but not the same head, may be one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import combinations
from typing import TYPE_CHECKING

from store.review.pair_keys import zh_countries
from store.text import fold, has_han, lexicon, to_simplified

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
#: characters of the sender's name read after the place (驻某国台北...: 台北)
SENDER = 2


@cache
def _heads() -> tuple[str, ...]:
    return tuple(lexicon.words("review.txt", "zh_mission_heads"))


@cache
def _places() -> tuple[str, ...]:
    """Chinese country names and the one-character forms a mission's name uses (驻华),
    longest first."""
    names = {*zh_countries(), *lexicon.words("review.txt", "zh_mission_places")}
    return tuple(sorted(names, key=len, reverse=True))


@cache
def mission_key(name: str) -> tuple[str, str] | None:
    """(sender and place, head) of a mission's Chinese name: 驻捷克台北代表处 gives
    ("驻捷克台北", "代表处"), 北境驻华大使馆 ("北境驻华", "大使馆"); None for any other name."""
    if "驻" not in name and "駐" not in name:
        return None  # (most names: read no further)
    simple = to_simplified(fold(name))
    head = next((h for h in _heads() if simple.endswith(h)), None)
    before, mark, after = simple.partition("驻")
    if head is None or not mark:
        return None
    place = next((p for p in _places() if after.startswith(p)), None)
    if place is None:
        return None
    sender = before or after[len(place) : len(place) + SENDER]
    if len(sender) < SENDER or len(after) < len(place) + len(head) + (0 if before else SENDER):
        return None
    return (before or "") + "驻" + place + ("" if before else sender), head


def missions(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each pair of Chinese-named missions of one sender in one place, of two heads."""
    by_key: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
    for e in entities.values():
        for n in e.names:
            found = mission_key(n) if has_han(n) else None
            if found is not None:
                by_key[found[0]].setdefault(e.id, (n, found[1]))
    for members in by_key.values():
        if not 2 <= len(members) <= max_block:
            continue
        for (a, (na, ha)), (b, (nb, hb)) in combinations(sorted(members.items()), 2):
            if ha != hb:
                yield (a, b), "mission", na, nb
