"""The two sides a signing names by their countries' initials: 中欧双方, 中美两国.

News of a signing between China and another state or union often names the sides by their
initials before a pair word (中欧双方宣布签署…协定) and names the bodies that act for them
elsewhere: the state's government (implied by its leader, 国家主席某某) or the union itself
(欧盟). Each initial stands for that body when the text names it: a body named exactly as
the place (欧盟), else the one national government of that country the text has, else the one
body of that government it names (a ministry whose official speaks of the treaty: 商务部).
When either side has no such body, the signing is left to the other readings.
"""

from __future__ import annotations

import re

from importers.zh import lex as zh_lex
from importers.zh.orgs.collective import initials
from importers.zh.orgs.mention import Mention
from store.text import lexicon, to_simplified


def initial_sides(text: str, orgs: list[Mention], clause: tuple[int, int]) -> list[Mention]:
    """The bodies of the two sides named by initials before a pair word in text[clause]
    (中欧双方), or []."""
    cs, verb_at = clause
    pair = "|".join(map(re.escape, lexicon.words("zh_agreements.txt", "pair_references")))
    heads = "".join(initials())
    m = re.search(rf"([{heads}])([{heads}])(?:{pair})", to_simplified(text[cs:verb_at]))
    if m is None or m.group(1) == m.group(2):
        return []
    sides = [_side(initials()[m.group(k)], orgs) for k in (1, 2)]
    return [s for s in sides if s is not None] if all(sides) else []


def _side(places: tuple[str, ...], orgs: list[Mention]) -> Mention | None:
    """The body a place's initial stands for: one named as the place, else the one national
    government of the place's country the text names, else the one body of that country's
    government it names (商务部)."""
    named = [o for o in orgs if to_simplified(o.name) in places]
    if named:
        return named[0]
    codes = {zh_lex.countries().get(p) for p in places} - {None}
    bodies = [
        o
        for o in orgs
        if o.ref is not None and o.ref.kind == "government" and o.ref.country in codes
    ]
    for level in ([o for o in bodies if o.ref is not None and o.ref.parent is None], bodies):
        found = {o.ref.id: o for o in level if o.ref is not None}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None
