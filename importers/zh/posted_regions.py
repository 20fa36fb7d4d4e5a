"""The regions a representative's post covers, written between the body and the title.

A trade body's or an agency's representative is often posted to a region, not a city: 某局 +
华北、东北 + 首席代表, 某机构 + 亚太区 + 代表. The regions (of China's compass, of the world, or
countries) are the post, part of the title, and the representative is at the body before
them, as with 驻 and a place (role_context.posting). Several regions joined by 、 are one
title, not a list of items that would each need a body.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.role_context import posting


def covered_post(unit: str, title: str) -> bool:
    """A posting (驻台), or regions a representative covers (华北、东北) before the title."""
    if posting(unit, title):
        return True
    return title in zh_lex.people_lexicon("posted_titles") and bool(
        _covered_regions().fullmatch(unit)
    )


@cache
def _covered_regions() -> re.Pattern[str]:
    """One or more regions or countries joined by 、, each maybe with 区 or 地区 after it."""
    names = [*zh_lex.people_lexicon("covered_regions"), *zh_lex.countries()]
    ends = alternation(zh_lex.people_lexicon("covered_region_ends"))
    one = f"(?:{alternation(names)})(?:{ends})?"
    return re.compile(f"{one}(?:、{one})*")


def regions_start(text: str, seg: int, ts: int, te: int) -> int:
    """某局华北、东北 + 首席代表: where the regions before a representative's title begin
    when they are several joined by 、 (text[seg:ts] is the last of them); else `seg`."""
    if seg < 1 or text[seg - 1] != "、" or not covered_post(text[seg:ts], text[ts:te]):
        return seg
    run = re.search(f"(?:{_covered_regions().pattern}、)$", text[max(0, seg - 40) : seg])
    return seg - len(run.group()) if run is not None else seg
