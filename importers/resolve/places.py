"""Generic names and the places that make them specific.

"State Council", "Ministry of Justice" or "the Intellectual Property Bureau" name a kind of
body, not which one: the resolver places them with what the document is about ("Chinese
State Council", "Shanghai Intellectual Property Bureau") before it looks them up.
"""

from __future__ import annotations

import re
from functools import cache

from sqlmodel import Session

from importers.resolve.countries import english_names, is_country_name
from store.models import Organisation
from store.text import has_han, lexicon


@cache
def generic_words() -> frozenset[str]:
    """Case-folded words that name a kind of body but not which one."""
    return lexicon.wordset("resolve.txt", "generic_words")


def is_generic(name: str) -> bool:
    """A name made only of generic words: it names a body only together with a place."""
    words = re.findall(r"[\w']+", name.replace("’", "'").casefold())
    return bool(words) and all(w in generic_words() for w in words) and not has_han(name)


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
    names (Shanghai), then the countries of the organisations it names (China, Chinese)."""
    local: dict[str, int] = {}
    countries: dict[str, int] = {}
    for oid in org_ids:
        org = session.get(Organisation, oid)
        if org is None:
            continue
        if org.kind == "government":
            place = _place_of(org.name)
            if place and not is_country_name(place):
                local[place] = local.get(place, 0) + 1
        if org.country:
            countries[org.country] = countries.get(org.country, 0) + 1
    out = sorted(local, key=lambda k: -local[k])
    for code in sorted(countries, key=lambda k: -countries[k]):
        out += list(english_names().get(code, ()))
    return out


def _place_of(government: str) -> str:
    """ "Shanghai Municipal Government" is the government of Shanghai."""
    words = re.findall(r"[\w']+", government)
    return " ".join(w for w in words if w.casefold() not in generic_words())
