"""Person names read right after a title, in Chinese text.

A title tells where a name begins, so a name may be read there that names.py would not take
anywhere else: after the title of a Japanese or Korean office, any two to six characters up to
where a name may end (木原美武); a family name and one or two characters that a space or a
speaker's colon isolates (新闻发言人 衡某某); and, behind a title's bracketed portfolio, any name
that may begin there. They live apart from names.py because only the title readers use them.
"""

from __future__ import annotations

from functools import cache

from importers.zh import lex as zh_lex
from importers.zh.names import (
    FOREIGN,
    boundary,
    foreign_ends,
    japanese_surname_length,
    plausible_name,
    surname_length,
    transliteration_end,
    without_particle,
)
from store.text import is_han

#: jieba's tags of proper nouns (a person, a transliterated name, a place, other)
_PROPER = ("nr", "nrt", "ns", "nz")


def plausible_after_title(name: str) -> bool:
    """穆勒 after 总干事: jieba's dictionary holds a few transliterated family names as proper
    nouns (nz), which plausible_name takes for common words; right after a title, such a
    word written wholly in the characters transliterations use is the holder's name."""
    if plausible_name(name):
        return True
    whole = transliteration_end(name, 0) == len(name)
    tags = _PROPER if len(name) >= 3 else ("nz",)  # 伊萨科夫 (nrt): see dictionary_transliteration
    return whole and zh_lex.proper_noun(name, tags)


def dictionary_transliteration(text: str, toks: list[zh_lex.Token], pos: int) -> str | None:
    """伊萨科夫 after 副局长: a transliterated name that opens with a Chinese family name's
    character (德, 马) is too short for a run read without a dot (five characters), but where
    jieba's dictionary holds it as one proper noun of three characters or more, written
    wholly in the characters transliterations use, right after a title and where the run of
    such characters ends (or a word that follows names begins), it is the holder's name."""
    tok = zh_lex.token_at(toks, pos)
    if tok is None or len(tok.word) < 3 or tok.pos not in _PROPER:
        return None
    end, run_end = tok.end, transliteration_end(text, pos)
    if run_end < end:
        return None
    return tok.word if run_end == end or text.startswith(foreign_ends(), end) else None


def opens_name(text: str, pos: int) -> bool:
    """Whether a name may begin at text[pos]: a Chinese or a listed Japanese family name, or
    a transliterated name with its dot. A bracket after a title is the title's portfolio
    when a name follows it, and that name may be Japanese (理事（某某担当）佐藤某某)."""
    return bool(
        surname_length(text, pos) or japanese_surname_length(text, pos) or FOREIGN.match(text, pos)
    )


def isolated_name(text: str, pos: int, *, spaced: bool) -> str | None:
    """衡某某 in 新闻发言人 衡某某）: a family name and one or two characters that a space
    opens (`spaced`) and punctuation or the line's end closes is a name whole, whatever words
    jieba reads in it (a verb and a place); bylines and a host's bracketed line write names
    so. So is one a colon closes in a speaker's label (某局发言人衡某某：) opening a line."""
    k = pos
    while k < len(text) and is_han(text[k]):
        k += 1
    sl = surname_length(text, pos)
    if not sl or not 1 <= k - pos - sl <= 2 or (k < len(text) and text[k] not in boundary()):
        return None
    if not spaced and not (text.startswith(_COLONS, k) and _label_line(text, pos)):
        return None
    name = text[pos:k]
    return name if plausible_name(name) else None


_COLONS = ("：", ":")


def _label_line(text: str, pos: int) -> bool:
    """Whether nothing but words (no punctuation, no space) opens the line up to `pos`."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return bool(line) and not any(c in boundary() for c in line)


def kanji_name(text: str, pos: int) -> str | None:
    """A Japanese or Korean name after the title of an office of its country (日本特许厅技监
    木原美武): two to six Chinese characters up to where a name may end; a word of one
    character that may also be part of a name (和 of 和子) ends it only if nothing else does,
    or if a verb or a date's figure follows it, and then where the name has the most usual
    length (four characters, then three)."""
    if text.startswith(foreign_ends(), pos):
        return None  # 长官表示: no name after the title
    weak: list[int] = []
    for k in range(pos + 2, min(pos + 6, len(text)) + 1):
        if not is_han(text[k - 1]):
            break
        if k >= len(text) or not is_han(text[k]) or text.startswith(_long_followers(), k):
            if weak and weak[-1] == k - pos - 1 and k < len(text) and _goes_on(text[k]):
                k -= 1  # 某某亦出席: a word of one character right before a verb ends the name
            return without_particle(text[pos:k])
        if text.startswith(foreign_ends(), k):
            weak.append(k - pos)
    usual = (4, 3, 5, 2, 6)
    best = min(weak, key=usual.index, default=None)
    return without_particle(text[pos : pos + best]) if best else None


def _goes_on(c: str) -> bool:
    """Whether the sentence goes on at `c` after a one-character word: a verb's first
    character, or a figure (某某于3月中旬来访: the preposition of a date, no given character)."""
    return is_han(c) or c.isdigit()


@cache
def _long_followers() -> tuple[str, ...]:
    return tuple(w for w in foreign_ends() if len(w) >= 2)
