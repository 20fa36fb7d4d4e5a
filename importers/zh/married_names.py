"""Names of married women in Hong Kong and Macao style: the husband's family name before the
woman's own (冠夫姓), two family names of one character each and then two given characters.

jieba reads the two family names as a name of their own and the given characters as a word,
so the usual name rule (a family name and one or two given characters) stops after the two
family names. The four characters are one name when the given characters are a word of a
name's kind (a noun or an adjective, no verb, time word or particle) and the name may end
right after them.
"""

from __future__ import annotations

from collections.abc import Callable

from importers.zh import lex as zh_lex
from importers.zh.lex import Token, token_at
from importers.zh.name_ends import followers
from importers.zh.sides import is_side
from store.text import is_han

#: jieba's tags of words that never stand as the given characters of a name
_NOT_GIVEN = ("t", "d", "p", "c", "u", "m", "q", "r", "v", "f", "x")


def married_name(
    text: str, pos: int, toks: list[Token], ends_name: Callable[[str, int], bool]
) -> str | None:
    """The four-character name at `pos` (two single family names, two given characters), or
    None. `ends_name` says whether a name may end at a position of `text`."""
    single, double = zh_lex.surnames()
    if text[pos : pos + 2] in double or len(text) < pos + 4:
        return None
    if not (text[pos] in single and text[pos + 1] in single):
        return None
    if is_side(text[pos : pos + 2]):
        return None  # 双方 + 政府: a side and its noun, as 代表双方政府签字 writes it
    if not all(is_han(c) for c in text[pos + 2 : pos + 4]) or ends_name(text, pos + 2):
        return None  # 王李 + 会见: a word that follows names comes after two family names
    if text.startswith(followers(), pos + 3):
        return None  # 柯文彬 + 在会上: the fourth character opens the word after the name
    given = token_at(toks, pos + 2)
    if given is None or given.end != pos + 4 or given.pos.startswith(_NOT_GIVEN):
        return None
    return text[pos : pos + 4] if ends_name(text, pos + 4) else None
