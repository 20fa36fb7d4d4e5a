"""The countries and regions a text writes, by their English names: each country's names and
demonym (countries.tsv) and the regions the countries table names in Chinese only (resolve.txt
region_places: Hong Kong, Macao, Taiwan). One reader for the resolver, which places a generic
name by them (importers/resolve/text_places.py), and the review queue, which pairs a generic
name with a body of its text's country (store/review/generic.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from store.text import lexicon


@cache
def country_names() -> tuple[tuple[str, str], ...]:
    """(English name or demonym, code) of each country, in table order (countries.tsv)."""
    return tuple((n, row["code"]) for row in lexicon.table("countries.tsv") for n in row["en"])


@cache
def region_places() -> dict[str, tuple[str, ...]]:
    """{code: English names} of the regions the countries table names in Chinese only, so
    that English extraction never qualifies a body by them: the resolver still places "the
    Intellectual Property Department" of a Hong Kong text with them."""
    out: dict[str, tuple[str, ...]] = {}
    for line in lexicon.words("resolve.txt", "region_places"):
        code, names = line.split(maxsplit=1)
        out[code] = tuple(n.strip() for n in names.split("|"))
    return out


@cache
def place_names() -> dict[str, tuple[str, ...]]:
    """{code: English names} of the countries and of the regions named in Chinese only."""
    countries = {row["code"]: row["en"] for row in lexicon.table("countries.tsv") if row["en"]}
    return {**countries, **region_places()}


@cache
def _code_of() -> dict[str, str]:
    return {n: code for code, names in place_names().items() for n in names}


@cache
def _place_pattern() -> re.Pattern[str]:
    names = sorted(set(_code_of()), key=lambda w: (-len(w), w))  # longest first
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")


def place_counts(text: str) -> Counter[str]:
    """{code: how many times the text writes a name of that country or region}."""
    return Counter(_code_of()[m.group(0)] for m in _place_pattern().finditer(text))
