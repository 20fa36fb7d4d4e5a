"""The pinyin reading shown beside a person known only by a Chinese name.

王靖宇 alone means nothing to a reader without Chinese, and two people named in characters
cannot be told apart aloud. When no name of a person is in Latin letters, lists and search
results show the likely reading beside the name, marked as a reading: no document stated
it, ipx worked it out ("王靖宇 · Wang Jingyu (reading)").

The reading is the one search keys use (store.search.readings: the surname table first, so
曾 reads zeng and 单 shan), written as a name is: the family name, then the given name as
one word, each capitalised. It costs pypinyin only for a Chinese-only name, so a Latin
query's results never load it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from store.text import lexicon, script_of
from store.text.script import is_han

#: the mark that says a reading was worked out, not stated by a document
READING = "reading"
#: what stands between a name and its reading (as between a name's scripts in the lists)
JOIN = " · "
#: what may separate the parts of a transliterated foreign name (弗朗西斯·高锐)
_SEPARATORS = frozenset("·・•‧ ")


@cache
def _compound_surnames() -> frozenset[str]:
    """Two-character family names (欧阳, 司马): their reading is one word."""
    return frozenset(
        row["surname"] for row in lexicon.table("surnames.tsv") if len(row["surname"]) == 2
    )


def _syllables(run: str, *, person: bool) -> list[str]:
    from store.search.readings import options

    return [o[0] for o in options(run, person=person)]


def _word(syllables: list[str]) -> str:
    """Syllables as one capitalised word; search keys write ü as v (lv), a reader ü (Lü)."""
    return "".join(syllables).replace("v", "ü").capitalize()


@lru_cache(maxsize=20000)
def _reading(name: str) -> str | None:
    from store.text import to_simplified

    text = to_simplified(name.strip())
    if not text or not all(is_han(c) or c in _SEPARATORS for c in text):
        return None
    runs = [r for r in "".join(c if is_han(c) else " " for c in text).split() if r]
    if not runs:
        return None
    if len(runs) > 1:  # a transliterated foreign name: each part read as one word
        return " ".join(_word(_syllables(r, person=False)) for r in runs)
    run = runs[0]
    syllables = _syllables(run, person=True)
    if len(syllables) != len(run):
        return None
    family = 2 if len(run) >= 3 and run[:2] in _compound_surnames() else 1
    if len(run) <= family:
        return _word(syllables)
    return f"{_word(syllables[:family])} {_word(syllables[family:])}"


def reading_of(name: str, others: Iterable[str] = ()) -> str | None:
    """The likely reading of a person's Chinese NAME ('Wang Jingyu' for 王靖宇), or None
    when NAME is not all Chinese or one of the person's OTHER names is in Latin letters (then
    that name, which a document stated, says how to call them)."""
    if not name or script_of(name) != "Hani":
        return None
    if any(script_of(o) != "Hani" for o in others if o):
        return None
    return _reading(name)


def with_reading(name: str, reading: str | None) -> str:
    """NAME with its READING beside it, marked: '王靖宇 · Wang Jingyu (reading)'."""
    return f"{name}{JOIN}{reading} ({READING})" if reading else name
