"""Pairs of a body named in Chinese in one text and in English in another (review pairs.py
asks for them): a Chinese release names 某地某某中心 and an English one "X Y Centre", and
nothing says they are one, because neither text gives the other's name. The Chinese name is
read word by word (review.txt zh_en_words: the words bodies' names are made of, and
countries.tsv's names; a place or a name in no list by its pinyin, 深圳 shenzhen; Latin
letters in it as they are, IPOS国际公司): when every part of it translates a word of the
English name, and every word of the English name is so translated, the two may be one.
A part the English form often leaves out (公司, "-" in the list) may go untranslated.

A Chinese name that opens with its country is also read without it against English names
that name no country (某国贸易及工业部 / "Department of Trade and Industry": an English
text in which the country goes without saying).

Only a body named in Chinese alone (one known in both scripts is paired by its own names),
against any English name of another, and only names of two parts or more: 中心 / "Centre"
says nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from store.search.words import STOPWORDS, words_of
from store.text import fold, has_han, lexicon, to_simplified

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
#: a Chinese name must translate in at least this many parts to say anything
FEWEST_PARTS = 2
#: the words of a gloss that may go untranslated in the English name
OPTIONAL = "-"

#: one translation of a Chinese word: the English words it stands for, all of them
Gloss = frozenset[str]


def _stem(word: str) -> str:
    """A word without a plural's s (parks, park), so that either form matches."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _content(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_stem(w) for w in words if w not in STOPWORDS)


@cache
def _glossary() -> dict[str, tuple[Gloss, ...]]:
    """Chinese word (simplified) -> its translations, each a set of English word stems; an
    empty set: the word may go untranslated (review.txt zh_en_words, countries.tsv)."""
    out: dict[str, list[Gloss]] = defaultdict(list)
    for entry in lexicon.words("review.txt", "zh_en_words"):
        zh, en = entry.split(":", 1)
        for alt in en.split(","):
            gloss = frozenset() if alt == OPTIONAL else _content(words_of(alt.replace("+", " ")))
            out[to_simplified(zh)].append(gloss)
    for row in lexicon.table("countries.tsv"):
        glosses = [_content(words_of(n)) for n in row["en"]]
        for zh in row["zh"]:
            out[to_simplified(zh)] += [g for g in glosses if g]
    return {zh: tuple(sorted(set(g), key=len, reverse=True)) for zh, g in out.items() if g}


@cache
def _longest() -> int:
    return max(map(len, _glossary()), default=1)


@lru_cache(maxsize=1 << 14)
def _reading(run: str) -> str:
    """The first pinyin reading of each character, joined (深圳: shenzhen)."""
    from store.review.scripts import _char_table

    table = _char_table()
    out = []
    for ch in run:
        reading = table.get(ord(ch))
        if reading is None:
            return ""
        plain = unicodedata.normalize("NFD", reading.split(",")[0])
        out.append("".join(c for c in plain if c.isascii() and c.isalpha()))
    return "".join(out)


@lru_cache(maxsize=1 << 14)
def parts(han: str) -> tuple[tuple[Gloss, ...] | str, ...]:
    """A Chinese name cut into the words of the glossary, longest first, each as its
    translations; Latin letters as one word; a run of characters no word covers as it is
    (a str, read in pinyin only for a candidate: the table costs a first read)."""
    simple = to_simplified(fold(han))
    glossary, longest = _glossary(), _longest()
    out: list[tuple[Gloss, ...] | str] = []
    unknown = ""
    i = 0
    while i < len(simple):
        latin = re.match(r"[a-z0-9]+", simple[i:])
        found = (
            None
            if latin
            else next(
                (
                    simple[i : i + n]
                    for n in range(min(longest, len(simple) - i), 0, -1)
                    if simple[i : i + n] in glossary
                ),
                None,
            )
        )
        if (latin or found) and unknown:
            out.append(unknown)
            unknown = ""
        if latin:
            out.append((frozenset({_stem(latin.group())}),))
            i += latin.end()
        elif found:
            out.append(glossary[found])
            i += len(found)
        else:
            unknown += simple[i]
            i += 1
    if unknown:
        out.append(unknown)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def translates(han: str, latin: str) -> bool:
    """Every part of the Chinese name translates a word of the English name (or may go
    untranslated), and every word of the English name is so translated."""
    cut = parts(han)
    words = _latin_content(latin)
    order = [_stem(w) for w in words_of(latin)]
    if len(cut) < FEWEST_PARTS or len(words) < FEWEST_PARTS:
        return False
    covered: set[str] = set()
    said = 0
    for part in cut:
        if isinstance(part, str):  # a place or a name by its pinyin
            found = _read_as(_reading(part), order)
            if not found:
                return False
            covered |= found
            said += 1
            continue
        gloss = next((g for g in part if g and g <= words), None)
        if gloss is None:
            if frozenset() in part:
                continue  # (公司: often left out of the English name)
            return False
        covered |= gloss
        said += 1
    return said >= FEWEST_PARTS and covered >= words - _state_form(words)


@cache
def _state_words() -> tuple[frozenset[str], frozenset[str]]:
    """The heads of a state's long form, and they with the words before them (review.txt
    state_heads, state_modifiers), as a name's content words."""
    heads = _content(words_of(" ".join(lexicon.words("review.txt", "state_heads"))))
    before = _content(words_of(" ".join(lexicon.words("review.txt", "state_modifiers"))))
    return heads, heads | before


def _state_form(words: frozenset[str]) -> frozenset[str]:
    """The words of a state's long form in an English name ("the Republic of X"): a
    Chinese name says 某国 and leaves them out, so no translation need cover them."""
    heads, form = _state_words()
    return words & form if words & heads else frozenset()


