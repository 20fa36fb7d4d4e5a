"""The head of a Special Administrative Region named by title alone: 行政長官某某.

A Hong Kong or Macao text writes its Chief Executive's title with nothing before it. The post
heads the region's government, so where the text names that government as a body of its own
(由香港特別行政區政府…合辦, 以澳門特別行政區政府名義), the role is at it. Where the text names
no such government, or the governments of both regions, the title stays a post of its own
with no body (`facts._bodiless`), since nothing in the text says which region it heads.
Where the region itself is written right before the title (香港特別行政區行政長官), the title
says which region it heads: the role is at that region's government whatever else the text
names.
"""

from __future__ import annotations

from importers.gazetteer import Reference
from importers.zh import lex as zh_lex
from importers.zh.orgs.aliases import region_governments
from importers.zh.orgs.mention import Mention
from importers.zh.portfolio import portfolio_rule
from importers.zh.roles import PersonHit


def region_heads(
    text: str, hits: list[PersonHit], orgs: list[Mention], reference: Reference
) -> list[Mention]:
    """Give each 行政长官 with no body the government of the region written before its title,
    else the one region's government the text names; returns the governments' mentions that
    the text does not name as bodies of their own (to be added)."""
    titles = set(zh_lex.people_lexicon("bodiless_titles"))
    heads = [h for h in hits if h.org is None and not h.bodiless and h.title in titles]
    placed = [m for h in heads if (m := _region_before_title(text, h, reference)) is not None]
    heads = [h for h in heads if h.org is None]
    gov = _named_government(orgs)
    made = gov is None
    gov = gov or _opening_government(orgs, reference)
    if gov is None:
        return placed
    for h in heads:
        h.org = gov
    return placed + ([gov] if made and heads else [])


def _region_before_title(text: str, h: PersonHit, reference: Reference) -> Mention | None:
    """The government of the region written right before `h`'s title (香港特别行政区 +
    行政长官: its name without 政府), set as `h`'s body; None when no region stands there."""
    title = h.title or ""
    k = text.rfind(title, h.span_start, h.start)
    if k < 0 or text[k + len(title) : h.start].strip():
        return None
    regions, _head = portfolio_rule()
    ends = tuple(zh_lex.people_lexicon("government_heads"))
    for name, ref in reference.org_names():
        if ref.kind != "government" or ref.parent is not None or ref.country not in regions:
            continue
        end = next((e for e in ends if name.endswith(e)), "")
        region = name[: -len(end)] if end else ""
        if len(region) >= 2 and text.startswith(region, k - len(region)):
            h.org = Mention(k - len(region), k, region + end, ref, source="implied")
            h.span_start = min(h.span_start, k - len(region))
            return h.org
    return None


def _opening_government(orgs: list[Mention], reference: Reference) -> Mention | None:
    """澳门特别行政区政府经济局 in a text that names no government alone: the government whose
    full name opens its bodies' names, when every regional body the text names is of that
    one region (a Macao gazette publishing an arrangement with a Hong Kong body names two)."""
    regions, _head = portfolio_rule()
    found: dict[str, Mention] = {}
    for m in orgs:
        for full, _short in region_governments(m.name) if m.source != "implied" else ():
            ref = reference.org_named(full)
            if ref is not None and ref.kind == "government" and ref.country in regions:
                found.setdefault(
                    ref.id, Mention(m.start, m.start + len(full), full, ref, source="implied")
                )
    countries = {m.ref.country for m in orgs if m.ref is not None and m.ref.country in regions}
    if len(found) != 1 or len(countries) > 1:
        return None
    return next(iter(found.values()))


def _named_government(orgs: list[Mention]) -> Mention | None:
    """The government of Hong Kong or Macao the text names as a body (not one only implied
    by a title, nor one inside a longer name, which is no mention of its own), when there is
    exactly one."""
    regions, _head = portfolio_rule()
    found = [
        o
        for o in orgs
        if o.source != "implied"
        and o.ref is not None
        and o.ref.kind == "government"
        and o.ref.parent is None
        and o.ref.country in regions
    ]
    return found[0] if len({o.ref.id for o in found if o.ref}) == 1 else None
