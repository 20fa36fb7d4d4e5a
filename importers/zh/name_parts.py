"""The parts of a name a later mention may use alone, and where such a part is no mention.

A later mention by a part of a name (梅尔加利耶夫 of 阿斯兰别克·梅尔加利耶夫, Battistelli of
Benoît Battistelli, a name a Chinese text writes in Latin letters) is searched for in the whole
text; a hit with a name's dot beside it, or a Latin part with a Latin letter beside it, is a
piece of another name or word, not a mention. A short part is a mention only where a title
or honorific stands beside it (总干事高锐, 高锐总干事).
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.names import SEPARATORS
from store.text import has_han
from store.text.script import family_part


def last_part(name: str) -> str:
    """The family part of a transliterated name, or the last word of a Latin one."""
    if " " in name.strip() and not has_han(name):
        return name.split()[-1]
    return family_part(name, SEPARATORS)


def glued_part(text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a longer name or word."""
    if any(c in SEPARATORS for c in text[max(0, start - 1) : end + 1]):
        return True
    beside = text[max(0, start - 1) : start] + text[end : end + 1]
    return text[start:end].isascii() and any(c.isascii() and c.isalpha() for c in beside)


def titled_beside(text: str, start: int, end: int) -> bool:
    """A title right after the part (高锐总干事) or ending right before it (总干事高锐): the
    title's holder is named."""
    if zh_lex.title_regex().match(text, end):
        return True
    return zh_lex.title_at_end_regex().search(text, max(0, start - 12), start) is not None
