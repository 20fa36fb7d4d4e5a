"""Pairs of a person named by an initial and a surname and a person named in full with that
surname and a first name of that initial (review pairs.py asks for them): a text that writes
"K. Lindqvist" and another, or the same, that writes "Karin Lindqvist" may name one person,
and the extraction keeps two.

Only an initialled name against a full one: two full names with one surname and one first
letter (Karin / Kurt Lindqvist) are two people as often as not, and two different initials
(K. / M. Lindqvist) never one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from store.review.signals import honorific_words
from store.text import fold, has_han

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]

_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def without_honorifics(tokens: list[str]) -> list[str]:
    """A name's words after the honorifics before it: "H.E. Nguyen A B" and "H.E. Nguyen C
    D" share their first two words only through the honorific, no shorter form of one."""
    bare = honorific_words()
    while len(tokens) > 1 and tokens[0].casefold().rstrip(".") in bare:
        tokens = tokens[1:]
    return tokens


@lru_cache(maxsize=1 << 16)
def initial_key(name: str) -> tuple[str, str, bool] | None:
    """(the first name's initial, the surname, whether the name gives only initials before
    the surname), both folded; None for a Chinese name, a single word, or a name whose
    surname is itself a lone letter."""
    if has_han(name):
        return None
    tokens = without_honorifics(name.split())  # (H.E. K. Lindqvist: the honorific is no initial)
    words = _WORDS.findall(" ".join(tokens))
    if len(words) < 2 or len(words[-1]) < 2:
        return None
    given = words[:-1]
    initialled = all(len(w) == 1 for w in given)
    first = fold(given[0])[:1]
    return (first, fold(words[-1]), initialled) if first else None


def initialled(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each pair of people, one named by initials and a surname, the other in full with the
    same surname and first initial: (ids, "initialled", the full name, the initialled one)."""
    full: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    short: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for e in entities.values():
        for n in e.names:
            found = initial_key(n)
            if found is not None:
                first, surname, only_initials = found
                (short if only_initials else full)[(first, surname)].setdefault(e.id, n)
    seen: set[tuple[int, int]] = set()
    for initial, named in short.items():
        whole = full.get(initial, {})
        if not whole or len(whole) + len(named) > max_block:
            continue  # (a common surname and initial says nothing)
        for a, a_name in whole.items():
            for b, b_name in named.items():
                pair = (a, b) if a < b else (b, a)
                if a != b and pair not in seen:
                    seen.add(pair)
                    yield pair, "initialled", a_name, b_name
