"""Search keys: what a name is stored under so that a B-tree prefix lookup finds it.

A name yields keys in two namespaces of one column (`searchkey.key`):

- *name keys* (no leading mark): the folded name, the pinyin of a Chinese name in several
  forms, every suffix of its Chinese characters (so that a prefix lookup finds any contiguous
  part), computed acronyms and fuzzy forms;
- *word keys* (leading `.`): each word of a Latin-script name, plus the abbreviation of a
  known phrase (intellectual property -> ip) and the phrase of a known abbreviation, so that
  the words of a query can be matched in any order.

Each key carries a tier (what kind of key it is), from which search derives how good a match
is. pypinyin is imported only when a name or a query holds Chinese characters: nothing here
imports it at module level, so a Latin-letter query never pays for it.

Readings. pypinyin's first reading is wrong for many names (长 in 申长雨 is chang, not
zhang; the surname 曾 is zeng, not ceng), so a person's reading is chosen with surname and
given-name tables first, and every other reading of every heteronym is kept as a lower tier,
at most `MAX_READINGS` combinations per name, fewest departures from the preferred reading
first.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from store.text import fold, lexicon, strip_accents, to_simplified

# Tiers of keys (stored in searchkey.tier).
T_NAME = 0  # the whole name: folded text, preferred full pinyin
T_PART = 1  # a later part: suffix of the characters, pinyin of the given name
T_INITIALS = 2  # initials, mixed full+initials, computed acronyms
T_HETERONYM = 3  # another reading of a heteronym
T_FUZZY = 4  # fuzzy form: zh/z, ch/c, sh/s, ng/n, v/u
T_WORD = 5  # a word of a name (word namespace)
T_PARTY = 6  # a party's name in an agreement (word namespace or its characters)

WORD_MARK = "."
MAX_READINGS = 16
MAX_KEY = 120  # longer keys are cut; queries are cut the same way

_HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(
    r"[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+(?:'[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)*"
)
_ASCII_PUNCT = re.compile(r"[^a-z0-9]+")
_THE = re.compile(r"^the\s+")


def quick_fold(text: str) -> str:
    """store.text.fold, with a fast path for ASCII text (same result)."""
    if text.isascii():
        return _ASCII_PUNCT.sub("", _THE.sub("", text.strip().lower()))
    return fold(text)


STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "with", "by", "between"})

# phrase <-> abbreviation, both directions are indexed as words
ABBREVIATIONS: dict[tuple[str, ...], str] = {
    ("intellectual", "property"): "ip",
    ("memorandum", "of", "understanding"): "mou",
    ("patent", "prosecution", "highway"): "pph",
    ("peoples", "republic", "of", "china"): "prc",
    ("united", "states"): "us",
    ("united", "kingdom"): "uk",
    ("european", "union"): "eu",
    ("trade", "mark"): "tm",
    ("research", "and", "development"): "rd",
}
_EXPANSIONS = {
    abbr: [w for w in phrase if w not in STOPWORDS] for phrase, abbr in ABBREVIATIONS.items()
}
_SPELLING = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("centre", "center"),
    ("programme", "program"),
)

# Surname readings (first character or two of a person's Chinese name), from the one table.
SURNAME_READINGS = {
    r["surname"]: r["reading"]
    for r in lexicon.table("surnames.tsv")
    if len(r["surname"]) == 1 and r["reading"]
}
COMPOUND_SURNAMES = {
    r["surname"]: tuple(r["reading"].split())
    for r in lexicon.table("surnames.tsv")
    if len(r["surname"]) == 2 and r["reading"]
}
# Readings usual in given names where pypinyin's first reading is not.
GIVEN_READINGS = {"长": "chang", "蔚": "wei", "茜": "qian", "晟": "sheng", "朴": "pu", "单": "dan"}


def is_han(ch: str) -> bool:
    return bool(_HAN_CHAR.match(ch))


def fuzzy(s: str) -> str:
    """PinIn-style fuzzy form, applied alike to keys and queries: zh/z ch/c sh/s ng/n v/u."""
    return (
        s.replace("zh", "z")
        .replace("ch", "c")
        .replace("sh", "s")
        .replace("ng", "n")
        .replace("v", "u")
    )


def canon_word(w: str) -> str:
    for a, b in _SPELLING:
        if w.endswith(a):
            return w[: -len(a)] + b
    return w


def words_of(text: str) -> list[str]:
    """Folded Latin/digit words of a text, spelling variants unified (organisation -> z)."""
    if not text.isascii():
        text = strip_accents(unicodedata.normalize("NFKC", text))
    out = []
    for raw in _WORD.findall(text.casefold()):
        w = raw.replace("'", "")
        out.append(canon_word(w) if len(w) > 5 else w)
    return out


def word_set(text: str) -> set[str]:
    """Words to index for a name: its words (no stop words) plus abbreviations both ways."""
    ws = words_of(text)
    out = {w for w in ws if w not in STOPWORDS}
    for phrase, abbr in ABBREVIATIONS.items():
        n = len(phrase)
        for i in range(len(ws) - n + 1):
            if tuple(ws[i : i + n]) == phrase:
                out.add(abbr)
                break
    for w in list(out):
        if w in _EXPANSIONS:
            out.update(_EXPANSIONS[w])
    return out


def acronyms(text: str) -> set[str]:
    """Computed acronyms of a multi-word Latin name: IPOS and IPOOS for IP Office of Singapore."""
    ws = words_of(text)
    if len(ws) < 2:
        return set()
    out = {"".join(w[0] for w in ws)}
    content = [w for w in ws if w not in STOPWORDS]
    if len(content) >= 2:
        out.add("".join(w[0] for w in content))
    return {a for a in out if len(a) >= 2}


# ---------------------------------------------------------------- readings of Chinese text


@lru_cache(maxsize=20000)
def char_readings(ch: str) -> tuple[str, ...]:
    """Every reading of one character, pypinyin's order, tone-less, ü as v."""
    from pypinyin import Style, pinyin

    got = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    seen: list[str] = []
    for r in got[0] if got else []:
        r = r.replace("ü", "v").lower()
        if r.isascii() and r.isalpha() and r not in seen:
            seen.append(r)
    return tuple(seen)


