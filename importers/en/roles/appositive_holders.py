"""A minister's holder written between commas inside a list that a portfolio might be.

"Kenya's Minister for Trade, Jane Mwangi, and Ghanaian Deputy Minister of Trade Kofi
Mensah": the comma after "Trade" could open a list of portfolio words ("Industry, Trade and
Supply"), but the words between the commas are a name, and "and" opens a second titled
person (after a possessive country, an acronym, "the" or a country's adjective). The
portfolio ends before the name, which the title's apposition then reads.
"""

from __future__ import annotations

import re

from importers.en.names import NAME_TOKEN, valid_token
from importers.en.words import COUNTRY_OF, PORTFOLIO_WORDS, TITLE_CORE

#: "and Ghanaian Deputy Minister": a second title after a country's adjective.
_ADJECTIVE_TITLED = re.compile(rf"\s+(?:and|&)\s+([A-Z][\w-]*)\s+(?:{TITLE_CORE})\b")


def second_titled_by_adjective(portfolio: str) -> re.Match[str] | None:
    """Where "and <country's adjective> <title>" opens a second titled person."""
    for m in _ADJECTIVE_TITLED.finditer(portfolio):
        if m.group(1).casefold() in COUNTRY_OF:
            return m
    return None


#: "and USPTO" closing a portfolio's capitalised words: the body of a second titled person
#: whose title follows in lower case ("... Heng Sothea and USPTO director NAME").
_AND_BODY_AT_END = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*$")
_LOWER_TITLE = re.compile(rf"\s+(?=[a-z])(?i:{TITLE_CORE})(?![\w-])")


def second_titled_in_lower_case(portfolio: str, after: str) -> re.Match[str] | None:
    """Where "and <Body>" that closes `portfolio` opens a second titled person whose title
    `after` opens in lower case: "Minister of X NAME and USPTO director NAME2"."""
    if _LOWER_TITLE.match(after) is None:
        return None
    return _AND_BODY_AT_END.search(portfolio)


def appositive_cut(before: str) -> int | None:
    """Where the ", NAME," that closes `before` starts: the portfolio ends at that comma.
    None when the last words between commas are not a name of two to four words."""
    m = re.search(r",\s+([^,]+?)\s*,?\s*$", before)
    if m is None:
        return None
    words = m.group(1).split()
    if not 2 <= len(words) <= 4:
        return None
    if all(
        NAME_TOKEN.fullmatch(w) and valid_token(w) and w.casefold() not in PORTFOLIO_WORDS
        for w in words
    ):
        return m.start()
    return None
