"""Pinyin readings that a converter glossed into a Chinese text.

Reposts machine-converted to Traditional characters often carry the reading of a
character that has several, in brackets right after it: 產(chǎn), 長(zhǎng). The bracket is no
part of the name or title it falls in, so the Chinese extractor reads past it (its view drops
it, importers/zh/text.py), while the stored text keeps it and a name keeps the form the text
wrote as an alias. A bracket right after a Han character, holding one lower-case syllable
with a tone mark, is such a reading; "(WIPO)", "(2013)" and a toneless "(de)" are not, since
they may be the text's own. A character the converter could not write comes out as a "?" that
took its bracket with it (魯?shù)…): the reading after it is dropped all the same, and the "?"
stands for the lost character (`lost_characters`).
"""

from __future__ import annotations

import re

from store.text.script import HAN
from store.text.spelled_readings import spelled_ranges

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
GLOSS = re.compile(rf"(?<=[{HAN}])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")
#: A reading whose character and opening bracket the converter wrote as one "?" (魯?shù)),
#: inside a word: a Han character on both sides.
LOST_GLOSS = re.compile(
    rf"(?<=[{HAN}][?？])(?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）](?=[{HAN}])"
)


def gloss_ranges(text: str) -> list[tuple[int, int]]:
    """Where the glossed readings of `text` are (start, end), and the readings a site spelled
    in square brackets after a word (知识产权[ZhiShiChanQuan], store.text.spelled_readings)."""
    toned = [m.span() for m in GLOSS.finditer(text)] if "(" in text or "（" in text else []
    lost = [m.span() for m in LOST_GLOSS.finditer(text)] if "?" in text or "？" in text else []
    return sorted(toned + lost + spelled_ranges(text))


def lost_characters(text: str) -> list[int]:
    """Where a glossed text has a character the converter lost: the "?" before a reading
    that lost its bracket (魯?shù)), and an underscore between two Han characters (铝_夫), as
    converters write one they cannot encode. Only in a text with readings glossed in."""
    if not gloss_ranges(text):
        return []
    lost = [m.start() - 1 for m in LOST_GLOSS.finditer(text)]
    lost += [m.start() for m in _UNDERSCORED.finditer(text)]
    return sorted(lost)


_UNDERSCORED = re.compile(rf"(?<=[{HAN}])_(?=[{HAN}])")


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
