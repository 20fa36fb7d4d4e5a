"""The meeting beside which a signing took place: "signed X on the sidelines of the Y
Assembly" names Y's owner as the host of the meeting, no party.

The phrase names a meeting up to the next clause: a comma, or "by", "between" or "with",
which open the signers again ("signed on the margins of the forum by the heads of A and
B"), so only the words up to there are set aside.
"""

from __future__ import annotations

import re

from importers.en.word_patterns import phrase_alternation
from importers.en.words import MARGIN_RE
from store.text import lexicon

_CLAUSE_END = re.compile(r",|;|\b(?:by|between|with)\b")


def margin_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first "on the sidelines of <meeting>" between `start` and `end`,
    to the end of the meeting's name; None when the text names no meeting there."""
    m = MARGIN_RE.search(text, start, end)
    if m is None:
        return None
    stop = _CLAUSE_END.search(text, m.end(), end)
    return m.start(), stop.start() if stop else end


#: "On the occasion of X's visit, ": an opening that names the occasion, up to its comma.
_OCCASION = re.compile(
    r"\s*(?:"
    + phrase_alternation(lexicon.words("en_agreements.txt", "occasion_openings"))
    + r")\b[^,;.]{1,120},",
    re.IGNORECASE,
)


def past_occasion(text: str, start: int, end: int) -> int:
    """Where a signing's subject starts after an opening that names its occasion ("On the
    occasion of the Premier's visit, the two offices signed", "At the invitation of X, Y
    signed"): the visitor or the host named there signs nothing. `start` when none."""
    m = _OCCASION.match(text, start, end)
    return m.end() if m else start
