"""Pinyin readings that a converter glossed into the text.

Reposts machine-converted to Traditional characters often carry the reading of a
character that has several, in brackets right after it: 產(chǎn), 長(zhǎng). The bracket is no
part of the name or title, and it splits every name it falls in, so that 國家知識產權局
glossed would never be the office the reference data knows. A bracket right after a Han
character, holding one lower-case syllable with a tone mark, is such a reading and goes;
"(WIPO)", "(2013)" and a toneless "(de)" stay, since they may be the text's own.
"""

from __future__ import annotations

import re

from store.text.script import HAN

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(rf"(?<=[{HAN}])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")


def drop_readings(text: str) -> str:
    """`text` without the glossed readings."""
    return _GLOSS.sub("", text)
