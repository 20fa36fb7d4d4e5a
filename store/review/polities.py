"""A state's or a region's whole government, or its legislature, that one document names once.

The reference data names such bodies (the Government of a country, a province's people's
government, a national congress), so nothing doubts them, and the queue left them out. But a
text names a government once mostly as the state it speaks of ("with the support of the
Government of X"), not as a body that acts: in the annotated development sets most of those
named once were no organisation of the text (a party, a host, a signer) while ministries and
offices named once were. Such a body waits at the queue's tail as a name to confirm, ranked
by its own (low) P(wrong), below every name the queue doubts. The words are data
(review.txt polity_heads, zh_polity_ends). A polity the reference data does not know is
doubted by its shape instead (signals.py, sign `polity`).
"""

from __future__ import annotations

import re
from functools import cache

from store.text import has_han, lexicon, to_simplified

WHY = "a government or a legislature one document names once: the state it speaks of?"


def is_polity(name: str) -> bool:
    """Whether NAME names a state's or a region's whole government or its legislature."""
    if has_han(name):
        return to_simplified(name).endswith(lexicon.words("review.txt", "zh_polity_ends"))
    words = [w.casefold() for w in re.findall(r"[\w'’]+", name)]
    heads = lexicon.wordset("review.txt", "polity_heads")
    if not words or _head(words) not in heads:
        return False  # "Ministry of Local Government", "Local Government Association"
    # "Student Congress of X University", "World Congress on X Technology": another body's
    # or an event's head word makes the name that body's or event's
    return not (set(words) - heads) & _other_heads()


def _head(words: list[str]) -> str:
    """The head word of a Latin name: the one before its first "of", else its last."""
    return words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]


@cache
def _other_heads() -> frozenset[str]:
    return lexicon.wordset("en_orgs.txt", "org_heads") | lexicon.wordset(
        "en_orgs.txt", "event_nouns"
    )


def named_once_polity(name: str, documents: int, mentions: int) -> bool:
    """A reference body that is a polity, stated by one document in one mention."""
    return documents == 1 and mentions <= 1 and is_polity(name)
