"""A body's name in Chinese text that keeps its Latin name or acronym and has the rest in
Chinese (IPOS国际公司 for IPOS International, ARM中国 for ARM China).

The form is only tried as a name: it links a fact to a body the reference data or the store
already knows by the English name, never makes one. A known body's Chinese name may stand for
its Latin name too (新加坡知识产权局国际公司 for IPOS International). The words are in
store/text/words/resolve.txt [mixed_name_words_zh].
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import Reference
from store.text import HAN, has_han, lexicon, to_simplified

_MIXED = re.compile(rf"^([A-Za-z][A-Za-z0-9&.\- ]*?)\s*([{HAN}]+)$")


@cache
def _mixed_words() -> tuple[tuple[str, str], ...]:
    """(Chinese word, its English word or "" for a legal form), longest first."""
    pairs = [line.split() for line in lexicon.words("resolve.txt", "mixed_name_words_zh")]
    out = [(zh, "" if en == "-" else en) for zh, en in pairs]
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def in_english(name: str) -> str | None:
    """IPOS国际公司 → IPOS International: every Chinese word after the Latin part must be
    one the list translates, and one at least must be more than a legal form (Acme公司 is
    no name of Acme's); else None."""
    m = _MIXED.match(to_simplified(name.strip()))
    if not m:
        return None
    latin, words = m.group(1).strip(), _translated(m.group(2))
    return " ".join([latin, *words]) if words else None


def after_known_body(ref: Reference, name: str) -> list[str]:
    """新加坡知识产权局国际公司 → IPOS International: a body the reference data knows by its
    Chinese name, with words the list translates after it, is named in English by the
    body's Latin names (its acronym first) and those words; [] for any other name."""
    simple = to_simplified(name.strip())
    for cut in range(len(simple) - 1, 1, -1):
        words = _translated(simple[cut:])
        body = ref.org_named(simple[:cut]) if words else None
        if body is not None:
            latin = [n for n in body.all_names() if not has_han(n)]
            return [" ".join([n, *words]) for n in latin]
    return []


def _translated(han: str) -> list[str]:
    """The English words of Chinese words the list knows, or [] when a word is not in it or
    every word is a legal form (Acme公司 is no name of Acme's)."""
    words: list[str] = []
    while han:
        hit = next(((zh, en) for zh, en in _mixed_words() if han.startswith(zh)), None)
        if hit is None:
            return []
        words += [hit[1]] if hit[1] else []
        han = han[len(hit[0]) :]
    return words
