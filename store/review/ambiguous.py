"""A name several states' bodies bear: a body named without its country ("Intellectual
Property Department") that could be one of two or more bodies of different countries,
each named in full, is at most one of them, and may be neither (a third body of the same
generic name). So each such pair's likelihood is shared among the candidates: divided by
the number of countries they belong to, plus one for neither. A reviewer then meets
these pairs below those with one candidate only, or not at all.

But a text names a body bare when its country is plain from the text: where the documents
naming the bare body name other bodies of one of the candidates' countries only, or name
one of the candidates' countries only (read for a generic name: generic.py), that candidate
is the one meant (the others' pairs stay shared)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, Protocol


class _Located(Protocol):
    country: str | None
    names: list[str]
    documents: set[int]
    countries: frozenset[str]  # that its texts name (generic.py; empty when not read)


def shared_among_countries(
    pairs: list[Any], entities: Mapping[int, _Located], names_country: Callable[[str], bool]
) -> list[Any]:
    """PAIRS (kind, a, b, p_same, why) with the pairs of a countryless body (none of its names
    NAMES_COUNTRY: 英国某某署 is the British one) and bodies of two or more countries weighed
    down, likeliest first."""
    countries: dict[int, set[str]] = defaultdict(set)
    bare = {i for i, e in entities.items() if e.country is None}
    for p in pairs:
        for one, other in ((p.a, p.b), (p.b, p.a)):
            country = entities[other].country
            if one in bare and country:
                countries[one].add(country)
    countries = {
        i: c
        for i, c in countries.items()
        if len(c) >= 2 and not any(names_country(n) for n in entities[i].names)
    }
    meant = {i: _country_of_its_texts(i, c, entities) for i, c in countries.items()}
    out = []
    for p in pairs:
        for one, other in ((p.a, p.b), (p.b, p.a)):
            k = len(countries.get(one, ()))
            if k >= 2 and meant[one] != entities[other].country:
                p = replace(p, p_same=round(p.p_same / (k + 1), 3))
        out.append(p)
    out.sort(key=lambda x: (-x.p_same, x.a, x.b))
    return out


def _country_of_its_texts(
    bare: int, candidates: set[str], entities: Mapping[int, _Located]
) -> str | None:
    """The one candidate country the documents naming BARE name, or whose bodies they also
    name, if one."""
    spoken = candidates & entities[bare].countries
    if len(spoken) == 1:
        return next(iter(spoken))
    docs = entities[bare].documents
    named = {
        e.country
        for i, e in entities.items()
        if i != bare and e.country in candidates and e.documents & docs
    }
    return next(iter(named)) if len(named) == 1 else None
