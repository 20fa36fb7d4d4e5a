"""Pairs of a body named in full with its country and by an acronym of the rest of its name,
in one document (review pairs.py asks for them): a text that introduces "the Patent Office
of Ruritania (PORU)" may go on to call it "the PO", and the extraction keeps "PO" apart.

The acronym blocks of pair_keys.py miss it twice: a name's computed acronyms keep the
country's initial, and a body that states an acronym of its own (PORU) bears no other there.
Within one document the short form has no other body to stand for than one whose name it
abbreviates, so the pair is proposed there and nowhere else: across documents "IPO" may be
any country's office. So is a unit named after its owner's acronym and called by an acronym
of its own words, one of them left out ("the ABC Seed Quality Experts Group", "SQEG":
`loosely`): the owner's capitals and one inner word are what such acronyms drop.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from store.review.pair_keys import country_phrase_at, fold
from store.search.words import STOPWORDS, words_of
from store.text import has_han

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
#: shorter acronyms (two letters) stand for too many things to pair on a shared document
SHORTEST = 3
LONGEST = 8


def _short_form(name: str) -> bool:
    """A name written as an acronym only: three to eight capitals (IPO, not Ipo or I.P.O.)."""
    return SHORTEST <= len(name) <= LONGEST and name.isascii() and name.isalpha() and name.isupper()


@cache
def countryless_initials(name: str) -> str:
    """The initials of a Latin name's words less the country it names and the small words
    ("Patent Office of Ruritania": "po"); empty when it names no country or too few words
    remain."""
    if has_han(name):
        return ""
    words = [w for w in words_of(re.sub(r"['’]s\b", "", name)) if len(w) > 1]
    for i in range(len(words)):
        n = country_phrase_at(words, i)
        if n:
            rest = [w for w in words[:i] + words[i + n :] if w not in STOPWORDS]
            initials = "".join(w[0] for w in rest)
            return initials if len(initials) >= SHORTEST else ""
    return ""


def abridged(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each pair of organisations one document states, one named only by an acronym and the
    other by a name with a country whose other words it abbreviates: (ids, "abridged", the
    full name, the acronym)."""
    return _by_initials(entities, max_block, _country_initials, "abridged")


def _country_initials(name: str) -> tuple[str, ...]:
    initials = countryless_initials(name)
    return (initials,) if initials else ()


def _by_initials(
    entities: dict[int, _Entity],
    max_block: int,
    initials_of: Callable[[str], tuple[str, ...]],
    reason: str,
) -> Iterator[Found]:
    """Pairs of an acronym-only name and a longer name of another entity in one document,
    the acronym among the longer name's `initials_of`; an acronym many entities share
    (more than `max_block`) pairs none."""
    short: dict[tuple[int, str], dict[int, str]] = defaultdict(dict)
    for e in entities.values():
        for n in e.names:
            if _short_form(n):
                for d in e.documents:
                    short[(d, fold(n))].setdefault(e.id, n)
    if not short:
        return
    seen: set[tuple[int, int]] = set()
    for e in entities.values():
        for n in e.names:
            for initials in initials_of(n):
                for d in e.documents:
                    found = short.get((d, initials), {})
                    if len(found) > max_block:
                        continue
                    for other, o_name in found.items():
                        pair = (e.id, other) if e.id < other else (other, e.id)
                        if other != e.id and pair not in seen:
                            seen.add(pair)
                            yield pair, reason, n, o_name


@cache
def _loose_initials(name: str) -> tuple[str, ...]:
    """The acronyms a unit's name after its owner's capitals may go by ("ABC Seed Quality
    Experts Group": sqeg, and with one inner word left out, seg, sqg, qeg is not: the first
    and the last word stay); none for a name without such an owner, or too short."""
    if has_han(name):
        return ()
    raw = name.split()
    if len(raw) < 4 or not _short_form(raw[0].strip(",")):
        return ()
    words = [w for w in words_of(" ".join(raw[1:]), canon=False) if w not in STOPWORDS]
    initials = "".join(w[0] for w in words)
    if len(initials) < SHORTEST + 1 or len(initials) > LONGEST:
        return ()
    inner = {initials[:i] + initials[i + 1 :] for i in range(1, len(initials) - 1)}
    return (initials, *sorted(inner))


def loosely(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each pair of organisations one document states, one named only by an acronym and
    the other a unit named after its owner's capitals whose other words it abbreviates, one
    inner word perhaps left out: (ids, "loosely", the full name, the acronym)."""
    return _by_initials(entities, max_block, _loose_initials, "loosely")
