"""An acronym the text never spells out, given to a country: that country's body.

"Brazil's INPI" owns the acronym by the possessive; "the patent offices of Chile (INAPI) and
Brazil (INPI)" gives each country its office's acronym in brackets after a plural (or
singular) head noun in lower case and "of". Many offices share an acronym (INPI is
France's, Brazil's, Argentina's), so the country is what tells which body the acronym is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from importers.en.orgs.model import Orgs
from importers.en.words import COUNTRY_OF, NON_ORG_ACRONYMS, ORG_HEADS

_COUNTRYS_ACRONYM = re.compile(r"\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)['’]s[ \t]+([A-Z]{3,8})\b")

_COUNTRY_BRACKET = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+\([A-Z]{3,8}\)"
#: "offices of Chile (INAPI) and Brazil (INPI)": a head noun in lower case, "of", and one or
#: more countries, each with an acronym in brackets.
_HEADS_OF_COUNTRIES = re.compile(
    rf"\b([a-z]+)\s+of\s+(?:the\s+)?({_COUNTRY_BRACKET}"
    rf"(?:(?:,|,?\s+and)\s+(?:the\s+)?{_COUNTRY_BRACKET})*)"
)
_ONE_COUNTRY = re.compile(r"([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+\(([A-Z]{3,8})\)")


def find_country_acronyms(text: str, orgs: Orgs) -> None:
    """Each acronym a country owns ("Brazil's INPI", "the offices of Brazil (INPI)") names
    that country's body (which the reference data may know by it)."""
    found = [(m.group(1), m.start(2), m.end(2)) for m in _COUNTRYS_ACRONYM.finditer(text)]
    found += _heads_countries(text)
    for country, start, end in found:
        code = COUNTRY_OF.get(country.casefold())
        acr = text[start:end]
        if code is None or acr in NON_ORG_ACRONYMS or acr.casefold() in COUNTRY_OF:
            continue  # ("Korea (ROK)": the country's own short form)
        known = orgs.lookup(acr)
        if orgs.covered(start, end):
            if known is not None and (start, end) in known.spans and known.country is None:
                known.country = code  # the acronym's own entry, found by its uses alone
            continue
        if known is not None and known.country not in (None, code):
            continue
        entry = orgs.add(acr, start, end, into=known, country=code)
        entry.country = entry.country or code


def acronym_of_countrys_office(text: str, bracket: int) -> bool:
    """'the patent offices of Chile (INAPI) and Brazil (INPI)': an acronym bracketed (at
    `bracket`) after a country a body's head noun is "of", whichever country of the list, is
    that country's body's, a body's acronym however the text spells it."""
    return bracket in _country_brackets(text)


@lru_cache(maxsize=4)
def _country_brackets(text: str) -> frozenset[int]:
    found = _heads_countries(text)
    return frozenset(start - 1 for country, start, _ in found if country.casefold() in COUNTRY_OF)


def _heads_countries(text: str) -> list[tuple[str, int, int]]:
    """(country, acronym start, acronym end) of each country bracketed after a lower-case
    head noun of a body and "of" ("offices of Chile (INAPI) and Brazil (INPI)")."""
    return [
        (c.group(1), c.start(2), c.end(2))
        for m in _HEADS_OF_COUNTRIES.finditer(text)
        if _singular(m.group(1)) in ORG_HEADS
        for c in _ONE_COUNTRY.finditer(text, m.start(2), m.end(2))
    ]


def _singular(word: str) -> str:
    """'offices' → 'office', 'agencies' → 'agency'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word
