"""Names that open with their level and leave their place out (自治区人民政府, 省知识产权局).

A region's or a province's own texts name its bodies so: the reader knows which region from
the other names of the document (新疆维吾尔自治区知识产权局). The place is that of the one
place of the level the document's names give, and only a place whose people's government
the reference data knows counts (so 经济产业省 gives no province). The placed name is only
tried as a name: it links a fact to a body already known, never makes one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from importers.gazetteer import Reference
from store.text import lexicon, to_simplified

WORDS = "resolve.txt"


@cache
def _levels() -> tuple[str, ...]:
    return lexicon.words(WORDS, "local_levels_zh")


@cache
def _government() -> tuple[str, ...]:
    return lexicon.words(WORDS, "local_government_zh")


def local_places(ref: Reference, names: Iterable[str]) -> dict[str, str]:
    """{level: place} for each level of which the names give exactly one place."""
    found: dict[str, set[str]] = {}
    for name in map(to_simplified, names):
        for level in _levels():
            at = name.find(level)
            place = name[: at + len(level)] if at > 0 else ""
            if place and any(ref.org_named(place + g) for g in _government()):
                found.setdefault(level, set()).add(place)
    return {level: places.pop() for level, places in found.items() if len(places) == 1}


def with_place(name: str, places: Mapping[str, str]) -> list[str]:
    """自治区人民政府 → 新疆维吾尔自治区人民政府 where the document's region is Xinjiang."""
    simple = to_simplified(name.strip())
    return [
        places[level] + simple[len(level) :]
        for level in _levels()
        if level in places and simple.startswith(level) and len(simple) > len(level)
    ]
