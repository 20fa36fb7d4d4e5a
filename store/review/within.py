"""Pairs of a unit named with and without the body it belongs to (review pairs.py asks for
them): a Chinese text names a college, an office or a department once in full, its parent
body first (某某大学某某学院, 某某组织中国办事处), and then by its own name alone
(某某学院, 中国办事处); a province's or a city's office is named in full and then by its
level alone (某某省知识产权局, 省知识产权局). Two entities one document states (or the
body above a unit it states), one name the other's end, where what comes before that end is
itself a body's name (it ends with a body's head word, zh.txt org_suffixes) or the end
opens with a level (zh.txt levels), may be one.

Only within one document: two bodies' China offices, in two documents, share the end. A
unit named after its body in each language (世界某某组织学院 / "WO Academy", the body known
in both scripts) pairs across documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from store.review.scripts import _zh_en_heads
from store.text import fold, has_han, lexicon, to_simplified

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
#: a unit's own name is a head and a word or two before it: shorter ones say nothing
SHORTEST_UNIT = 3
#: a body's whole name that a description ran on before: four characters or more (某某协会)
SHORTEST_NAMED = 4


@cache
def _body_heads() -> tuple[str, ...]:
    """The head words a parent body's name ends with (zh.txt org_suffixes)."""
    return tuple(lexicon.words("zh.txt", "org_suffixes"))


@cache
def _simple(name: str) -> str:
    return to_simplified(fold(name))


@cache
def _units(simple: str) -> tuple[str, ...]:
    """The ends of a Chinese name (simplified) that follow a body's name within it
    (某某大学某某学院: 某某学院), or a place's name before its level (某某省知识产权局:
    省知识产权局, zh.txt levels), or a description run on before a body's whole name
    (某国著名商界社团某某协会: 某某协会, an end of SHORTEST_NAMED characters or more that
    ends with a body's head itself), the shortest first part first."""
    heads, levels = _body_heads(), tuple(lexicon.words("zh.txt", "levels"))
    cuts = range(2, len(simple) - SHORTEST_UNIT + 1)
    named = simple.endswith(heads)
    return tuple(
        simple[cut:]
        for cut in cuts
        if simple[:cut].endswith(heads)
        or simple.startswith(levels, cut)
        or (named and len(simple) - cut >= SHORTEST_NAMED)
    )


def within(entities: dict[int, _Entity]) -> Iterable[Found]:
    """Each pair of organisations one document states where one's Chinese name is the end
    of the other's after a parent body's name: (ids, "within", the full name, the unit's);
    then the pairs of a unit named after its body in each language (`composed`)."""
    yield from composed(entities)
    by_document: dict[int, dict[str, dict[int, str]]] = defaultdict(lambda: defaultdict(dict))
    for e in entities.values():
        for holder in _stated_with(e, entities):
            for n in holder.names:
                if has_han(n):
                    for d in e.documents:
                        by_document[d][_simple(n)].setdefault(holder.id, n)
    seen: set[tuple[int, int]] = set()
    for names in by_document.values():
        for full, holders in names.items():
            for unit in _units(full):
                for a, a_name in holders.items():
                    for b, b_name in names.get(unit, {}).items():
                        key = (min(a, b), max(a, b))
                        if a != b and key not in seen:
                            seen.add(key)
                            yield key, "within", a_name, b_name


def _stated_with(e: _Entity, entities: dict[int, _Entity]) -> list[_Entity]:
    """The entity, and the body it belongs to: a text that names 某某自治区知识产权局 speaks
    of that region, and its 自治区人民政府 is the region's government, the office's parent,
    though the text never names that government in full."""
    parent = entities.get(e.parent) if e.parent is not None else None
    return [e] if parent is None else [e, parent]


def composed(entities: dict[int, _Entity]) -> Iterable[Found]:
    """A unit named after its body in each language, in any documents: the Chinese name is
    a body's Chinese name and a head (某某组织学院), the English one that body's English
    name or acronym and the head's translation ("... Academy", review.txt zh_en_heads);
    neither entity named in the other's script yet."""
    bodies: dict[str, list[str]] = {}  # a Chinese name -> the Latin names of its body
    english: dict[str, list[int]] = defaultdict(list)  # a folded Latin name -> entities
    for e in entities.values():
        scripts = [has_han(n) for n in e.names]
        if all(scripts):
            continue
        if any(scripts):
            latin = [n for n in e.names if not has_han(n)]
            for n in e.names:
                if has_han(n):
                    bodies.setdefault(_simple(n), latin)
        else:
            for n in e.names:
                english[fold(n)].append(e.id)
    seen: set[tuple[int, int]] = set()
    for e in entities.values():
        if not all(has_han(n) for n in e.names):
            continue
        for n in e.names:
            for body, en in _parent_and_head(_simple(n), bodies):
                for name in (f"{latin} {word}" for latin in body for word in en):
                    for other in english.get(fold(name), ()):
                        key = (min(e.id, other), max(e.id, other))
                        if key not in seen:
                            seen.add(key)
                            yield key, "translated", entities[other].name, n


def _parent_and_head(
    simple: str, bodies: dict[str, list[str]]
) -> Iterable[tuple[list[str], frozenset[str]]]:
    """(the Latin names of the body a Chinese name begins with, the English words of the
    head it ends with), for each head the name ends with."""
    for zh, en in _zh_en_heads():
        if simple.endswith(zh) and simple[: -len(zh)] in bodies:
            yield bodies[simple[: -len(zh)]], en
