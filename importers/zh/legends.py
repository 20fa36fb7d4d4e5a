"""A leadership legend: 局领导：局长 某甲；副局长 某乙、某丙.

A body's schedule or activities page opens with a line that lists its leaders under a label
(局领导, 院领导, 领导班子: a short word ending in a word for a body's leaders) and a colon,
each title followed by the names that hold it, several names sharing one title with 、, each
title's group closed by ；. No body is named on the line: every post is at the body whose page
it is (`roles.home_org`), and a name listed after another under one title holds that title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.names import plausible_name, surname_length
from importers.zh.roles import Page, PersonHit, home_org
from store.text import HAN

#: The longest label before the colon (本局领导, 领导班子成员).
_LABEL_WIDTH = 6
_GROUP_ENDS = "；;"
_NAME = re.compile(rf"[{HAN}]{{2,4}}")
_NAME_GAPS = "、， \t\u3000"


@cache
def _label() -> re.Pattern[str]:
    heads = alternation(zh_lex.people_lexicon("leader_heads"))
    return re.compile(rf"^[ \t\u3000]*([{HAN}]{{0,4}}(?:{heads}))[:：]", re.MULTILINE)


def legend_hits(page: Page, hits: list[PersonHit]) -> list[PersonHit]:
    """The leaders a legend line lists, each with its title at the page's body: a name
    already read there (`hits`) gets the title and body; the others are returned as new."""
    found: list[PersonHit] = []
    for m in _label().finditer(page.text):
        if len(m.group(1)) > _LABEL_WIDTH:
            continue
        home = home_org(page)
        if home is None:
            return found
        line_end = page.text.find("\n", m.end())
        for start, name, title in _listed(
            page.text, m.end(), len(page.text) if line_end < 0 else line_end
        ):
            hit = next((h for h in hits if h.start == start and h.name == name), None)
            if hit is None:
                hit = PersonHit(start, start + len(name), name, span_start=m.start(1))
                found.append(hit)
            if hit.org is None:
                hit.title, hit.org = title, home
    return found


def _listed(text: str, start: int, end: int) -> Iterator[tuple[int, str, str]]:
    """(where, name, title) for each name of the legend's groups between `start` and `end`."""
    pos = start
    while pos < end:
        group_end = min((k for c in _GROUP_ENDS if (k := text.find(c, pos, end)) >= 0), default=end)
        title = zh_lex.title_regex().match(text, pos)
        if title is not None:
            yield from _names(text, title.end(), group_end, title.group(0))
        pos = group_end + 1


def _names(text: str, pos: int, end: int, title: str) -> Iterator[tuple[int, str, str]]:
    """The names after one title, set apart by 、, a comma or spaces; any other run of
    characters (a second title, a remark) ends the group."""
    while pos < end:
        while pos < end and text[pos] in _NAME_GAPS:
            pos += 1
        m = _NAME.match(text, pos, end)
        if m is None or not surname_length(text, pos) or not plausible_name(m.group(0)):
            return
        if m.end() < end and text[m.end()] not in _NAME_GAPS:
            return
        yield pos, m.group(0), title
        pos = m.end()
