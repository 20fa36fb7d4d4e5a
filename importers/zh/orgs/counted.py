"""Bodies listed before a count of establishments: A、B、C等十余家企业.

A report of who took part often lists firms or institutes by their short names and closes the
list with 等, a count and a count word for establishments (家 for firms and institutions, 所
for schools and institutes), the clause then naming their kind (…的国内企业, …高校). The count
word says the items are bodies, whatever jieba makes of their names (a brand may be tagged a
person's name), so each item of the 、-list is taken as one; a list with no such count (北京、
上海等地) or whose clause names no kind of body is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.mention import Mention
from store.text import is_han

#: What ends the clause a list stands in, on either side.
_CLAUSE_ENDS = ",。;:!?\n()“”《》"
#: Parts of speech of words that lead into a list (包括, 邀请了, 与) rather than name a body.
_LEAD_POS = ("v", "p", "ul", "uj", "c")


@cache
def _count() -> re.Pattern[str]:
    """等 + a number (or none) + a count word for establishments."""
    counts = alternation(zh_lex.words("establishment_counts"))
    return re.compile(rf"等[0-9{zh_lex.numerals()}]*(?:{counts})")


def counted_items(text: str, toks: list[Token]) -> list[Mention]:
    """The items of each 、-list closed by 等 and a count of establishments whose clause
    names a kind of body after the count."""
    out: list[Mention] = []
    for hit in _count().finditer(text):
        if not _names_kind(text, hit.end()):
            continue
        start = max(text.rfind(c, 0, hit.start()) for c in _CLAUSE_ENDS) + 1
        items = _items(text, start, hit.start())
        if len(items) < 2:
            continue
        first = _after_lead(toks, *items[0])
        items[0] = (first, items[0][1])
        out += [Mention(s, e, text[s:e]) for s, e in items if _plausible(text[s:e])]
    return out


def _names_kind(text: str, at: int) -> bool:
    """Whether the clause after the count names a kind of body (…名列前茅的国内企业)."""
    ends = [k for c in _CLAUSE_ENDS if (k := text.find(c, at)) >= 0]
    clause = text[at : min(ends, default=len(text))]
    return any(kind in clause for kind in zh_lex.words("counted_kinds"))


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each 、-separated item of text[start:end]."""
    out, at = [], start
    for k in range(start, end + 1):
        if k == end or text[k] == "、":
            out.append((at, k))
            at = k + 1
    return out


def _after_lead(toks: list[Token], start: int, end: int) -> int:
    """Where the first item's name starts: after the words that lead into the list
    (包括 + 华为), when a name of two characters or more is left."""
    inside = [t for t in toks if start <= t.start and t.end <= end]
    leads = [t.end for t in inside if t.pos.startswith(_LEAD_POS) and t.pos != "vg"]
    cut = max(leads, default=start)
    return cut if end - cut >= 2 else start


def _plausible(item: str) -> bool:
    """A short name of Han characters or Latin letters (华为, TCL), not a number."""
    if not 2 <= len(item) <= 10 or not any(is_han(c) or c.isalpha() for c in item):
        return False
    return all(is_han(c) or c.isalnum() or c in "·-&" for c in item)
