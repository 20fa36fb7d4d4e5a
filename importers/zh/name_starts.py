"""Where a name read after a title begins.

A copula may stand between a title and its holder's name (首席执行官为某某·某某: the chief
executive "is" that person). A dotted name's first part is any run of Chinese characters, so
it would take the copula as its first character; the copula is not a character
transliterations use, and the name begins after it.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.names import FOREIGN


def after_copula(text: str, pos: int) -> int:
    """`pos`, or just past a copula there when a dotted name follows it."""
    copula = pos < len(text) and text[pos] in zh_lex.wordset("name_copulas")
    return pos + 1 if copula and FOREIGN.match(text, pos + 1) else pos
