"""Legislatures named by their kind alone: 立法会, 立法院.

A written reply to a question in a legislature names the chamber without its place (在立法会
会议上) and its member after the name (陈某某议员). The chamber is an organisation of the
text (the resolver places it by the document's places); a member named with no body before
the name sits in it.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.mention import Mention
from store.text import is_han


def chambers(toks: list[Token]) -> list[Mention]:
    """Every word of the text that is a legislature's kind alone (a longer name that holds
    it, 澳门特别行政区立法会, wins where both are found)."""
    kinds = set(zh_lex.people_lexicon("chambers"))
    return [Mention(t.start, t.end, t.word) for t in toks if t.word in kinds]


def chamber_of(title: str, orgs: list[Mention], after: str = "") -> Mention | None:
    """The legislature a member (`title`, 议员) with no body stated sits in: the one chamber
    the text names, else None. A deputy (代表) sits in the one people's congress the text
    names; `after` is the text right after the title: a word there makes 代表 the verb."""
    if title in zh_lex.people_lexicon("chamber_members"):
        kinds = zh_lex.people_lexicon("chambers")
    elif title in zh_lex.people_lexicon("congress_members") and not is_han(after[:1]):
        kinds = zh_lex.people_lexicon("congresses")
    else:
        return None
    found = [o for o in orgs if o.name.endswith(kinds)]
    return found[0] if len({o.name for o in found}) == 1 else None
