"""A country's name before another body's short name names that country's body: in a Taiwan
text 智慧局 is the home office, but 菲律賓智慧局 is the Philippines' own office, the one the
text also calls 菲律賓智慧財產局. So a name that is a country plus the short name of a
reference body of another country never joins that body; it joins the group named with the
same country and a longer form of the short name (智慧局 is 智慧財產局 with characters
left out, the way Chinese shortens names), when there is exactly one such group. A name the
reference knows as a body of its own (歐盟智慧財產局, the EUIPO) never joins another reference
body whose name it ends with (智慧財產局, Taiwan's office). A country plus another country's
IP office's short name (馬來西亞智慧局) with no longer form in the text is the one IP office
of that country the text names otherwise (MyIPO), when it names exactly one.
"""

from __future__ import annotations

from importers.gazetteer import Reference
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from store.text import fold, to_simplified

Groups = dict[str, list[Mention]]


def place_target(keys: Groups, key: str, place: str, rest: str, target: str) -> str | None:
    """The group that `place` + `rest` (a mention of group `key`) joins, `rest` being a name
    of group `target`: `target` itself (中国贸促会 and 贸促会), unless the place is a country
    other than that of target's reference body; then its own country's body, or none."""
    country = zh_lex.countries().get(place)
    ref = next((m.ref for m in keys[target] if m.ref), None)
    own_ref = next((m.ref for m in keys[key] if m.ref), None)
    if own_ref is not None and ref is not None and own_ref.id != ref.id:
        return None
    if country is None or ref is None or not ref.country or ref.country == country:
        return target
    own = {
        k
        for k, ms in keys.items()
        if k not in (key, target)
        for m in ms
        if m.name.startswith(place) and _shortens(rest, fold(m.name[len(place) :]))
    }
    return own.pop() if len(own) == 1 else None


def _shortens(short: str, full: str) -> bool:
    """Whether `short` is `full` with characters left out, its last kept (智慧局 of 智慧财产局)."""
    if len(short) >= len(full) or not short or short[-1] != full[-1]:
        return False
    chars = iter(full)
    return all(c in chars for c in short)


def own_office_merge(keys: Groups, reference: Reference) -> dict[str, str]:
    """新加坡智慧局 beside IPOS: a country's name, then the short name of another country's
    IP office (智慧局 is Taiwan's), names the country's own IP office; the group joins the one
    group the text names with a reference IP office of that country, if there is one."""
    merged: dict[str, str] = {}
    for key, ms in keys.items():
        if any(m.ref for m in ms):
            continue
        for m in ms:
            place = next((p for p in zh_lex.countries_longest() if m.name.startswith(p)), None)
            short = reference.org_named(to_simplified(m.name[len(place) :])) if place else None
            country = zh_lex.countries().get(place) if place else None
            if short is None or short.kind != "ip_office" or short.country == country:
                continue
            own = {
                k
                for k, others in keys.items()
                if k != key
                for o in others
                if o.ref is not None and o.ref.kind == "ip_office" and o.ref.country == country
            }
            if len(own) == 1:
                merged[key] = own.pop()
                break
    return merged
