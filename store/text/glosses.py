"""Pinyin readings that a converter glossed into a Chinese text.

Reposts machine-converted to Traditional characters often carry the reading of a
character that has several, in brackets right after it: 產(chǎn), 長(zhǎng). The bracket is no
part of the name or title it falls in, so the Chinese extractor reads past it (its view drops
it, importers/zh/text.py), while the stored text keeps it and a name keeps the form the text
wrote as an alias. A bracket right after a Han character, holding one lower-case syllable
with a tone mark, is such a reading; "(WIPO)", "(2013)" and a toneless "(de)" are not, since
they may be the text's own.
"""

from __future__ import annotations

import re

from store.text.script import HAN
from store.text.spelled_readings import spelled_ranges

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
GLOSS = re.compile(rf"(?<=[{HAN}])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")


def gloss_ranges(text: str) -> list[tuple[int, int]]:
    """Where the glossed readings of `text` are (start, end), and the readings a site spelled
    in square brackets after a word (知识产权[ZhiShiChanQuan], store.text.spelled_readings)."""
    toned = [m.span() for m in GLOSS.finditer(text)] if "(" in text or "（" in text else []
    return sorted(toned + spelled_ranges(text))


def as_glossed(text: str, start: int, end: int) -> str:
    """text[start:end] with the reading glossed right after its last character, if any: the
    form the text wrote for a name that ends on a glossed character (哈達(dá))."""
    after = GLOSS.match(text, end)
    return text[start : after.end() if after else end]


def without_glosses(text: str) -> str:
    """`text` with its glossed readings dropped: 臨時(shí)代辦, a title as a repost wrote it, and
    臨時代辦 are one title."""
    ranges = gloss_ranges(text)
    if not ranges:
        return text
    kept, at = [], 0
    for start, end in ranges:
        kept.append(text[at:start])
        at = end
    return "".join(kept) + text[at:]
