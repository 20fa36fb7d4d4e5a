"""Readings of Chinese text: the pinyin a name is searched by, preferred reading first.

pypinyin's first reading is wrong for many names (长 in 申长雨 is chang, not zhang; the
surname 曾 is zeng, not ceng), so a person's reading is chosen with surname and given-name
tables first (surnames.tsv, search.txt), and every other reading of every heteronym is kept,
at most `MAX_READINGS` combinations per name, fewest departures from the preferred reading
first. pypinyin is imported only when a text holds Chinese characters: a Latin-letter query
never pays for it.
"""

from __future__ import annotations

import itertools
from functools import cache, lru_cache

from store.search.words import pairs
from store.text import fold, lexicon
from store.text.pinyin import char_readings
from store.text.script import is_han

MAX_READINGS = 16


@cache
def _surnames() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Readings of one-character surnames, and of two-character ones syllable by syllable."""
    rows = [r for r in lexicon.table("surnames.tsv") if r["reading"]]
    single = {r["surname"]: r["reading"] for r in rows if len(r["surname"]) == 1}
    compound = {r["surname"]: tuple(r["reading"].split()) for r in rows if len(r["surname"]) == 2}
    return single, compound


@cache
def _given() -> dict[str, str]:
    """Readings usual in given names where pypinyin's first reading is not."""
    return dict(pairs("given_readings"))


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


def _person_preferred(toks: list[str]) -> list[str | None]:
    """A person's name: the surname's reading, then the usual given-name readings."""
    surnames, compounds = _surnames()
    given = _given()
    preferred: list[str | None] = [None] * len(toks)
    two = "".join(toks[:2])
    if len(toks) >= 3 and two in compounds:
        preferred[0], preferred[1] = compounds[two]
    elif toks[0] in surnames:
        preferred[0] = surnames[toks[0]]
    for i in range(1, len(toks)):
        if preferred[i] is None and toks[i] in given:
            preferred[i] = given[toks[i]]
    return preferred


def _phrase_preferred(toks: list[str]) -> list[str | None]:
    """Organisations and titles: pypinyin's phrase-aware reading of each run of characters."""
    preferred: list[str | None] = [None] * len(toks)
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
    return preferred


def options(folded: str, *, person: bool) -> list[list[str]]:
    """Per token, its readings, the preferred one first (a non-Chinese token is itself)."""
    toks = tokens(folded)
    preferred = _person_preferred(toks) if person and toks else _phrase_preferred(toks)
    opts: list[list[str]] = []
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
