"""An agreement the story recalls by an adjective of order: "the previous memorandum
between the two offices was signed in 2012", "their last bilateral agreement".

Such a title names an instrument signed before the one the story reports, so it is an
agreement of its own, never that one told again, even when the report gives no date of its
signing ("recently signed") for the two to differ by. Only the adjective right before the
title counts: "signed last week" says when, not which.

"The first" recalls one only when its own clause dates the signing in an earlier year than
the text's ("their first accord, concluded back in 1998", the start of
a history the new one continues); "the first agreement signed today" is an order of the
day's signings, the one reported.
"""

from __future__ import annotations

import re

from store.text import lexicon

_ADJECTIVES = "|".join(lexicon.words("en_agreements.txt", "recalled_adjectives"))
_BEFORE_TITLE = re.compile(rf"\b(?:the|their|its|our|an?)\s+(?:{_ADJECTIVES})\s+$", re.IGNORECASE)
_FIRST = re.compile(r"\b(?:the|their|its|our)\s+(?:very\s+)?first\s+$", re.IGNORECASE)
#: "... being inked in 1998", "... was concluded back in 1998", "... signed in May 1998"
_SIGNED_IN_YEAR = re.compile(
    r"[^.;:!?]{0,80}?\b(?:signed|concluded|inked)\s+(?:back\s+)?in\s+"
    r"(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)


def recalled_before(
    text: str,
    title_start: int,
    title_end: int,
    clause_end: int,
    doc_year: str | None = None,
) -> bool:
    """The title at `title_start` follows "the last", "the previous", "an earlier", or
    "the first" with its clause (to `clause_end`) telling it signed in a year before
    `doc_year` (any year, when the text's is unknown)."""
    if _BEFORE_TITLE.search(text, max(0, title_start - 30), title_start) is not None:
        return True
    if _FIRST.search(text, max(0, title_start - 30), title_start) is None:
        return False
    signed = _SIGNED_IN_YEAR.match(text, title_end, clause_end)
    return signed is not None and (doc_year is None or signed.group(1) < doc_year)
