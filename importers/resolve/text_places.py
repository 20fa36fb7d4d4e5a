"""A generic name placed by the places the text itself names.

"The Intellectual Property Department signed a memorandum with IP Australia" names one body
of Australia; the department is Hong Kong's because the text says "Hong Kong", not because
any body it names is there. When the places of the named bodies leave a generic name
unplaced, the countries and regions the text writes are tried, and the name is the one
reference body those places give: a text naming two places whose bodies both fit decides
nothing. A generic IP office's name ("IP Office") with the place the text writes most is that
country's one national IP office, as "Ukraine IP Office" would be.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from importers.gazetteer import Reference, RefOrg, alternation
from importers.resolve.countries import english_names
from importers.resolve.national import national_office
from importers.resolve.places import qualified, region_places
from importers.resolve.variants import name_variants


def placed_in_text(
    ref: Reference, names: list[str], text: str, *, tried: list[str]
) -> RefOrg | None:
    """The one reference body that NAMES (generic) name in a place the text writes, the
    places already `tried` left out; None when no place or several bodies fit."""
    places = [p for p in named_places(text) if p not in tried]
    for turn in (False, True):  # the name as written first: one text may name two
        # countries' offices by the two orders of one name (Intellectual Property
        # Department, Department of Intellectual Property)
        found: dict[str, RefOrg] = {}
        for place in places:
            for q in (q for n in names for q in qualified(n, [place])):
                forms = name_variants(q, turn=turn)
                r = next((x for x in map(ref.org_named, forms) if x is not None), None)
                if r is not None:
                    found[r.id] = r
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    # "IP Office" in a text that writes "Ukraine" and "Ukrainian": the country's one national
    # IP office, whatever its own name ("... Office for Intellectual Property and ...")
    top = _most_written(text)
    offices = {
        r.id: r
        for place in _places_of().get(top or "", ())
        if place not in tried
        for q in (q for n in names for q in qualified(n, [place]))
        if (r := national_office(ref, q)) is not None
    }
    return next(iter(offices.values())) if len(offices) == 1 else None


def _most_written(text: str) -> str | None:
    """The code of the one country or region the text writes more often than any other."""
    top = Counter(_code_of()[m.group(0)] for m in _place_pattern().finditer(text)).most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def named_places(text: str) -> list[str]:
    """The English names of the countries and regions the text writes, those it writes
    most often first."""
    counts = Counter(_code_of()[m.group(0)] for m in _place_pattern().finditer(text))
    return [n for code, _ in counts.most_common() for n in _places_of()[code]]


@cache
def _places_of() -> dict[str, tuple[str, ...]]:
    """{code: English names} of the countries and of the regions named in Chinese only."""
    return {**english_names(), **region_places()}


@cache
def _code_of() -> dict[str, str]:
    return {n: code for code, names in _places_of().items() for n in names}


@cache
def _place_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(_code_of())})(?![\w-])")
