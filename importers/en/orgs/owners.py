"""A country's possessive after "and": "the X Office and Zambia's Y Agency" names two bodies.

A possessive is never inside a name (bar the few a name owns: "People's", "Women's"), so a
country's possessive right after "and" opens a second name, the country qualifying it,
whatever words the second name holds before its head ("Patents and Companies ...").
"""

from __future__ import annotations

import re

from importers.en.words import COUNTRY_OF, NAME_POSSESSIVES, ORG_HEADS
from store.text import lexicon

#: Heads of the parts a body names after its possessive ("X's IP Committee").
NAMED_ORGAN_HEADS = lexicon.wordset("en_orgs.txt", "named_organ_heads")


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


def acronym_owns_complement(before: list[str], stem: str, after: list[str]) -> bool:
    """'the X Center of the CNIPA's Patent Office': a possessive acronym after "of the" in a
    head's complement, then a body's name, owns the body that the complement is: the whole
    is one name (the centre of that office), not the centre of the acronym's body and a
    second body. A part named after the possessive (a committee) stays its owner's."""
    return (
        len(before) >= 2
        and [w.casefold() for w in before[-2:]] == ["of", "the"]
        and re.fullmatch(r"[A-Z]{2,8}", stem) is not None
        and len(after) >= 2
        and after[-1].casefold() in ORG_HEADS
        and after[-1].casefold() not in NAMED_ORGAN_HEADS
    )