@lru_cache(maxsize=4096)
def _phrase_reading(run: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    out = lazy_pinyin(run, errors="ignore")
    return tuple(r.replace("ü", "v") for r in out)


def tokens(folded: str) -> list[str]:
    """A folded name as tokens: one per Chinese character, one per run of anything else."""
    out: list[str] = []
    buf = ""
    for ch in folded:
        if is_han(ch):
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out


def options(folded: str, *, person: bool) -> list[list[str]]:
    """Per token, its readings, the preferred one first (a non-Chinese token is itself)."""
    toks = tokens(folded)
    opts: list[list[str]] = []
    preferred: list[str | None] = [None] * len(toks)
    if person and toks:
        two = "".join(toks[:2])
        if len(toks) >= 3 and two in COMPOUND_SURNAMES:
            preferred[0], preferred[1] = COMPOUND_SURNAMES[two]
        elif toks[0] in SURNAME_READINGS:
            preferred[0] = SURNAME_READINGS[toks[0]]
        for i in range(1, len(toks)):
            if preferred[i] is None and toks[i] in GIVEN_READINGS:
                preferred[i] = GIVEN_READINGS[toks[i]]
    else:
        # organisations and titles: pypinyin's phrase-aware reading of each run of characters
        i = 0
        while i < len(toks):
            if not is_han(toks[i]):
                i += 1
                continue
            j = i
            while j < len(toks) and is_han(toks[j]):
                j += 1
            reading = _phrase_reading("".join(toks[i:j]))
            if len(reading) == j - i:
                for k in range(i, j):
                    preferred[k] = reading[k - i]
            i = j
    for tok, pref in zip(toks, preferred, strict=True):
        if not is_han(tok):
            opts.append([tok])
            continue
        rs = list(char_readings(tok)) or [tok]
        if pref is not None:
            rs = [pref] + [r for r in rs if r != pref]
        opts.append(rs)
    return opts


def readings(opts: list[list[str]], limit: int = MAX_READINGS) -> list[list[str]]:
    """Combinations of readings, the preferred first, then fewest departures, at most `limit`."""
    base = [o[0] for o in opts]
    out = [base]
    alt_positions = [i for i, o in enumerate(opts) if len(o) > 1]
    for k in range(1, len(alt_positions) + 1):
        for positions in itertools.combinations(alt_positions, k):
            for choice in itertools.product(*(opts[i][1:] for i in positions)):
                r = list(base)
                for i, c in zip(positions, choice, strict=True):
                    r[i] = c
                out.append(r)
                if len(out) >= limit:
                    return out
    return out


def pinyin_of(text: str) -> str:
    """The preferred reading of Chinese text, joined (for homophone search of a query)."""
    return "".join(readings(options(fold(text), person=False), 1)[0])


# ---------------------------------------------------------------- keys of one name


def _put(keys: dict[str, int], key: str, tier: int) -> None:
    key = key[:MAX_KEY]
    if key and (key not in keys or keys[key] > tier):
        keys[key] = tier


def _initial(tok: str) -> str:
    return tok[0] if tok else tok


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
    fz = fuzzy(full)
    if fz != full:
        _put(keys, fz, T_FUZZY)
    if n <= 4:
        # every mix of full syllables and initials, the last syllable full: its prefixes
        # cover the mixes that end in an initial (denghs is a prefix of denghsen)
        for mask in range(1, 1 << (n - 1)):
            parts = [_initial(pref[i]) if (mask >> i) & 1 and han[i] else pref[i] for i in range(n)]
            _put(keys, "".join(parts), T_INITIALS)
    else:
        _put(
            keys,
            "".join(_initial(s) if h else s for s, h in zip(pref, han, strict=True)),
            T_INITIALS,
        )
    # later parts: the given name (people), any contiguous part (organisations, titles)
    for i in range(1, n - 1):
        if not han[i]:
            continue
        rest = pref[i:]
        _put(keys, "".join(rest), T_PART)
        if not person and len(rest) >= 2:
            _put(
                keys,
                "".join(_initial(s) if h else s for s, h in zip(rest, han[i:], strict=True)),
                T_INITIALS,
            )
    for r in rs[1:]:
        _put(keys, "".join(r), T_HETERONYM)
        _put(
            keys, "".join(_initial(s) if h else s for s, h in zip(r, han, strict=True)), T_HETERONYM
        )


def name_keys(text: str, *, person: bool, party: bool = False) -> dict[str, int]:
    """Keys of one name (or agreement title) -> tier. `party`: a party's name in an agreement."""
    keys: dict[str, int] = {}
    folded = quick_fold(text)
    if not folded:
        return keys
    if party:
        for w in word_set(text):
            _put(keys, WORD_MARK + w, T_PARTY)
        if any(is_han(c) for c in folded):
            for i, ch in enumerate(folded):
                if is_han(ch):
                    _put(keys, folded[i:], T_PARTY)
        return keys
    _put(keys, folded, T_NAME)
    has_chinese = any(is_han(c) for c in folded)
    if has_chinese:
        simplified = to_simplified(text)
        if simplified != text:  # a 繁體 name is found by its 简体 form too
            for k, tier in name_keys(simplified, person=person).items():
                _put(keys, k, tier)
    if has_chinese:
        for i in range(1, len(folded)):
            if is_han(folded[i]):
                _put(keys, folded[i:], T_PART)
        _pinyin_keys(keys, folded, person=person)
    if has_chinese and all(is_han(c) for c in folded):
        return keys
    for w in word_set(text):
        _put(keys, WORD_MARK + w, T_WORD)
    if not person:
        for a in acronyms(text):
            _put(keys, a, T_INITIALS)
    return keys
