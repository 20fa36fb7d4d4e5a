"""A statement named as the source of what the text reports, not as an instrument made.

"..., said a joint statement released on Monday", "according to the joint communiqué": the
statement is cited for a quotation or a claim, the way a spokesperson would be. Such a
mention makes an instrument only where the text names two sides to it; a "joint" statement
with one side (the body the quotation is about) is the body's press release.
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.word_patterns import phrase_alternation
from store.text import lexicon


@cache
def _cited() -> re.Pattern[str]:
    """A reporting verb or "according to" right before the statement's determiner."""
    verbs = phrase_alternation(lexicon.words("en_agreements.txt", "reporting_verbs"))
    return re.compile(rf"\b(?:{verbs}|according\s+to)\s+(?:a|an|the|their|its)\s+$", re.IGNORECASE)


def cited_as_source(text: str, start: int) -> bool:
    """Whether the statement whose title starts at `start` is cited as a source ("said a
    joint statement", "according to the joint communiqué")."""
    return _cited().search(text, max(0, start - 60), start) is not None