#: "IP" in an English name: the two words a Chinese name writes in full (知识产权)
_IP = re.compile(r"\bIP\b")


@lru_cache(maxsize=1 << 18)
def _latin_content(name: str) -> frozenset[str]:
    """The words of an English name that a translation must hold, "IP" as the two it stands
    for ("ASEAN IP Association": intellectual property) (kept between reads)."""
    return _content(words_of(_IP.sub("Intellectual Property", name)))


def _read_as(reading: str, order: list[str]) -> set[str]:
    """The English words a pinyin reading spells: one word, or two running together
    (深圳 shenzhen; 中关村 zhong guan cun as "Zhongguancun")."""
    if len(reading) < 4:
        return set()  # (one syllable alike by chance says nothing)
    for i, w in enumerate(order):
        if w == reading:
            return {w}
        if i + 1 < len(order) and w + order[i + 1] == reading:
            return {w, order[i + 1]}
    return set()


def glossed(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each body named in Chinese alone and body named in English, in any documents, whose
    names translate each other word by word."""
    chinese = [e for e in entities.values() if all(map(has_han, e.names))]
    if not chinese:
        return  # (no English name is read)
    holders: dict[str, list[_Entity]] = defaultdict(list)
    for e in entities.values():
        for w in {w for n in e.names if not has_han(n) for w in _latin_content(n)}:
            holders[w].append(e)
    seen: set[tuple[int, int]] = set()
    for h in chinese:
        for name in h.names:
            for lt in _candidates(name, holders, max_block):
                if other_country(name, lt):
                    continue
                key = (min(h.id, lt.id), max(h.id, lt.id))
                if key not in seen and any(translates(name, n) for n in lt.names if not has_han(n)):
                    seen.add(key)
                    yield key, "glossed", lt.name, h.name
            bare = _without_country(name)  # 某国贸易及工业部 / "Department of Trade and ..."
            for lt in _candidates(bare, holders, max_block) if bare else []:
                if other_country(name, lt):
                    continue
                key = (min(h.id, lt.id), max(h.id, lt.id))
                latin = [n for n in lt.names if not has_han(n) and not _names_country(n)]
                if key not in seen and any(translates(bare, n) for n in latin):
                    seen.add(key)
                    yield key, "glossed", lt.name, h.name


def other_country(han: str, lt: _Entity) -> bool:
    """The Chinese name opens with one country (泰国…厅) and the English-named body is
    another's: placed there, or named after it ("UK Intellectual Property Office"). A
    country's word may go untranslated, never turn into another country's."""
    code = _zh_country(han)
    if code is None:
        return False
    if lt.country and lt.country != code:
        return True
    named = set().union(*(_latin_countries(n) for n in lt.names if not has_han(n)))
    return bool(named) and code not in named


@cache
def _zh_country(han: str) -> str | None:
    """The code of the country a Chinese name opens with (泰国智慧财产厅: TH), else None."""
    found = _opening_country(to_simplified(fold(han)))
    return found[1] if found else None


def _opening_country(simple: str) -> tuple[str, str] | None:
    """The longest country's Chinese name SIMPLE opens with, and its code."""
    return next(((n, c) for n, c in _zh_countries() if simple.startswith(n)), None)


@cache
def _zh_countries() -> tuple[tuple[str, str], ...]:
    """Every country's Chinese names with its code, longest first."""
    rows = {(n, r["code"]) for r in lexicon.table("countries.tsv") for n in r["zh"] if n}
    return tuple(sorted(rows, key=lambda row: (len(row[0]), row[1]), reverse=True))


@lru_cache(maxsize=1 << 16)
def _latin_countries(latin: str) -> frozenset[str]:
    """The codes of the countries an English name names ("UK ...", "... of Thailand")."""
    words = set(words_of(latin.casefold()))
    return frozenset(code for code, country in _latin_country_words() if country <= words)


@cache
def _latin_country_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each country's English names as sets of words, with its code."""
    rows = lexicon.table("countries.tsv")
    return tuple((r["code"], frozenset(words_of(n.casefold()))) for r in rows for n in r["en"] if n)


@cache
def _without_country(han: str) -> str:
    """A Chinese name less the country it opens with (菲律宾贸易及工业部: 贸易及工业部),
    as an English text in which the country goes without saying names it; empty when no
    country opens it or too little is left."""
    simple = to_simplified(fold(han))
    found = _opening_country(simple)
    country = found[0] if found else ""
    return simple[len(country) :] if country and len(simple) - len(country) >= 3 else ""


@cache
def _country_words() -> re.Pattern[str]:
    names = {n.casefold() for r in lexicon.table("countries.tsv") for n in r["en"] if n}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len)[::-1]) + r")\b")


@lru_cache(maxsize=1 << 16)
def _names_country(latin: str) -> bool:
    """An English name that names a country ("... (Philippines)", "Thai ...")."""
    return _country_words().search(latin.casefold()) is not None


def _candidates(han: str, holders: dict[str, list[_Entity]], max_block: int) -> list[_Entity]:
    """The English-named bodies that could translate the Chinese name: those holding a word
    of each translation of its rarest part (局: office, bureau, ...), at most a few blocks."""
    rarest: dict[int, _Entity] | None = None
    for part in parts(han):
        if isinstance(part, str) or frozenset() in part:
            continue  # (a part that may go untranslated holds no English name's word)
        block: dict[int, _Entity] = {}
        for gloss in part:  # (a name translating it holds every word of one gloss)
            block.update((e.id, e) for e in min((holders.get(w, []) for w in gloss), key=len))
        if not block:
            return []  # (a part no English name holds: nothing translates it)
        if rarest is None or len(block) < len(rarest):
            rarest = block
    return list(rarest.values()) if rarest is not None and len(rarest) <= max_block * 4 else []
