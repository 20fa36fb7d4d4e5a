"""The body of an official the text names with a title and no body, found elsewhere.

roles.py reads a role's body from what stands before the title ([机构][职务][姓名]). When
nothing does (副省长某某, 某某局长会见…), the body may still be known: the one government of
that level the text names or implies, the body the reference gives a known official's
title, or, for a secretary of a Special Administrative Region, the region's government.
These read the document's other bodies and the reference, not the clause; `ladder_roles`
reads the sentence: deputies named after their head (会见了甲组织总干事某某，并与副总干事
某某会谈) are at the head's body.
"""

from __future__ import annotations

from importers.gazetteer import Reference, RefOrg
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.aliases import region_governments
from importers.zh.orgs.mention import Mention
from importers.zh.portfolio import portfolio_rule, sar_portfolio
from importers.zh.roles import PersonHit
from store.text import is_han
from store.text.titles import title_key, translations


def government_roles(hits: list[PersonHit], orgs: list[Mention]) -> list[Mention]:
    """副省长陈洪涛 with no organisation stated: the one provincial government the text
    names (浙江省人民政府, if only in a breadcrumb). Same for cities, counties, regions. When
    the text names no such government but bodies of one place only (北京市知识产权局), the
    title is that place's people's government's; when it names no place at all, the one
    government it names by the level alone (省政府); returns the governments it implied."""
    levels = zh_lex.pairs("government_titles")
    made: list[Mention] = []
    for h in hits:
        level = levels.get(h.title or "")
        if h.org is not None or level is None:
            continue
        govs = [o for o in orgs if o.name.endswith((level + "人民政府", level + "政府"))]
        full = [o for o in govs if len(o.name) > len(level + "政府")]  # not 市政府 alone
        if len({o.name for o in full}) == 1:
            h.org = full[0]
            continue
        places = {p for o in orgs if (p := _place_of(o.name, level))}
        if not full and len(places) == 1 and h.title:
            at = h.start - len(h.title)
            h.org = Mention(at, h.start, places.pop() + "人民政府", source="implied")
            made.append(h.org)
        elif not full and not places and len({o.name for o in govs}) == 1:
            h.org = govs[0]  # 省政府 alone in a text that names no place: that government
    return made


def placed_governments(
    text: str, toks: list[Token], hits: list[PersonHit], orgs: list[Mention]
) -> list[Mention]:
    """某市副市长某某: a place of the title's level written right before a government's title
    (a mayor's city, a governor's province) names that place's government, the body of the
    role; the place is then a form of the government's name (the one the text names, else its
    people's government). Returns the mentions of the governments so named."""
    levels = zh_lex.pairs("government_titles")
    made: list[Mention] = []
    for h in hits:
        title = h.title or ""
        level = levels.get(title)
        at = h.start - len(title)
        if level is None or not title or text[at : h.start] != title:
            continue
        place = next((t for t in toks if t.end == at and t.pos == "ns"), None)
        if place is None or not place.word.endswith(level) or len(place.word) <= len(level):
            continue
        own = (place.word + "人民政府", place.word + "政府")
        if h.org is not None and h.org.name not in own:
            continue
        gov = h.org or next((o for o in orgs if o.name in own and o.source != "implied"), None)
        name, ref = (gov.name, gov.ref) if gov is not None else (own[0], None)
        h.org = Mention(place.start, place.end, name, ref, source="implied")
        made.append(h.org)
    return made


def _place_of(name: str, level: str) -> str | None:
    """北京市 of 北京市知识产权局: the place of that level a body's name opens with."""
    k = name.find(level, 2)
    head = name[:k]
    if not 2 <= k <= 6 or not all(is_han(c) for c in head) or level in head:
        return None
    return head + level


def reference_roles(hits: list[PersonHit], orgs: list[Mention], reference: Reference) -> None:
    """申长雨局长会见…: a known official named with a title and no organisation holds it at
    the organisation the reference gives for that title, when the text names it. The head
    of a Hong Kong or Macao secretariat holds a portfolio of the region's government
    (`portfolio_roles`)."""
    portfolio_roles(hits, orgs, reference)
    for h in hits:
        person = reference.person_named(h.name) if h.org is None and h.title else None
        if person is None or not h.title or _held_at_a_body(h, hits):
            continue
        wanted = set(translations(h.title)) | {title_key(h.title)}
        at = {r.organisation for r in person.roles if title_key(r.title) in wanted}
        named = [o for o in orgs if o.ref is not None and o.ref.id in at]
        if len({o.ref.id for o in named if o.ref}) == 1:
            h.org = named[0]


