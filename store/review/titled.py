"""Pairs of a body and its name with a title run into it (review pairs.py asks for them): a
text says a minister "holds the charge of Chairman Patent Board of Ruritania (PBR)", and the
extraction keeps "Chairman Patent Board of Ruritania" and its acronym as a body apart from
the Patent Board of Ruritania another text names. One organisation's Latin name that opens
with a title of office (en_titles.txt title_bases, as signals.py reads a name "named like a
title"), "of" and "the" perhaps after it, and goes on with another organisation's whole
name, of two words or more, may be one with it: the title is the post's, the rest the body's.

Not a body named for its chief in the possessive ("the Chairman's Office": signals.py keeps
it), and not a title alone ("Director General"): nothing is left to name a body.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from store.review.pair_keys import fold
from store.review.signals import titles
from store.text import has_han

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
#: the fewest words the body's name after the title holds
SHORTEST_BODY = 2
_AFTER_TITLE = re.compile(r"^\s*(?:of\s+)?(?:the\s+)?", re.IGNORECASE)


@cache
def untitled(name: str) -> str:
    """The body's name a title of office opens NAME with ("Chairman Patent Board of
    Ruritania": "Patent Board of Ruritania"), folded; empty when no title opens it, or
    less than a name of SHORTEST_BODY words follows it, or the title is a possessive's."""
    if has_han(name):
        return ""
    found = titles().match(name.strip())
    if not found:
        return ""
    rest = name.strip()[found.end() :]
    if rest.startswith(("'", "’")):
        return ""  # the Chairman's Office: a body named for its chief
    rest = _AFTER_TITLE.sub("", rest)
    return fold(rest) if len(rest.split()) >= SHORTEST_BODY else ""


def titled(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each pair of organisations, one named with a title of office and then the other's
    whole name: (ids, "titled", the titled name, the other's); none when more than
    MAX_BLOCK bodies bear that name."""
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for e in entities.values():
        for n in e.names:
            if not has_han(n):
                by_name[fold(n)].append((e.id, n))
    seen: set[tuple[int, int]] = set()
    for e in entities.values():
        for n in e.names:
            rest = untitled(n)
            bearers = by_name.get(rest, []) if rest else []
            for other, other_name in bearers if len(bearers) <= max_block else []:
                key = (min(e.id, other), max(e.id, other))
                if other != e.id and key not in seen:
                    seen.add(key)
                    yield key, "titled", n, other_name
