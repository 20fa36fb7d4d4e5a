"""Organisation names that a bracket marks, where no place or jieba word opens them.

grown.py grows a name forwards from its start; a name the text follows with its English
name, acronym or 简称 in brackets (工业技术研究院（工研院）), or a company with its place in
brackets before its ending (某某电器(中国)有限公司), has no such start, so it is grown
backwards from the bracket over jieba words instead.
"""

from __future__ import annotations

import re
from functools import cache

from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.aliases import CONTRACTION, alias_patterns, contracts
from importers.zh.orgs.boundaries import (
    after_titled_person,
)
from importers.zh.orgs.grown import is_stop, place_regex
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.shape import (
    bare_suffix,
    has_generic,
    org_suffix,
)
from store.text import HAN, is_han


def _grow_back(text: str, toks: list[Token], end: int, reach: int = 16) -> int | None:
    """Start of a name that ends at `end`, grown backwards over jieba words (at most
    `reach` characters)."""
    idx = next((k for k, t in enumerate(toks) if t.end == end), None)
    if idx is None:
        return None
    start = None
    k = idx
    while k >= 0 and end - toks[k].start <= reach:
        tok = toks[k]
        if k < idx and (is_stop(tok) or tok.word in zh_lex.words("relation_nouns")):
            if tok.word not in zh_lex.wordset("name_joiners") or start is None:
                break
            if org_suffix(text[toks[k - 1].start if k else 0 : tok.start]):
                break
            if after_titled_person(text, toks, k):
                break
        if tok.word.isspace() or (k < idx and tok.end != toks[k + 1].start):
            break
        start = tok.start
        k -= 1
    return start


@cache
def _marked_suffixes() -> tuple[str, ...]:
    return zh_lex.words("marked_suffixes")


def bracketed(text: str, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """Names without a place that the text marks with an English name, acronym, 简称 or a
    contraction of the name in brackets (工业技术研究院（工研院）)."""
    ends = {m.end for m in found}
    out = []
    for regex in (*alias_patterns(), CONTRACTION):
        for m in regex.finditer(text):
            end = m.start()
            marked = regex is CONTRACTION and text.endswith(_marked_suffixes(), 0, end)
            if end in ends or not (marked or org_suffix(text[max(0, end - 6) : end])):
                continue
            # a fund's name may open with its whole government (澳门特别行政区政府…基金)
            start = _grow_back(text, toks, end, 24 if marked else 16)
            if start is None:
                continue
            name = squash(text[start:end])
            if regex is CONTRACTION and not contracts(m.group(1), name):
                continue  # 某业技术研究院（某研院）: only a short form of the name marks it
            cut = _cut_by_verb(toks, start, end)
            if len(name) >= 4 and not has_generic(name) and not bare_suffix(name) and not cut:
                out.append(Mention(start, end, name))
    return out


def _cut_by_verb(toks: list[Token], start: int, end: int) -> bool:
    """某组织技术与支持 + 创新中心(ACR): a name grown back to one word and its suffix only,
    stopped by a verb glued right before it, is the tail of a longer name the verb is a
    word of, not a name of its own."""
    before = next((t for t in toks if t.end == start), None)
    if before is None or not before.pos.startswith("v") or not is_stop(before):
        return False
    inside = [t for t in toks if start <= t.start and t.end <= end]
    return len(inside) == 2 and org_suffix(inside[-1].word) == inside[-1].word


@cache
def _placed_company() -> re.Pattern[str]:
    """(中国)有限公司, (苏州)投资有限公司: a company's place in brackets, then its end."""
    return re.compile(rf"\(([{HAN}]{{2,6}})\)([{HAN}]{{0,6}}?公司)")


def placed_companies(text: str, toks: list[Token]) -> list[Mention]:
    """松下电器(中国)有限公司, 信达生物制药(苏州)有限公司: a brand, its place in brackets and
    a company ending. The brand runs back over words to punctuation or a function word (a
    one-character verb may be part of a brand: 信达)."""
    out = []
    starts = {t.start: k for k, t in enumerate(toks)}
    for m in _placed_company().finditer(text):
        place = m.group(1)
        k = starts.get(m.start(1))
        if not (place_regex().fullmatch(place) or (k is not None and toks[k].pos == "ns")):
            continue
        start = _brand_start(text, toks, m.start())
        if start is not None:
            out.append(Mention(start, m.end(), squash(text[start : m.end()])))
    return out


def _brand_start(text: str, toks: list[Token], end: int) -> int | None:
    """Start of the brand that ends at `end` (two to twelve characters), or None."""
    idx = next((k for k, t in enumerate(toks) if t.end == end), None)
    start = None
    while idx is not None and idx >= 0 and end - toks[idx].start <= 12:
        tok = toks[idx]
        if not all(is_han(c) for c in tok.word) or tok.pos.startswith(("c", "p", "u", "m", "r")):
            break
        if tok.word in zh_lex.wordset("verb_stops") and len(tok.word) >= 2:
            break
        if start is not None and tok.end != start:
            break
        start = tok.start
        idx -= 1
    return start if start is not None and end - start >= 2 else None
