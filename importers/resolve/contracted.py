"""A Chinese body named in full, then by its place, level and head only: one body.

A text that names 某省知识产权局 often calls it 某省局 later (or 某局, the level left out
too): the place and its level keep the body's place, the head (局) its kind, and the words
between are left out as understood.
The extractor finds two names; in one document the short one is another way of writing the
one body of the document that opens with that place and level and ends with that head. When
two bodies of the document fit (某市知识产权局 and 某市市场监督管理局), the short name decides
nothing and stays as it is.

Some kinds of body have an official short head that stands for a whole head (高院 for
高级人民法院): 某省高级人民法院 is 某高院 or 某省高院, the place kept, its level left out or
not, and no words between ([contracted_whole_heads_zh]).
"""

from __future__ import annotations

from functools import cache

from importers.facts import OrgFact
from store.text import has_han, lexicon, to_simplified

WORDS = "resolve.txt"


def contracted_into(orgs: list[OrgFact]) -> dict[str, str]:
    """{key of a body named only by place, level and head: key of the one body of the
    document its full name gives}."""
    out: dict[str, str] = {}
    for o in orgs:
        if o.ref is not None:
            continue
        for n in [o.name, *o.aliases]:
            cuts = _cuts(n)
            whole = _whole_forms(n)
            if not cuts and not whole:
                continue
            full = {
                x.key
                for x in orgs
                if x.key != o.key and (any(_spelt_by(x, c) for c in cuts) or _named_by(x, whole))
            }
            if len(full) == 1:
                out[o.key] = full.pop()
                break
    return {k: v for k, v in out.items() if v not in out}


def contraction(name: str) -> tuple[str, str] | None:
    """(place and level, head) of a name made of only those (广东省局: 广东省, 局), else
    None; the place is two characters or more."""
    plain = to_simplified(name.strip())
    if not plain or not all(has_han(c) for c in plain):
        return None
    for head in _heads():
        stem = plain[: -len(head)]
        if not plain.endswith(head):
            continue
        for level in _levels():
            if stem.endswith(level) and len(stem) - len(level) >= 2:
                return stem, head
    return None


def _cuts(name: str) -> list[tuple[str, str]]:
    """The (place and level, head) a short name may stand for: its own (广东省局), else, for
    a place and head with no level (广东局), the place with each level after it: the full
    name the document gives decides which (广东省知识产权局)."""
    cut = contraction(name)
    if cut is not None:
        return [cut]
    plain = to_simplified(name.strip())
    head = next((h for h in _heads() if plain.endswith(h)), None)
    if head is None or len(plain) - len(head) < 2 or not all(has_han(c) for c in plain):
        return []
    return [(plain[: -len(head)] + level, head) for level in _levels()]


def _spells(name: str, cut: tuple[str, str]) -> bool:
    """Whether the full name opens with the place and level and ends with the head, with
    words between them."""
    stem, head = cut
    plain = to_simplified(name.strip())
    return plain.startswith(stem) and plain.endswith(head) and len(plain) > len(stem) + len(head)


def _whole_forms(name: str) -> set[str]:
    """The full names a name with a short head stands for (某高院: 某高级人民法院, 某省高级人民
    法院, 某市…), in Simplified; none for any other name. The place is two characters or
    more."""
    plain = to_simplified(name.strip())
    for short, head in _whole_heads():
        place = plain[: -len(short)]
        if plain.endswith(short) and len(place) >= 2 and all(has_han(c) for c in place):
            return {place + head} | {place + level + head for level in _levels()}
    return set()


def _named_by(o: OrgFact, forms: set[str]) -> bool:
    return any(to_simplified(n.strip()) in forms for n in [o.name, *o.aliases])


@cache
def _whole_heads() -> tuple[tuple[str, str], ...]:
    """(short head, the full head it stands for) pairs."""
    pairs = (w.split("=", 1) for w in lexicon.words(WORDS, "contracted_whole_heads_zh"))
    return tuple((s.strip(), h.strip()) for s, h in pairs)


def _spelt_by(o: OrgFact, cut: tuple[str, str]) -> bool:
    return any(_spells(n, cut) for n in [o.name, *o.aliases])


@cache
def _levels() -> tuple[str, ...]:
    return lexicon.words(WORDS, "contracted_levels_zh")


@cache
def _heads() -> tuple[str, ...]:
    return lexicon.words(WORDS, "contracted_heads_zh")
