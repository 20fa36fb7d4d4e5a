"""Firms named by a place, a brand and a firm's ending: 北京某某律师事务所.

A brand is often a word jieba does not know and tags as a person's name (it is three
characters like a name), so growing a name over known words stops before it. A place word
opening the stretch, a short brand, and a firm's ending (律师事务所, 知识产权代理有限公司) is a
firm; the brand is never a person.

A company or firm named by two names joined by a dash (梅塞德斯—奔驰公司, 某能—某科知识产权
法律事务所: Mercedes-Benz, a partnership of two founders) is one name from the first name
to the ending; the second name alone with the ending is no body of its own (`dashed`).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.names import DASHES, NAME_TAGS
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_openers
from store.text import HAN, is_han

#: jieba's tags of the names a dashed firm's name joins: a person's (a founder's or a
#: transliterated name), a foreign one, a brand
_NAME_TAGS = (*NAME_TAGS, "nz")
#: the run of Han characters a dashed name's second name and its ending may take


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
    return out + dashed(text, toks)


def dashed(text: str, toks: list[Token]) -> list[Mention]:
    """Each name + dash + name + words up to a company's or firm's ending (data
    `company_ends`), the first name a word of its own, with no punctuation inside."""
    out = []
    for k in range(1, len(toks) - 1):
        first, dash, second = toks[k - 1], toks[k], toks[k + 1]
        if dash.word not in DASHES or first.end != dash.start or second.start != dash.end:
            continue
        if not (first.pos in _NAME_TAGS and 2 <= len(first.word) <= 5):
            continue
        end = _company_end(text, second.start)
        if end is not None:
            out.append(Mention(first.start, end, text[first.start : end]))
    return out


def _company_end(text: str, pos: int) -> int | None:
    """The end of the first company's ending in the run of Han characters from `pos` (at
    most sixteen), after at least two characters of the second name; None if none."""
    return next(iter(company_ends(text, pos)), None)


def company_ends(text: str, pos: int, most: int = 16) -> list[int]:
    """The end of each company's ending (data `company_ends`) in the run of Han characters
    from `pos` (at most `most`), after at least two characters of the name, first first."""
    run = _han_run(most).match(text, pos)
    if run is None:
        return []
    return [m.end() for m in zh_lex.company_ends_regex().finditer(text, pos + 2, run.end())]


@cache
def _han_run(most: int) -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]{{2,{most}}}")
