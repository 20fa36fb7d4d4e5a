"""A Chinese headline followed on its line by its English rendering.

Bilingual newsletters print a story's Chinese headline and then its English translation,
and converters often leave both on one line. Whether such a line is a headline is judged
by its Chinese part: the translation makes it long without making it a sentence.
"""

from __future__ import annotations

import re

from store.text import HAN
from store.text.sentences import ends

_LATIN_TAIL = re.compile(rf"(?<=[{HAN}）)》”])\s+([^{HAN}]*[A-Za-z][^{HAN}]*)$")
_MIN_WORDS = 3  # fewer Latin words after the Chinese are a name or a code, no translation
HEADLINE_MAX = 60


def chinese_part(line: str) -> str:
    """`line` stripped, without an English rendering that follows its Chinese words."""
    line = line.strip()
    tail = _LATIN_TAIL.search(line)
    if tail is None or len(re.findall(r"[A-Za-z]+", tail.group(1))) < _MIN_WORDS:
        return line
    return line[: tail.start()]


def is_heading(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is a headline: short (`chinese_part`), no full stop."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = chinese_part(text[start : end if end >= 0 else len(text)])
    return len(line) <= HEADLINE_MAX and not any(c in line for c in ends("wide") + "!?")
