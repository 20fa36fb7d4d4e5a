"""The countries table (store/text/words/countries.tsv) as the resolver reads it.

The resolver needs the English names only: the short name a body is qualified by ("Ministry
of Commerce (Cambodia)"), the demonym after it ("Cambodian Ministry of Commerce"), and the
other forms a document may place itself with.
"""

from __future__ import annotations

from functools import cache

from store.text import lexicon


@cache
def english_names() -> dict[str, tuple[str, ...]]:
    """{code: English names}, the short name first and the demonym second, in table order."""
    return {row["code"]: row["en"] for row in lexicon.table("countries.tsv") if row["en"]}


@cache
def code_of_name() -> dict[str, str]:
    """{casefolded English name or demonym: country code}, the first country to list a form."""
    out: dict[str, str] = {}
    for code, names in english_names().items():
        for n in names:
            out.setdefault(n.casefold(), code)
    return out


@cache
def demonyms() -> tuple[dict[str, str], dict[str, str]]:
    """({demonym: short name}, {short name: demonym}); the first row to list a form wins."""
    adj: dict[str, str] = {}
    noun: dict[str, str] = {}
    for forms in english_names().values():
        if len(forms) >= 2:
            adj.setdefault(forms[1], forms[0])
            noun.setdefault(forms[0], forms[1])
    return adj, noun


def is_country_name(name: str) -> bool:
    """Any English name of any country, compared case-folded."""
    return name.casefold() in _folded_names()


@cache
def _folded_names() -> frozenset[str]:
    return frozenset(n.casefold() for names in english_names().values() for n in names)
