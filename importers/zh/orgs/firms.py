"""Firms named by a place, a brand and a firm's ending: 北京某某律师事务所.

A brand is often a word jieba does not know and tags as a person's name (it is three
characters like a name), so growing a name over known words stops before it. A place word
opening the stretch, a short brand, and a firm's ending (律师事务所, 知识产权代理有限公司) is a
firm; the brand is never a person.
"""

from __future__ import annotations

from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_openers
from store.text import is_han


@cache
def _ends() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.people_lexicon("firm_ends")))


def firms(text: str, toks: list[Token]) -> list[Mention]:
    """Each place + brand (two to four characters) + firm ending, opened by a boundary."""
    out = []
    for k, t in enumerate(toks[:-1]):
        if not t.pos.startswith("ns") or len(t.word) < 2:
            continue
        before = text[t.start - 1] if t.start else ""
        if before and is_han(before) and before not in org_openers():
            continue
        brand = toks[k + 1]
        if brand.start != t.end or not 2 <= len(brand.word) <= 4 or brand.pos.startswith("ns"):
            continue
        if not all(is_han(c) for c in brand.word) or brand.pos[:1] in ("v", "p", "c", "u", "m"):
            continue
        end = next((e for e in _ends() if text.startswith(e, brand.end)), None)
        if end is not None:
            stop = brand.end + len(end)
            out.append(Mention(t.start, stop, text[t.start : stop]))
    return out