def _held_at_a_body(hit: PersonHit, hits: list[PersonHit]) -> bool:
    """某某司长 after 经济财政司司长某某: the title the text already gives the person at a body
    (or ending so) is the one a bare re-mention refers to, not another post the reference
    records for that person (an earlier directorship elsewhere)."""
    title = hit.title or ""
    return any(
        o.name == hit.name and o.org is not None and (o.title or "").endswith(title) for o in hits
    )


def portfolio_roles(hits: list[PersonHit], orgs: list[Mention], reference: Reference) -> None:
    """经济财政司司长戴建业: a secretariat (司) of a Special Administrative Region named only
    before its head's title is a portfolio (`zh.portfolio`); its head is a secretary of the
    region's government, the body the reference puts the 司 under. The role is at that
    government when the text names it as a body of its own (or by its short form, 特区政府),
    titled with the whole portfolio title; else the title stands with no body. A government
    named only inside a longer name (澳门特别行政区政府某基金) is no body of the text."""
    regions, head = portfolio_rule()
    for h in hits:
        if h.org is None and sar_portfolio(h.title):
            h.org = _one_region_government(orgs, regions)  # 财政司司长某某, no 司 of its own
            continue
        org, title = h.org, h.title or ""
        if org is None or org.ref is None or org.ref.parent is None or title != head:
            continue
        parent = reference.orgs.get(org.ref.parent)
        if parent is None or org.ref.country not in regions or parent.kind != "government":
            continue
        gov = next((o for o in orgs if o.ref is not None and o.ref.id == parent.id), None)
        gov = gov or _short_government(parent, orgs)
        if gov is not None:
            h.org, h.title, h.span_start = gov, org.name + title, org.start


def _one_region_government(orgs: list[Mention], regions: set[str]) -> Mention | None:
    """财政司司长某某 in a text that names one Special Administrative Region's government (香港特区
    政府与X签署…): the secretary serves that government, as the head of a 司 the reference
    knows does; with none named, or both regions', the title stands with no body."""
    govs = [
        o
        for o in orgs
        if o.ref is not None
        and o.ref.kind == "government"
        and o.ref.parent is None
        and o.ref.country in regions
    ]
    return govs[0] if len({o.ref.id for o in govs if o.ref}) == 1 else None


def _short_government(parent: RefOrg, orgs: list[Mention]) -> Mention | None:
    """特区政府 in a text that names the region's government by its short form only: that
    government (every such mention then refers to it)."""
    shorts = {
        short
        for n in parent.all_names()
        for full, short in region_governments(n)
        if full == n and all(is_han(c) for c in n)
    }
    found = [o for o in orgs if o.ref is None and o.name in shorts]
    for o in found:
        o.ref = parent
    return found[0] if found else None


#: what ends a sentence: a deputy's body is read back to its head's within one only
_SENTENCE_ENDS = "。！？；\n"


def ladder_roles(text: str, hits: list[PersonHit], orgs: list[Mention]) -> None:
    """会见了甲组织总干事某甲，并与副总干事某乙、助理总干事某丙会谈: an official with no body
    whose title is a deputy's rank ([deputy_ranks]) before the title of an official named
    before in the same sentence at a body (副总干事, 助理总干事 after 总干事) is a deputy of
    that body, as the sentence lists its head and then its deputies; the nearest such head
    counts. The same title again names a peer, maybe of another body: it is not read so; nor
    is a deputy after another body the sentence names between (甲局局长某甲一行拜会乙局，
    副局长某乙会见: the host's deputy, not the visitor's)."""
    ranks = zh_lex.wordset("deputy_ranks")
    for h in hits:
        if h.org is not None or not h.title or h.bodiless or h.alias_of is not None:
            continue
        head = None
        for o in hits:
            if o.org is None or not o.title or o.end > h.start or len(o.title) < 2:
                continue
            if any(c in text[o.end : h.start] for c in _SENTENCE_ENDS):
                continue
            if any(o.end <= m.start and m.end <= h.start and m.name != o.org.name for m in orgs):
                continue  # another body named between: the deputy may well be its
            deputy = h.title.endswith(o.title) and h.title[: -len(o.title)] in ranks
            if deputy and (head is None or o.end > head.end):
                head = o
        if head is not None:
            h.org = head.org
