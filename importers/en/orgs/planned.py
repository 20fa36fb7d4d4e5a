"""A body named only as one still to be set up is no body yet.

"the ministry will help Moldova establish a Design Training Institute", "plans for setting
up Regional Innovation Hub (RIH) in each province": the text speaks of a plan, and the
capitalised words are what the new body may be called, not a body that acts or signs. A
body the text names anywhere else ("the Design Training Institute opened in May"), or with
"the" after the verb (a body it already knows), or that the reference data lists, is kept.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

#: "establish a", "the establishment of", "setting up": the verb that plans the body, then
#: no article or an indefinite one, right before the name
_PLANNED = re.compile(
    r"(?<![\w-])(?i:"
    + phrase_alternation(lexicon.words("en_orgs.txt", "founding_verbs"))
    + r")\s+(?:(?:a|an)\s+)?$"
)
#: "(RIH)": the short name bracketed right after the planned name
_BRACKET = re.compile(r"\s*\(\s*$")


def drop_planned(text: str, orgs: Orgs) -> None:
    """Drop the organisations, unknown to the reference data, that the text names only right
    after a verb that sets them up, with their short name bracketed after it."""
    for entry in list(orgs.entries):
        if entry.ref is not None or not entry.spans:
            continue
        spans = sorted(entry.spans)
        planned = [s for s, _ in spans if _PLANNED.search(text, max(0, s - 40), s)]
        if not planned:
            continue
        ends = {e for s, e in spans if s in planned}
        if all(s in planned or _glossed(text, s, ends) for s, _ in spans):
            orgs.drop(entry)


def _glossed(text: str, start: int, ends: set[int]) -> bool:
    """Whether the mention at `start` is the bracket opened right after a planned name."""
    return any(_BRACKET.fullmatch(text, e, start) for e in ends if e <= start)
