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

from collections import Counter

from importers.gazetteer import Reference, RefOrg
from importers.resolve.national import national_office
from importers.resolve.places import qualified
from importers.resolve.variants import name_variants
from store.text.places import place_counts, place_names


def placed_in_text(
    ref: Reference, names: list[str], text: str, *, tried: list[str]
) -> RefOrg | None:
    """The one reference body that NAMES (generic) name in a place the text writes, the
    places already `tried` left out; None when no place or several bodies fit."""
    counts = place_counts(text)
    places = [p for p in _names_by_count(counts) if p not in tried]
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
    top = _most_written(counts)
    offices = {
        r.id: r
        for place in place_names().get(top or "", ())
        if place not in tried
        for q in (q for n in names for q in qualified(n, [place]))
        if (r := national_office(ref, q)) is not None
    }
    return next(iter(offices.values())) if len(offices) == 1 else None


def _most_written(counts: Counter[str]) -> str | None:
    """The code of the one country or region the text writes more often than any other."""
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def named_places(text: str) -> list[str]:
    """The English names of the countries and regions the text writes, those it writes
    most often first."""
    return _names_by_count(place_counts(text))


def _names_by_count(counts: Counter[str]) -> list[str]:
    return [n for code, _ in counts.most_common() for n in place_names()[code]]
