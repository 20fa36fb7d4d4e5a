"""A union's commissioner (欧盟贸易委员): a member of the union's commission.

A union of states that governs through a commission (the European Union, the African Union)
gives its commissioners their remits, and Chinese texts write them after the union's name
alone: 欧盟贸易委员某某 is the trade commissioner of the European Commission, not a post of the
union as such. So where the text also names the union's commission (its name and 委员会:
欧盟委员会), a commissioner's title (委员, 执委, the remit before it) right after the union's
name is held at that commission, and the union's name there names no body of its own. A text
that names no commission keeps the role at the union as read: the union's name before the
title would otherwise become a name of the commission, which it is not. Words: zh.txt
[union_commissions].
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.roles import PersonHit
from importers.zh.union_envoys import is_union
from store.text import to_simplified


def union_commissioners(text: str, hits: list[PersonHit], orgs: list[Mention]) -> None:
    """Move each union's commissioner to the union's commission the text names, and drop the
    union's mention before the title (`orgs`, changed in place)."""
    commission, *titles = zh_lex.words("union_commissions")
    for h in hits:
        org, title = h.org, to_simplified(h.title or "")
        if org is None or h.alias_of is not None or not title.endswith(tuple(titles)):
            continue
        if not is_union(org) or text[org.end : h.start] != h.title:
            continue
        name = to_simplified(org.name) + commission
        body = next((o for o in orgs if to_simplified(o.name) == name), None)
        if body is None:
            continue
        h.org = body
        if any(o is org for o in orgs):
            orgs.remove(org)
