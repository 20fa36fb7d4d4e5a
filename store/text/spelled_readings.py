"""A word's pinyin spelled in square brackets after it: 知识产权[ZhiShiChanQuan].

Some news sites gloss a term with its reading, one capitalised syllable after another, in
square brackets right after its characters, even inside a name (非洲知识产权[ZhiShiChanQuan]
组织). Like a converter's glossed reading (store.text.glosses) the bracket is no part of the
word. A bracket is such a reading only when its syllables spell, one for one, a reading of
each of the Han characters right before it: "[WIPO]", "[Huawei]" or "[McKinsey]" after a
name are the text's own words and stay.
"""

from __future__ import annotations

import re
from functools import cache

from store.text.pinyin import char_readings
from store.text.script import HAN

_BRACKETED = re.compile(rf"(?<=[{HAN}])[\[［]((?:[A-Z][a-zü]{{0,5}}){{2,8}})[\]］]")
_SYLLABLE = re.compile(r"[A-Z][a-zü]*")


def spelled_ranges(text: str) -> list[tuple[int, int]]:
    """Where `text` spells the reading of the characters before a bracket (start, end)."""
    if "[" not in text and "［" not in text:
        return []
    return [m.span() for m in _BRACKETED.finditer(text) if _spells(text, m)]


def _spells(text: str, m: re.Match[str]) -> bool:
    """Each syllable of the bracket is a reading of its character, in order."""
    syllables = [s.lower() for s in _SYLLABLE.findall(m.group(1))]
    start = m.start() - len(syllables)
    chars = text[start : m.start()] if start >= 0 else ""
    if len(chars) != len(syllables) or not re.fullmatch(rf"[{HAN}]+", chars):
        return False
    return all(s in _readings(c) for c, s in zip(chars, syllables, strict=True))


@cache
def _readings(char: str) -> frozenset[str]:
    """Every toneless pinyin reading of one character, its ü written as v, ü or u (pypinyin,
    loaded only when a text has a bracket shaped like a reading)."""
    found = char_readings(char)
    return frozenset(f for r in found for f in (r, r.replace("v", "ü"), r.replace("v", "u")))
