"""A body's name cut before the country its state's long form names: "Embassy of X in the
People's Republic", "Ministry of Y of the Kingdom" (the sentence went on "of China", "of
Thailand"), 某国驻某某共和国 (cut before 大使馆). The name ends with a state's head word
(review.txt state_heads, zh_state_ends), perhaps after its modifiers (state_modifiers), and
no proper word before them says whose state ("Czech Republic", "Russian Federation" and
"United Kingdom" are countries, countries.tsv): whose state it is was left in the sentence.

The sign reuses the key `edge` of review_signals.tsv (a name cut from a sentence). Also: a
body described by a lower-case head ("IP authority of X"), unless it is a country's
government named by its country alone (`described`).
"""

from __future__ import annotations

import re
from functools import cache

from store.review.sign import Sign
from store.text import lexicon

_WHY = "ends with a state's form and no country: cut before 'of <country>'"


@cache
def _folded(section: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words("review.txt", section))


@cache
def _countries() -> frozenset[str]:
    rows = lexicon.table("countries.tsv")
    return frozenset(n.casefold() for r in rows for n in (*r["en"], *r["zh"]) if n)


def latin_cut_before_country(name: str) -> Sign | None:
    """An English name ending with a state's long form whose country was cut off."""
    words = re.findall(r"[\w'’.-]+", name)
    folded = [w.replace("’", "'").casefold() for w in words]
    if len(folded) < 2 or folded[-1] not in _folded("state_heads"):
        return None
    if _folded("state_named_heads") & set(folded):
        return None  # "University of the Republic": a body named after its state alone
    start = len(folded) - 1
    while start > 0 and folded[start - 1] in _folded("state_modifiers"):
        start -= 1
    form = " ".join(folded[start:])
    if form in _countries() or f"the {form}" in _countries():
        return None  # "United Kingdom", "the Dominican Republic": a country's name
    if start > 0 and words[start - 1][:1].isupper() and folded[start - 1] != "the":
        return None  # "Czech Republic", "Kyrgyz Republic": whose state is said
    return Sign("edge", _WHY)


def zh_cut_before_country(name: str) -> Sign | None:
    """A simplified Chinese name ending with a state's head or a country, itself none."""
    if name in _countries() or not name.endswith(_zh_ends()):
        return None
    return Sign("edge", _WHY)


@cache
def _zh_ends() -> tuple[str, ...]:
    """A state's head (共和国) or a country's Chinese name of two characters or more
    (大韩民国): no body's name ends with one."""
    names = {n for r in lexicon.table("countries.tsv") for n in r["zh"] if len(n) > 1}
    return (*lexicon.words("review.txt", "zh_state_ends"), *names)


def without_state_heads(words: set[str]) -> set[str]:
    """A name's words less a state's head ("Agency of the Republic of X" and "Agency of X"
    are one body's names): for the words of a name that names its country."""
    return words - _folded("state_heads")


def described(words: list[str], heads: list[str]) -> Sign | None:
    """A body described by lower-case HEADS ("IP authority of X"), unless a country or its
    demonym and heads review.txt country_named_heads lists are all it holds ("the Philippine
    government": the benchmark's conventions hold a country's government named)."""
    rest = " ".join(w.casefold() for w in words if w not in heads and w.casefold() != "the")
    if all(w.casefold() in _folded("country_named_heads") for w in heads) and rest in _countries():
        return None
    return Sign("described", f"described rather than named ({heads[0]!r})")
