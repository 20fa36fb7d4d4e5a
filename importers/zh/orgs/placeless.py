"""A place's known body named without its place (贸易发展局 of 香港贸易发展局).

A Special Administrative Region's own texts leave the region out of its bodies' names: the
reader knows whose bureau is meant, since the text names the region's other bodies. A reference
body of such a region ([placeless_regions]) whose Chinese name opens with its place (香港,
澳门特别行政区) is found by the rest of that
name too, when the rest is long enough to name one body (five characters or more), it is the
tail of no other reference name (知识产权局 ends many offices' names, so it names none), a name
may begin where it stands, and the text names another known body of the same place outright.
"""

from __future__ import annotations

from collections.abc import Sequence

from importers.gazetteer import NameFinder, Reference, RefOrg, name_finder
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.shape import org_openers
from store.text import has_han, is_han, to_simplified

#: The fewest characters the rest of a name needs to name one body alone.
MIN_REST = 5

_PLACELESS: dict[int, tuple[Reference, dict[str, RefOrg], NameFinder | None]] = {}


def placeless(text: str, reference: Reference, found: Sequence[Mention]) -> list[Mention]:
    """The mentions of known bodies named without their place (see the module)."""
    places = {m.ref.country for m in found if m.ref is not None and m.ref.country}
    by_rest, finder = _rests(reference)
    if not places or finder is None:
        return []
    out = []
    for m in finder.finditer(text):
        org = by_rest.get(m.group(0))
        if org is None or org.country not in places:
            continue
        if any(k.start < m.end() and m.start() < k.end for k in found):
            continue  # 香港 + 贸易发展局: the full name already found
        s = m.start()
        if s > 0 and is_han(text[s - 1]) and text[s - 1] not in org_openers():
            continue  # 某部 + 贸易发展局: the tail of another body's name
        out.append(Mention(s, m.end(), squash(m.group(0)), org, "gazetteer"))
    return out


def _rests(reference: Reference) -> tuple[dict[str, RefOrg], NameFinder | None]:
    """Each placeless rest -> its one body, and a finder for them: built once per reference."""
    cached = _PLACELESS.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1], cached[2]
    places = zh_lex.countries()
    names = [(to_simplified(n), o) for n, o in reference.org_names() if has_han(n)]
    rests: dict[str, RefOrg | None] = {}
    for name, org in names:
        place = next((p for p in zh_lex.countries_longest() if name.startswith(p)), None)
        rest = name[len(place) :] if place else ""
        if place is None or places[place] != org.country or len(rest) < MIN_REST:
            continue
        if org.country not in zh_lex.words("placeless_regions"):
            continue
        rests[rest] = org if rests.get(rest, org) is org else None
    shared = {r for r in rests if any(n.endswith(r) and o is not rests[r] for n, o in names)}
    by_rest = {r: o for r, o in rests.items() if o is not None and r not in shared}
    finder = name_finder(by_rest, edges="latin")
    _PLACELESS[id(reference)] = (reference, by_rest, finder)
    return by_rest, finder
