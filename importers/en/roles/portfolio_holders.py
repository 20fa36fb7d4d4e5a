"""A holder's name that the run of capitalised words after "Minister of" ran into.

A portfolio is read as capitalised words after "of" or "for", which go on into the name of
the person who holds it when the text writes no comma between ("Minister of Industry and
Science Ed Husic"); the name is the last two or three words, none of them a portfolio's. A
middle initial stops the run ("Secretary of Commerce Jane Q. Roe" reads "Commerce Jane Q"):
the word before it is the given name.
"""

from __future__ import annotations

import re

from importers.en.name_shapes import vietnamese_middle
from importers.en.names import NAME_TOKEN, middle_initial, valid_token
from importers.en.words import PORTFOLIO_WORDS

#: ". Roe": the full stop of a middle initial the run of capitalised words stopped at.
INITIAL_AFTER = re.compile(rf"\.[ \t]+{NAME_TOKEN.pattern}")


def name_in_portfolio(portfolio: str, *, initial: bool = False) -> int | None:
    """'Industry and Science Ed Husic', 'Trade Budi Santoso Wirawan': where a personal name
    that runs on from the portfolio starts (its last three or two words, none of them a
    portfolio word). `initial`: the run stopped at a middle initial ("Commerce Jane Q" of
    "Commerce Jane Q. Roe"), so the name's given name is the word before it."""
    words = list(re.finditer(r"\S+", portfolio))
    if initial and len(words) >= 3 and middle_initial(words[-1].group()):
        words = words[:-1]
        return words[-1].start() if _name_word(words[-1].group()) else None
    for k in (3, 2):  # "Law Supratman Andi Agtas": the longest name that leaves a portfolio
        if len(words) <= k:
            continue
        tail = words[-k:]
        if words[-k - 1].group() in ("and", "&"):
            continue
        middle = k == 3 and vietnamese_middle(portfolio, tail[1].start(), [tail[0].group()])
        if all(_name_word(w.group()) or (w is tail[1] and middle) for w in tail):
            return tail[0].start()  # "Science and Technology Bui The Duy": a Vietnamese "The"
    return None


def _name_word(word: str) -> bool:
    """A word that may be part of a holder's name and is no portfolio's word."""
    return (
        bool(NAME_TOKEN.fullmatch(word))
        and valid_token(word)
        and word.casefold() not in PORTFOLIO_WORDS
    )
