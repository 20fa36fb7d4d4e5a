"""A minister's portfolio written before the title: "Trade Minister", "Deputy Foreign
Affairs Minister", "Justice and Human Rights Minister", and a secretary's ("Commerce
Secretary", the head of a department or the civil servant heading a ministry; "Secretary
Commerce", the same post with the portfolio after it).

News style puts the portfolio in front of "Minister" and names no ministry; the words say
what the holder does as much as "Minister of Trade" does, so they are the title's, and the
title is a role even when the text names no body for it.
"""

from __future__ import annotations

import re

from importers.en.words import PORTFOLIO_WORDS, TITLE_MODIFIER_WORDS

#: Capitalised words and their conjunctions right before a title, read backwards.
_LEAD = re.compile(r"((?:[A-Z][a-z]+|and|&)[ \t]+)+$")
#: Lower-case words and their conjunctions right before a lower-case title.
_LOWER_LEAD = re.compile(r"((?:[a-z]+|&)[ \t]+)+$")
#: The titles a portfolio may be written before.
_PORTFOLIO_HOLDERS = ("minister", "secretary")


def portfolio_start(text: str, start: int, title: str) -> int | None:
    """Where a minister's title begins that the text writes with its portfolio in front
    ("Industry Minister"), with a rank before it ("Deputy"); None when the words before
    are no portfolio (a name, a country, "Prime")."""
    if title.casefold() not in _PORTFOLIO_HOLDERS:
        return None
    lower = title[:1].islower()  # "the trade minister": a lower-case title, its portfolio too
    m = (_LOWER_LEAD if lower else _LEAD).search(text, max(0, start - 80), start)
    if m is None:
        return None
    words = m.group().split()
    begin = len(words)
    while begin > 0 and _inside(words, begin - 1, lower=lower):
        begin -= 1
    # a demonym, a place or a conjunction before the portfolio is not the title's
    while begin < len(words) and not _leads(words[begin], lower=lower):
        begin += 1
    kept = words[begin:]
    if not kept or words[-1] in ("and", "&"):
        return None
    pos = start
    for w in reversed(kept):
        pos = text.rindex(w, 0, pos)
    return pos


def _inside(words: list[str], i: int, *, lower: bool = False) -> bool:
    """Whether the i-th word still belongs to the portfolio: a portfolio word, a rank, a
    conjunction, or another word after a conjunction ("Energy and Mineral Resources"); in
    lower case only portfolio words and ranks, as any word may stand there."""
    w = words[i]
    if w in ("and", "&") or _leads(w, lower=lower):
        return True
    return not lower and i > 0 and words[i - 1] in ("and", "&")


def _leads(word: str, *, lower: bool = False) -> bool:
    """A rank or a portfolio word, capitalised or (`lower`) in lower case: where the
    title's own words begin."""
    low = word.casefold()
    cased = word[:1].islower() if lower else word[:1].isupper()
    return cased and (low in PORTFOLIO_WORDS or low in TITLE_MODIFIER_WORDS)


def says_portfolio(title: str) -> bool:
    """Whether a title names a minister's portfolio before "Minister" ("Finance Minister"),
    which says the post as fully as "Minister of Finance"; or a secretary's right after
    "Secretary" with no "of" ("Secretary Commerce", "Federal Secretary Finance": South Asian
    usage for the civil servant heading a ministry)."""
    words = title.split()
    if len(words) >= 2 and words[-2].casefold() == "secretary" and words[-1][:1].isupper():
        return words[-1].casefold() in PORTFOLIO_WORDS  # "Secretary Commerce" (see below)
    if len(words) < 2 or words[-1].casefold() not in _PORTFOLIO_HOLDERS:
        return False
    lower = words[-1].islower()  # "trade minister": all in lower case, as news writes it
    return any(w.casefold() in PORTFOLIO_WORDS for w in words[:-1] if w[:1].isupper() or lower)
