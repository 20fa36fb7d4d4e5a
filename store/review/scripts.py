"""Pairs across scripts: one person or body named in Latin letters and in Chinese characters
(review pairs.py asks for them). A foreign personal name and its transliteration (马丁·格伯 /
Martin Gerber), compared only where one document or one organisation states both; a body a
bilingual release names in both languages, found by the translation of its head word
(代表团 / delegation, review.txt zh_en_heads) when the document names no other of that head;
a Chinese name and its Cantonese or Hokkien spelling (李偉明 / Lei Wai Meng) on the same
condition as a transliteration.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from store.review.sign import NAME_DOTS
from store.search.words import words_of
from store.text import has_han, lexicon, to_simplified

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]

_SEPARATORS = re.compile(rf"[{NAME_DOTS}\s]+")


def _sounds(word: str) -> int:
    """How many syllables a Latin name part has, roughly: its groups of vowels."""
    return len(re.findall(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûü]+", word.casefold()))


def _could_transliterate(han: str, latin: str) -> bool:
    """马丁·格伯 / Martin Gerber: as many parts, each about as many characters as the Latin
    part has syllables."""
    hp = [p for p in _SEPARATORS.split(han) if p]
    lp = [p for p in latin.split() if p]
    if len(hp) < 2 or len(hp) != len(lp):
        return False
    return all(
        abs(len(h) - _sounds(w)) <= 1 and _starts_alike(h, w) for h, w in zip(hp, lp, strict=True)
    )


#: Latin letters a transliteration's first pinyin letter may stand for (马 Martin, 克 Cl-)
_ALIKE = {
    "k": "kcq",
    "q": "qkc",
    "x": "xsz",
    "j": "jgyd",
    "h": "hkxj",  # Jorge 豪尔赫, Juan 胡安: a Spanish j
    "f": "fvp",
    "w": "wvu",
    "y": "yjie",
    "z": "zsc",
    "c": "csktz",
    "s": "szcx",
    "l": "lr",
    "t": "td",
    "d": "dt",
    "b": "bpv",
    "p": "pbf",
    "g": "gkh",
    "e": "aeiouh",
    "a": "aeiouh",
    "o": "aeiouh",
}


def _starts_alike(han: str, latin: str) -> bool:
    first = _first_letter(han[0])
    letter = latin.strip(".").casefold()[:1]
    return bool(first) and letter in _ALIKE.get(first, first)


@lru_cache(maxsize=1 << 14)
def _first_letter(ch: str) -> str:
    """The first letter of a character's first pinyin reading, as pypinyin's lazy_pinyin
    gives it (the same for every character of its table), read from that table alone:
    importing pypinyin whole costs several times more than the rest of a first review."""
    reading = _char_table().get(ord(ch))
    if reading is None:  # (not in the table: pypinyin itself says what it gives)
        from pypinyin import lazy_pinyin

        return (lazy_pinyin(ch) or [""])[0][:1]
    plain = unicodedata.normalize("NFD", reading.split(",")[0])
    return next((c for c in plain if c.isascii() and c.isalpha()), "")


@cache
def _char_table() -> dict[int, str]:
    """pypinyin's table of each character's readings (pinyin_dict.py), loaded without the
    package: its __init__ also loads the phrase table and builds a segmenter."""
    import importlib.util
    from pathlib import Path

    package = importlib.util.find_spec("pypinyin")  # (found, not run)
    origin = package.origin if package else None
    path = Path(origin).parent / "pinyin_dict.py" if origin else None
    spec = importlib.util.spec_from_file_location("_ipx_pinyin_dict", path) if path else None
    if spec is None or spec.loader is None or path is None or not path.exists():
        from pypinyin.pinyin_dict import pinyin_dict

        return pinyin_dict  # type: ignore[no-any-return]
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pinyin_dict  # type: ignore[no-any-return]


def transliterated(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """A foreign name in Chinese characters and the same person's Latin name, compared only
    when one document or one organisation states both (a bilingual release, a delegation)."""
    by_place: dict[tuple[str, int], list[_Entity]] = defaultdict(list)
    for e in entities.values():
        for d in e.documents:
            by_place[("d", d)].append(e)
        for o in e.links:
            by_place[("o", o)].append(e)
    script = {e.id: _script(e.name) for e in entities.values()}  # (once, not once a place)
    seen: set[tuple[int, int]] = set()
    for members in by_place.values():
        latin = [e for e in members if script[e.id] == "latin"]
        foreign = [e for e in members if script[e.id] == "foreign"]
        chinese = [e for e in members if script[e.id] == "chinese"]
        for han, alike in ((foreign, _could_transliterate), (chinese, _could_romanise)):
            if not han or not latin or len(han) * len(latin) > max_block * max_block:
                continue
            for h in han:
                for lt in latin:
                    key = (min(h.id, lt.id), max(h.id, lt.id))
                    if key not in seen and alike(h.name, lt.name):
                        seen.add(key)
                        yield key, "script", lt.name, h.name


def _script(name: str) -> str:
    """Latin letters, a foreign name in Chinese characters (with a name dot), or a Chinese
    name."""
    if not has_han(name):
        return "latin"
    return "foreign" if _SEPARATORS.search(name) else "chinese"


@lru_cache(maxsize=1 << 16)
def _could_romanise(han: str, latin: str) -> bool:
    """李偉明 / Lei Wai Meng, 陈伟明 / Tan Wei Ming: a Chinese name written syllable by
    syllable in a romanisation other than pinyin (Cantonese, Hokkien; pinyin readings pair
    through the search keys): one Latin part of one syllable for each character, each
    starting as the character's pinyin could."""
    if not 3 <= len(han) <= 4:
        return False
    parts = [p for p in re.split(r"[\s-]+", latin) if p]
    if len(parts) != len(han):
        return False  # (two syllables alike by chance are too common: Søren Kim / 张强)
    if any(_sounds(w) != 1 for w in parts):
        return False  # (Liam Santos: a Western name, not one syllable a character)
    return all(_starts_alike(h, w) for h, w in zip(han, parts, strict=True))


