"""Where a name read after a title begins.

A copula may stand between a title and its holder's name (首席执行官为某某·某某: the chief
executive "is" that person). A dotted name's first part is any run of Chinese characters, so
it would take the copula as its first character; the copula is not a character
transliterations use, and the name begins after it.

A post may also describe its holder before the name, as a relative clause (担任某组织副总
干事的某某, 出任某局局长、来自某国的某某: "the one who serves as …"): after a career verb
and the post, the linking 的 (and an origin clause before it) stands between title and name.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.names import FOREIGN
from importers.zh.orgs.mention import Mention


def after_copula(text: str, pos: int) -> int:
    """`pos`, or just past a copula there when a dotted name follows it."""
    copula = pos < len(text) and text[pos] in zh_lex.wordset("name_copulas")
    return pos + 1 if copula and FOREIGN.match(text, pos + 1) else pos


def after_served_post(text: str, orgs: list[Mention], chain: int, te: int) -> int | None:
    """Where the holder's name begins after a post read as a relative clause (担任 + [body] +
    title at text[chain:te] + 的 or 、来自某国的), or None when no career verb opens the post
    or no link follows it."""
    body = next((o for o in orgs if o.end == chain), None)
    opens = body.start if body is not None else chain
    if _career_verb().search(text, max(0, opens - 4), opens) is None:
        return None
    m = _served_link().match(text, te)
    return m.end() if m is not None else None


@cache
def _career_verb() -> re.Pattern[str]:
    """A career verb of two characters or more (担任, 曾任) right before the post."""
    verbs = [v for v in zh_lex.people_lexicon("career_verbs") if len(v) >= 2]
    return re.compile(f"(?:{alternation(longest_first(verbs))})$")


@cache
def _served_link() -> re.Pattern[str]:
    """的, or an origin clause and 的 (、来自中国的): what links a post to its holder."""
    origins = alternation(zh_lex.people_lexicon("holder_origin_verbs"))
    return re.compile(rf"(?:[、，,](?:{origins})[^\s，,。；;、的]{{1,8}})?的")
