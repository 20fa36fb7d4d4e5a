"""A remit that lists its fields with 、 before a deputy's title (主管甲、乙及丙事务 + 次卿).

A title's remit opened by its verb (主管, 负责) may name several fields joined by 、; the
stretch of text before the title then begins after the last 、, inside the remit. Where that
stretch ends in the remit's noun of affairs, it begins at the remit's verb instead, so that
the whole remit stays in the title (role_context.remit) and the body before it holds the post.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from store.text import is_han, to_simplified

#: how far back before the stretch a remit's verb may stand
_REACH = 24


def remit_start(text: str, seg: int, ts: int) -> int:
    """Where a remit listed with 、 that ends right before the title at `ts` begins (at its
    verb), when text[seg:ts] is its last field; else `seg`."""
    if seg < 1 or text[seg - 1] != "、" or not text[seg:ts].endswith(zh_lex.words("remit_closers")):
        return seg
    k = seg - 1
    while k > max(0, seg - _REACH) and (is_han(text[k - 1]) or text[k - 1] == "、"):
        k -= 1
        opener = next((w for w in zh_lex.words("remit_openers") if text.startswith(w, k)), None)
        if opener is not None:
            return k
    return seg


def union_portfolio(text: str, orgs: list[Mention], ts: int, te: int) -> Mention | None:
    """The union (欧盟) whose commissioner's portfolio fills the stretch before the title at
    `ts` (欧盟 + 税务与海关、审计 + 委员): a commission gives each member a portfolio of
    several fields joined by 与, 和 or 、, which would otherwise cut the stretch inside the
    portfolio and leave the union out. Only a union that governs through a commission (zh.txt
    [commission_unions]) gives portfolios, and a portfolio is fields alone: no list that
    opens with 、 or a conjunction (欧盟、某某; 欧盟和中国), nor one that names a place or
    holds a title (欧盟代表团成员、法国和德国委员: other people's posts). The portfolio is
    then the title's; else None."""
    if not text[ts:te].endswith(tuple(zh_lex.words("union_commissions")[1:])):
        return None
    for o in orgs:
        if not _commission_union(o) or not o.end < ts or ts - o.end > _REACH:
            continue
        if any(o.end <= other.start < ts for other in orgs):
            continue  # another body stands between: its title, not the union's
        if _portfolio(text[o.end : ts]):
            return o
    return None


def _commission_union(org: Mention) -> bool:
    """A union of states (union_envoys.is_union) that governs through a commission."""
    from importers.zh.union_envoys import is_union  # it reads states, which read roles

    return is_union(org) and to_simplified(org.name) in zh_lex.wordset("commission_unions")


def _portfolio(fields: str) -> bool:
    """Whether `fields` is a commissioner's portfolio: Han fields joined by 、 or a
    conjunction, neither opening with one, naming no place and holding no title."""
    joiners = "、" + "".join(zh_lex.words("conjunctions"))
    if not any(c in fields for c in joiners) or fields[:1] in joiners:
        return False
    if not all(is_han(c) or c == "、" for c in fields):
        return False
    if any(c in fields for c in zh_lex.countries_longest()):
        return False
    return not any(t in fields for t in zh_lex.titles())
