"""Whether a verb or a dash inside a Chinese organisation's name is the name's own or a sign
that the name ran across the sentence (review signals.py asks).

A verb that is a noun in names (review.txt zh_nominal_verbs) before a body's head word (or
before other such verbs and then one: 某某合作联合委员会), or beginning one, is a word of
the name, not a clause: 上海合作组织, 某某合作中心, 联合国,
某某共同体 (the head words: zh.txt org_suffixes and review.txt zh_compound_heads); any
other verb (某地会见某局) is the sentence running on. A dash between two places before one
head names one body of both (某省—某国贸易委员会, 中国—某地区中心); a dash after a body's
head joins two bodies' names (某某局—某某组织).
"""

from __future__ import annotations

import re
from functools import cache

from store.text import lexicon

_DASH = re.compile(r"[—–\-－~～]")


@cache
def _heads() -> tuple[str, ...]:
    return (
        *lexicon.words("zh.txt", "org_suffixes"),
        *lexicon.words("review.txt", "zh_compound_heads"),
    )


def run_on_word(name: str, verbs: tuple[str, ...]) -> str | None:
    """The first of VERBS the name holds other than a nominal one before a head word or
    as the start of one (a word of the name's own compound: 合作组织, 联合会), or None."""
    heads = _heads()
    nominal = lexicon.words("review.txt", "zh_nominal_verbs")
    for verb in verbs:
        if verb not in nominal:
            if verb in name:
                return verb
            continue
        at = name.find(verb)
        while at >= 0:
            after = _past_nominal(name, at + len(verb), nominal)
            if not name.startswith(heads, after) and not name.startswith(heads, at):
                return verb  # (联合会: the verb begins the head itself)
            at = name.find(verb, at + 1)
    return None


def _past_nominal(name: str, at: int, nominal: tuple[str, ...]) -> int:
    """Where the name goes on after the nominal verbs that follow one another from AT: in
    某某合作联合委员会 the head follows 联合 after 合作, and both are words of the name."""
    while True:
        word = next((v for v in nominal if name.startswith(v, at)), None)
        if word is None:
            return at
        at += len(word)


def joins_two_bodies(name: str) -> bool:
    """A dash in the name that follows a body's head word: two names joined, not one body
    of two places."""
    heads = lexicon.words("zh.txt", "org_suffixes")  # (国 ends places too)
    return any(name[: m.start()].endswith(heads) for m in _DASH.finditer(name))
