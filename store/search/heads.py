"""Head keys: the first word of a name and a person's surname, stored so that a short query
(one syllable, one word, as search-as-you-type sends first) finds the names it starts with a
whole word before those where it is only part of a syllable, later in a long name, another
reading or a fuzzy form.

A head key is the word, a space, and the length of the name's key in three digits: 申长雨 is
stored under "shen 011" (shenchangyu has 11 letters), Francis Gurry under "francis 012" and
"gurry 012". The space sorts before every character a key holds, so a lookup of "shen" reads
the names whose head is shen right after the names that are shen, the shortest first (those
the query covers most), before any longer key; and the length gives the coverage that ranks
them without reading the name.

Which word is a person's surname: the first character of a Chinese name (the first two for
a compound surname: 欧阳修 "ouyang"); the first word of a Latin name when it is how a Chinese
surname is spelt (Shen Changyu); else the last word of a name of two or three words (Francis
Gurry, Daren Tang). Any other first word (an organisation's, a Western given name, a Chinese
name not starting with a known surname) is a first word. The surnames are surnames.tsv.
"""

from __future__ import annotations

from functools import cache

from store.search.words import STOPWORDS, words_of
from store.text import lexicon
from store.text.script import is_han

SEP = " "
MAX_LENGTH = 999
PINYIN_PER_CHARACTER = 3  # letters a character's pinyin has, about, in a mixed name
MAX_SURNAME_WORDS = 3  # Daren Tang Heng Shim: which of four words is the surname is unclear


def head_key(word: str, length: int) -> str:
    """The key of a head word of a name whose key has `length` characters."""
    return f"{word}{SEP}{min(max(length, 1), MAX_LENGTH):03d}"


def split_head(key: str) -> tuple[str, int]:
    """(word, length of the name's key) of a head key."""
    word, _, length = key.rpartition(SEP)
    return word, int(length) if length.isdigit() else MAX_LENGTH


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Chinese surnames: single characters, compound ones, and how a Latin name spells them
    (the table's reading, else pypinyin's first reading: only at indexing)."""
    from store.text.pinyin import char_readings

    single: set[str] = set()
    compound: set[str] = set()
    spelt: set[str] = set()
    for row in lexicon.table("surnames.tsv"):
        surname = row["surname"]
        (single if len(surname) == 1 else compound).add(surname)
        if row["reading"]:
            spelt.add("".join(row["reading"].split()))
        else:
            first = [char_readings(c)[:1] for c in surname]
            if all(first):
                spelt.add("".join(r[0] for r in first))
    return frozenset(single), frozenset(compound), frozenset(spelt)


def han_head(folded: str, reading: list[str], *, person: bool) -> tuple[str, bool]:
    """(key, whether it is a surname) of the head of a name that starts with a Chinese
    character, from its preferred `reading` (one syllable per character)."""
    length = len("".join(reading))
    if not person:
        return head_key(reading[0], length), False
    single, compound, _ = _surnames()
    if len(reading) >= 3 and folded[:2] in compound and is_han(folded[1]):
        return head_key(reading[0] + reading[1], length), True
    return head_key(reading[0], length), folded[0] in single


def latin_heads(text: str, folded: str, *, person: bool) -> dict[str, bool]:
    """{key: whether it is a surname} of the heads of a name that starts with a Latin word:
    its first word and, for a person, the surname. A one-word name has none (the name itself
    is its key)."""
    if not folded or is_han(folded[0]):
        return {}
    words = words_of(text, canon=False)
    while words and words[0] in STOPWORDS:
        words = words[1:]
    han = sum(1 for c in folded if is_han(c))
    if not words or (len(words) < 2 and not han):
        return {}
    length = len(folded) + (PINYIN_PER_CHARACTER - 1) * han  # WIPO 学院: wipoxueyuan
    first = words[0]
    if not person:
        return {head_key(first, length): False}
    if first in _surnames()[2]:
        return {head_key(first, length): True}
    out = {head_key(first, length): False}
    if len(words) <= MAX_SURNAME_WORDS:
        out[head_key(words[-1], length)] = True
    return out