@cache
def _zh_en_heads() -> tuple[tuple[str, frozenset[str]], ...]:
    """(Chinese head, its English words), longest head first (review.txt zh_en_heads)."""
    pairs = [w.split(":", 1) for w in lexicon.words("review.txt", "zh_en_heads")]
    heads = [(zh, frozenset(en.split(","))) for zh, en in pairs]
    return tuple(sorted(heads, key=lambda h: -len(h[0])))


def _head_of(han: str) -> str | None:
    simple = to_simplified(han)
    return next((zh for zh, _ in _zh_en_heads() if simple.endswith(zh)), None)


def translated(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """A body one document names in Chinese and in English (a bilingual release): the one
    Chinese name of a head (代表团) and the one English name holding its translation
    (delegation) that the document states, neither with a name in the other's script, nor
    of two countries (glossed.other_country)."""
    from store.review.glossed import other_country

    words = dict(_zh_en_heads())
    by_place: dict[tuple[int, str], tuple[list[_Entity], list[_Entity]]] = {}
    for e in entities.values():
        scripts = {has_han(n) for n in e.names}
        if len(scripts) != 1:
            continue  # named in both scripts already
        if True in scripts:
            head = _head_of(e.name)
            heads = [head] if head else []
        else:
            said = set(words_of(e.name))
            heads = [zh for zh, en in words.items() if en & said]
        for head in heads:
            for d in e.documents:
                han, latin = by_place.setdefault((d, head), ([], []))
                (han if True in scripts else latin).append(e)
    seen: set[tuple[int, int]] = set()
    for han, latin in by_place.values():
        if len(han) == 1 and len(latin) == 1:  # one of each: none else it could be
            h, lt = han[0], latin[0]
            key = (min(h.id, lt.id), max(h.id, lt.id))
            if key not in seen and not other_country(h.name, lt):  # (泰国… / "UK …")
                seen.add(key)
                yield key, "translated", lt.name, h.name
