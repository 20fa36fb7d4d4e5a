"""Offices a body keeps in another place.

A company's office in a place (X新加坡办公室) stands for the company: the organisation is X.
A body's office stationed elsewhere (香港特别行政区政府驻北京办事处) is one organisation that
runs from the body's name to the office, not the body and a bare 北京办事处.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.grown import is_stop
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.shape import place_words
from store.text import HAN, is_han


def _after_org(text: str, m: Mention, found: list[Mention]) -> bool:
    """The mention directly follows another organisation's name, or its bracketed alias
    (德国X协会(X-Gesellschaft)中国代表处)."""
    ends = {o.end for o in found if o is not m and o.source != "drop"}
    if m.start in ends:
        return True
    if m.start > 0 and text[m.start - 1] == ")":
        opened = text.rfind("(", 0, m.start - 1)
        return opened > 0 and opened in ends
    return False


def branches(
    text: str, toks: list[Token], found: list[Mention], known: list[Mention] | None = None
) -> list[Mention]:
    """ "X新加坡办公室": the company X (the office is a branch of it), not the office. After a
    name the text already gives, the office is only dropped: a title keeps it (代表处首席代表)."""
    by_start = {t.start: k for k, t in enumerate(toks)}
    out = []
    for m in found:
        first = toks[by_start[m.start]] if m.start in by_start else None
        ns = first.word if first is not None and first.pos == "ns" else None
        place = next((w for w in place_words() if m.name.startswith(w)), ns)
        rest = m.name[len(place) :] if place else ""
        if not place or rest not in zh_lex.words("branch_suffixes"):
            continue
        if _after_org(text, m, found + (known or [])):
            m.source = "drop"
            continue
        k = by_start.get(m.start, 0) - 1
        if k < 0:
            continue
        prev = toks[k]
        namelike = prev.pos in ("nrt", "nz", "nt", "eng", "n", "j", "nr") and len(prev.word) >= 2
        if namelike and not is_stop(prev) and prev.word not in zh_lex.words("relation_nouns"):
            out.append(Mention(prev.start, prev.end, prev.word, source="branch"))
            m.source = "drop"
    return out


@cache
def _stationed_regex() -> re.Pattern[str]:
    offices = alternation(zh_lex.words("stationed_offices"))
    return re.compile(rf"驻[{HAN}]{{1,4}}?(?:{offices})")


def stationed(text: str, found: list[Mention]) -> list[Mention]:
    """香港特别行政区政府 + 驻北京办事处: a body's office in another place is one organisation
    that runs from the body's name to the office."""
    out = []
    for m in found:
        if m.source == "drop":
            continue
        hit = _stationed_regex().match(text, m.end)
        if hit:
            out.append(Mention(m.start, hit.end(), squash(text[m.start : hit.end()])))
        elif _named_by_station(text, m, found):
            out.append(Mention(m.start - 1, m.end, "驻" + m.name))
    return out


def _named_by_station(text: str, m: Mention, found: list[Mention]) -> bool:
    """驻捷克台北代表处: an office named by where it is stationed, with no body before 驻,
    keeps 驻 in its name (捷克台北代表处 alone would read as a Czech office)."""
    if m.start < 1 or text[m.start - 1] != "驻" or not m.name.endswith(_offices()):
        return False
    if any(o.end == m.start - 1 for o in found):
        return False  # 日本驻华大使馆: the body before 驻 names it
    before = text[m.start - 2] if m.start >= 2 else ""
    return not before or not is_han(before) or before in zh_lex.chars("org_openers")


@cache
def _offices() -> tuple[str, ...]:
    return tuple(zh_lex.words("stationed_offices"))
