"""Local bodies a text names by their level alone (市, 省), meaning the place it is about.

A city's or a province's branch of a national body is a body of its own, named with the
national body's name, the place and its level, and a word for a local committee
(中国国际贸易促进委员会某市委员会). The text then writes it as the level and the national
body's short form (市贸促会): that names the local committee the text gives in full, not the
national body the short form alone would name. In the same way 市政府 and 省政府 name the one
city's or province's government the text names or implies (a mayor's city).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from importers.gazetteer import Reference, RefOrg, alternation
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from store.text import HAN, is_han


def local_short_forms(
    text: str, mentions: list[Mention], reference: Reference
) -> Iterator[tuple[Mention, Mention]]:
    """(level + short form as a new mention, the local committee's mention) for each
    national body's short form written right after a level word (市 + 贸促会), where the
    text names exactly one local committee of that body at that level."""
    for m in mentions:
        level = _level_before(text, m.start)
        if m.ref is None or level is None:
            continue
        locals_ = [o for o in mentions if o is not m and _local_of(o.name, m.ref, level, reference)]
        if len({o.name for o in locals_}) == 1:
            start = m.start - len(level)
            yield Mention(start, m.end, text[start : m.end], source="alias"), locals_[0]


def _level_before(text: str, start: int) -> str | None:
    """The level word (市, 省) that stands alone right before `start`: no place before it."""
    for level in sorted(zh_lex.words("level_heads"), key=len, reverse=True):
        at = start - len(level)
        if at >= 0 and text.startswith(level, at):
            before = text[at - 1] if at > 0 else ""
            return level if not before or not is_han(before) else None
    return None


def _local_of(name: str, national: RefOrg, level: str, reference: Reference) -> bool:
    """中国国际贸易促进委员会 + 某市 + 委员会: a name that opens with one of the national
    body's names and goes on with a place of that level and a local committee's word."""
    return any(
        _committee_tail(level).fullmatch(name, k) and reference.org_named(name[:k]) is national
        for k in range(3, len(name) - 3)
    )


@cache
def _committee_tail(level: str) -> re.Pattern[str]:
    words = alternation(zh_lex.words("local_committees"))
    return re.compile(rf"[{HAN}]{{1,4}}{re.escape(level)}(?:{words})")


def bare_governments(text: str, mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """(市政府 as a mention, the government it names) for each 市政府/省政府 standing alone
    (no place before it, inside no other name), where the text names or implies one
    government of that level only (某市人民政府, or the city of its mayor)."""
    for level in zh_lex.words("level_heads"):
        govs = [m for m in mentions if m.name.endswith((level + "人民政府", level + "政府"))]
        govs = [m for m in govs if len(m.name) > len(level + "政府")]
        if len({m.name for m in govs}) != 1:
            continue
        for hit in re.finditer(re.escape(level + "政府"), text):
            if _level_before(text, hit.start() + len(level)) != level:
                continue
            over = [m for m in mentions if m.start < hit.end() and hit.start() < m.end]
            if not over:
                yield Mention(hit.start(), hit.end(), hit.group(0), source="alias"), govs[0]
            elif len(over) == 1 and (over[0].start, over[0].end) == hit.span():
                yield over[0], govs[0]  # found alone already (省委、省政府): still that one
