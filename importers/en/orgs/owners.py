"""A country's possessive after "and": "the X Office and Zambia's Y Agency" names two bodies.

A possessive is never inside a name (bar the few a name owns: "People's", "Women's"), so a
country's possessive right after "and" opens a second name, the country qualifying it,
whatever words the second name holds before its head ("Patents and Companies ...").
"""

from __future__ import annotations

from importers.en.words import COUNTRY_OF, NAME_POSSESSIVES


def opens_with_country_owner(words: list[str]) -> bool:
    """The words after "and" open with a country's possessive ("Zambia's", "Viet Nam's",
    "the Philippines'")."""
    if words[:1] and words[0].casefold() == "the":
        words = words[1:]
    for n, word in enumerate(words[:3], start=1):
        low = word.casefold().replace("’", "'")
        if low.endswith("'s") and low not in NAME_POSSESSIVES:
            return " ".join([*words[: n - 1], word[:-2]]).casefold() in COUNTRY_OF
    return False


def country_after_and(words: list[str], k: int) -> bool:
    """The possessive at `k` is a country's named right after "and" ("the X Ministry of
    Trade and Brazil's Ministry of Y"): it opens the second body, and the words before "and"
    are the first body's, never an owner of which the country would be a part."""
    for m in range(k - 1, max(k - 4, -1), -1):
        if words[m].casefold() in ("and", "&"):
            return opens_with_country_owner(words[m + 1 :])
    return False
