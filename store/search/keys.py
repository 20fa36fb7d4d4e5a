"""Search keys: what a name is stored under so that a B-tree prefix lookup finds it.

A name yields keys in two namespaces of one column (`searchkey.key`):

- *name keys* (no leading mark): the folded name, the pinyin of a Chinese name in several
  forms (readings.py), every suffix of its Chinese characters (so that a prefix lookup finds
  any contiguous part), computed acronyms and fuzzy forms; and the head keys of heads.py
  ("shen 011": the first word or surname, a space, the name's length);
- *word keys* (leading `.`): each word of a Latin-script name, plus the abbreviation of a
  known phrase (intellectual property -> ip) and the phrase of a known abbreviation
  (words.py), so that the words of a query can be matched in any order.

Each key carries a tier (what kind of key it is), from which search derives how good a match
is. Nothing here imports pypinyin at module level.
"""

from __future__ import annotations

import re

from store.search.heads import han_head, latin_heads
from store.search.readings import MAX_READINGS, options, readings, tokens
from store.search.words import acronyms, word_set
from store.text import fold, to_simplified
from store.text.script import HAN_RE, is_han

# Tiers of keys (stored in searchkey.tier).
T_NAME = 0  # the whole name: folded text, preferred full pinyin
T_PART = 1  # a later part: suffix of the characters, pinyin of the given name
T_INITIALS = 2  # initials, mixed full+initials, computed acronyms
T_HETERONYM = 3  # another reading of a heteronym
T_FUZZY = 4  # fuzzy form: zh/z, ch/c, sh/s, ng/n, v/u
T_WORD = 5  # a word of a name (word namespace)
T_PARTY = 6  # a party's name in an agreement (word namespace or its characters)
T_HEAD = 7  # a name's first word or syllable, a space, the name's length (heads.py)
T_SURNAME = 8  # a person's surname, a space, the name's length (heads.py)
T_ACRONYM = 9  # the computed acronym of a Latin name (IPOS for IP Office of Singapore)

WORD_MARK = "."
MAX_KEY = 120  # longer keys are cut; queries are cut the same way

_ASCII_PUNCT = re.compile(r"[^a-z0-9]+")
_THE = re.compile(r"^the\s+")


def quick_fold(text: str) -> str:
    """store.text.fold, with a fast path for ASCII text (same result)."""
    if text.isascii():
        return _ASCII_PUNCT.sub("", _THE.sub("", text.strip().lower()))
    return fold(text)


def fuzzy(s: str) -> str:
    """PinIn-style fuzzy form, applied alike to keys and queries: zh/z ch/c sh/s ng/n v/u."""
    return (
        s.replace("zh", "z")
        .replace("ch", "c")
        .replace("sh", "s")
        .replace("ng", "n")
        .replace("v", "u")
    )


def _put(keys: dict[str, int], key: str, tier: int) -> None:
    key = key[:MAX_KEY]
    if key and (key not in keys or keys[key] > tier):
        keys[key] = tier


def _initials(syllables: list[str], han: list[bool]) -> str:
    """The syllables with each Chinese one cut to its initial letter."""
    return "".join(s[0] if h and s else s for s, h in zip(syllables, han, strict=True))


def _pinyin_keys(keys: dict[str, int], folded: str, *, person: bool) -> None:
    opts = options(folded, person=person)
    n = len(opts)
    if n == 0:
        return
    rs = readings(opts, 1 if n > 30 else MAX_READINGS)
    han = [is_han(t) for t in tokens(folded)]
    pref = rs[0]
    full = "".join(pref)
    _put(keys, full, T_NAME)
    if han[0] and n > 1:
        head, surname = han_head(folded, pref, person=person)
        _put(keys, head, T_SURNAME if surname else T_HEAD)
    fz = fuzzy(full)
    if fz != full:
        _put(keys, fz, T_FUZZY)
    if n <= 4:
        # every mix of full syllables and initials, the last syllable full: its prefixes
        # cover the mixes that end in an initial (denghs is a prefix of denghsen)
        for mask in range(1, 1 << (n - 1)):
            cut = [bool((mask >> i) & 1) and han[i] for i in range(n)]
            _put(keys, _initials(pref, cut), T_INITIALS)
    else:
        _put(keys, _initials(pref, han), T_INITIALS)
    # later parts: the given name (people), any contiguous part (organisations, titles)
    for i in range(1, n - 1):
        if not han[i]:
            continue
        rest = pref[i:]
        _put(keys, "".join(rest), T_PART)
        if not person and len(rest) >= 2:
            _put(keys, _initials(rest, han[i:]), T_INITIALS)
    for r in rs[1:]:
        _put(keys, "".join(r), T_HETERONYM)
        _put(keys, _initials(r, han), T_HETERONYM)


def _party_keys(text: str, folded: str) -> dict[str, int]:
    """A party's name in an agreement: its words, and every suffix of its characters."""
    keys: dict[str, int] = {}
    for w in word_set(text):
        _put(keys, WORD_MARK + w, T_PARTY)
    for m in HAN_RE.finditer(folded):
        _put(keys, folded[m.start() :], T_PARTY)
    return keys


def name_keys(text: str, *, person: bool, party: bool = False) -> dict[str, int]:
    """Keys of one name (or agreement title) -> tier. `party`: a party's name in an agreement."""
    folded = quick_fold(text)
    if not folded:
        return {}
    if party:
        return _party_keys(text, folded)
    keys: dict[str, int] = {}
    _put(keys, folded, T_NAME)
    han_at = [m.start() for m in HAN_RE.finditer(folded)]  # one regex pass, not one a character
    if han_at:
        simplified = to_simplified(text)
        if simplified != text:  # a 繁體 name is found by its 简体 form too
            for k, tier in name_keys(simplified, person=person).items():
                _put(keys, k, tier)
        for i in han_at:
            if i:
                _put(keys, folded[i:], T_PART)
        if simplified == text:  # else read as the 简体 form is (長 in 申長雨 is chang)
            _pinyin_keys(keys, folded, person=person)
        if len(han_at) == len(folded):
            return keys
    for w in word_set(text):
        _put(keys, WORD_MARK + w, T_WORD)
    for k, surname in latin_heads(text, folded, person=person).items():
        _put(keys, k, T_SURNAME if surname else T_HEAD)
    if not person:
        for a in acronyms(text):
            _put(keys, a, T_ACRONYM)
    return keys
