"""Generic names and the places that make them specific.

"State Council", "Ministry of Justice" or "the Intellectual Property Bureau" name a kind of
body, not which one: the resolver places them with what the document is about ("Chinese
State Council", "Shanghai Intellectual Property Bureau") before it looks them up.
"""

from __future__ import annotations

import re
from functools import cache

from sqlmodel import Session

from importers.resolve.countries import is_country_name
from importers.resolve.generic_here import initials
from store import sql
from store.text import has_han, lexicon
from store.text.places import place_names


@cache
def generic_words() -> frozenset[str]:
    """Case-folded words that name a kind of body but not which one."""
    return lexicon.wordset("resolve.txt", "generic_words")


@cache
def generic_heads() -> frozenset[str]:
    """Case-folded heads only a state has ("ministry"): with any field after "of" and no
    place, a name of one is generic."""
    return lexicon.wordset("resolve.txt", "generic_heads_en")


def is_generic(name: str) -> bool:
    """A name made only of generic words, or a state's head and its field with no place in
    it ("Ministry of Economy"): it names a body only together with a place."""
    words = re.findall(r"[\w']+", name.replace("’", "'").casefold())
    if not words or has_han(name):
        return False
    if all(w in generic_words() for w in words):
        return True
    head = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).split()
    return (
        len(head) > 2
        and head[0].casefold() in generic_heads()
        and head[1] == "of"
        and "(" not in name
        and not _places_in(name)
    )


def generic_names(names: list[str]) -> list[str]:
    """Those of one body's NAMES that name it only with a place: the generic ones, and an
    acronym the text gives one of them ("Ministry of Economy (MoE)", "Intellectual Property
    Office (IPO)"), which is as generic as the name it abbreviates."""
    generic = [n for n in names if is_generic(n)]
    return [n for n in names if n in generic or any(_abbreviates(n, g) for g in generic)]


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ACRONYM, one token, is the initials of NAME's words ("MOE") or its capitals
    are those of NAME's capitalised words ("MoE", "IPO")."""
    capitals = "".join(c for c in acronym if c.isupper())
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,9}", acronym) or len(capitals) < 2:
        return False
    words = re.findall(r"[\w']+", name)
    return acronym.upper() == "".join(w[0] for w in words).upper() or capitals == initials(name)


def _places_in(name: str) -> bool:
    """Whether any word or run of words of the name is an English name of a country."""
    words = re.findall(r"[\w'’.-]+", name)
    return any(
        is_country_name(" ".join(words[i:j]))
        for i in range(len(words))
        for j in range(i + 1, min(i + 5, len(words) + 1))
    )


def qualified(name: str, places: list[str]) -> list[str]:
    """A generic name placed: "Shanghai Intellectual Property Bureau", "Chinese State Council",
    "Ministry of Justice of China"."""
    bare = re.sub(r"^(?:the\s+)", "", name.strip(), flags=re.IGNORECASE)
    out = []
    for place in places:
        out += [f"{place} {bare}", f"{bare} of {place}", f"{bare} of the {place}"]
    return out


def document_places(session: Session, org_ids: list[int]) -> list[str]:
    """Places a document is about, most specific first: the places of the governments it
    names (Shanghai), then the countries and regions of the organisations it names (China,
    Chinese; Hong Kong, whose bodies the countries table names in Chinese only)."""
    local: dict[str, int] = {}
    countries: dict[str, int] = {}
    stored = _organisations(session, org_ids)
    for oid in org_ids:
        if oid not in stored:
            continue
        name, kind, country = stored[oid]
        if kind == "government":
            place = _place_of(name)
            if place and not is_country_name(place):
                local[place] = local.get(place, 0) + 1
        if country:
            countries[country] = countries.get(country, 0) + 1
    out = sorted(local, key=lambda k: -local[k])
    for code in sorted(countries, key=lambda k: -countries[k]):
        out += place_names().get(code, ())
    return out


def _organisations(
    session: Session, ids: list[int]
) -> dict[int, tuple[str, str | None, str | None]]:
    """{id: (name, kind, country)} of the stored organisations among IDS, in one query."""
    distinct = sorted(set(ids))
    if not distinct:
        return {}
    marks = ", ".join("?" * len(distinct))
    query = f"SELECT id, name, kind, country FROM organisation WHERE id IN ({marks})"
    return {
        oid: (name, kind, country)
        for oid, name, kind, country in sql.rows(session, query, distinct)
    }


def _place_of(government: str) -> str:
    """ "Shanghai Municipal Government" is the government of Shanghai."""
    words = re.findall(r"[\w']+", government)
    return " ".join(w for w in words if w.casefold() not in generic_words())
