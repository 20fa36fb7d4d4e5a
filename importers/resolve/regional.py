"""One body's Chinese name in the words of another region: 泰國智慧財產廳 = 泰国知识产权厅.

Taiwan writes 智慧財產(權) where the mainland, Hong Kong and Macao write 知識產權 (and 資訊,
軟體 for 信息, 软件), so one office's name differs by more than its script between a Taipei
and a Beijing text. The terms come from store/text/words/resolve.txt [regional_terms_zh];
names are compared in Simplified. A term that opens the name is left as written: 智慧財產局
alone is Taiwan's office while 知识产权局 alone names any office, so only a name that first
says whose office it is (a country, a ministry) is read in the other region's words; one
region's own spellings of a term (智慧財產權, 智慧財產) are one wherever they stand, and so are
a head word's official contraction and its full form (市场监管局, 市场监督管理局), which every
region's bodies use alike.
"""

from __future__ import annotations

import re
from functools import cache

from store.text import has_han, lexicon, to_simplified

WORDS = "resolve.txt"
_OWNER = 2  # characters a name needs before the term: 泰国, 经济部, 世界


@cache
def _groups(section: str = "regional_terms_zh") -> tuple[tuple[str, ...], ...]:
    """Each term's forms, one tuple per term."""
    return tuple(
        tuple(f.strip() for f in line.split("|") if f.strip())
        for line in lexicon.words(WORDS, section)
    )


@cache
def _pattern(group: tuple[str, ...]) -> re.Pattern[str]:
    """Any form of one term, the longest first (智慧财产权 before 智慧财产)."""
    return re.compile("|".join(re.escape(f) for f in sorted(group, key=len, reverse=True)))


def regional_forms(name: str) -> list[str]:
    """The name, in Simplified, with each regional term after its owner written in the
    other regions' forms; the name itself is not among them."""
    if not has_han(name):
        return []
    simple = to_simplified(name)
    out = [simple]
    for group in _groups():
        pattern = _pattern(group)
        if not any(m.start() >= _OWNER for m in pattern.finditer(simple)):
            continue
        out = [_written(pattern, alt, v) for v in out for alt in group]
    for group in _groups("regional_spellings_zh"):  # 智慧財產權局 = 智慧財產局
        pattern = _pattern(group)
        if pattern.search(simple):
            out += [pattern.sub(alt, v) for v in out for alt in group]
    out += [c for v in out for c in contracted_forms(v)]  # 市场监管局 = 市场监督管理局
    return [v for v in dict.fromkeys(out) if v not in (simple, name)]


def contracted_forms(name: str) -> list[str]:
    """The name, in Simplified, with its head word in the other form officials write it in
    (某省市场监管局 = 某省市场监督管理局, [contractions_zh]); the name itself is not among
    them. The reference's names take these forms too (reference.py), so that the extractors
    find a known body under either."""
    if not has_han(name):
        return []
    simple = to_simplified(name)
    out = [
        pattern.sub(alt, simple)
        for group in _groups("contractions_zh")
        if (pattern := _pattern(group)).search(simple)
        for alt in group
    ]
    return [v for v in dict.fromkeys(out) if v not in (simple, name)]


def _written(pattern: re.Pattern[str], form: str, name: str) -> str:
    """The name with every term after its owner in FORM."""

    def one(m: re.Match[str]) -> str:
        return form if m.start() >= _OWNER else m.group(0)

    return pattern.sub(one, name)
