"""A state's representative posted to a place or a body (我国驻甲国代表, 中国常驻某组织代表): the
post whole, with no body.

A state names the head of its mission by the post: 驻 (or 常驻, permanently) and where it
is posted, then 代表 (常驻代表, 首席代表), after the sending state or none (our own
state). Where the post runs to a body, such as an international organisation's office
(常驻某组织某办事处和其他组织代表), the name grown from the state over 常驻 to that body's
suffix is the post misread, never a body: the text names the mission only through its
head's title. So the role is the post as written with no organisation, as an ambassador's
is (state.bodiless_envoys), and a name that runs across the post's 驻 is dropped.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_openers
from importers.zh.roles import PersonHit
from store.text import HAN

#: What a post's host may hold: a place, a body, several joined by 和/及/、.
_HOST = rf"[{HAN}、]{{1,30}}"


@cache
def _titles() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.words("representative_titles")))


@cache
def _post() -> re.Pattern[str]:
    """The sending state (a country or our own state's name, or none), 驻 or 常驻, the host,
    then a representative's title; group "posted" is where 驻 stands."""
    states = alternation([*zh_lex.countries(), *zh_lex.words("own_state_names")])
    return re.compile(rf"(?:{states})?常?(?P<posted>驻){_HOST}(?:{alternation(_titles())})")


def represented_posts(text: str, hits: list[PersonHit], orgs: list[Mention]) -> list[Mention]:
    """Give each representative named after the post the post as title, with no body; returns
    `orgs` without the names misread across a post's 驻."""
    dropped: set[int] = set()
    for h in hits:
        title = h.title or ""
        if h.alias_of is not None or h.bodiless or not title.endswith(_titles()):
            continue
        start = h.span_start + _lead(text[h.span_start : h.start])
        post = _post().fullmatch(text, start, h.start)
        if post is None:
            continue
        posted = post.start("posted")
        if h.org is not None and _office_named(h.org, posted, h.start - len(title)):
            continue  # 甲国驻乙地代表处 + 代表: the office the text names is the body
        h.org, h.title, h.bodiless = None, post.group(0), True
        dropped |= {id(m) for m in orgs if m.start < posted < m.end and m.end <= h.start}
    return [m for m in orgs if id(m) not in dropped]


def _office_named(org: Mention, posted: int, title_at: int) -> bool:
    """Whether `org`, the body read for the post, is an office the text names: a name that
    does not run across the post's 驻 (驻甲地某办事处), or one that does and is a stationed
    office's name (甲国驻乙地代表处) ending where the title begins. One that ends before
    (中国常驻某办事处 + 和其他国际组织代表) or at no office's noun (中国常驻某组织) is the post."""
    if not org.start < posted < org.end:
        return True
    return org.end == title_at and org.name.endswith(zh_lex.words("stationed_offices"))


def _lead(before: str) -> int:
    """The characters before the post that are no part of it (由, 和)."""
    return len(before) - len(before.lstrip(org_openers() + zh_lex.chars("conjunctions")))
