"""A title a correction takes back: "An earlier version incorrectly described NAME as
Director General of X. She is Deputy Director General." The sentence that says a title was
wrong gives no role; the one that states the right title does, as any other sentence."""

from __future__ import annotations

import re

from importers.en.roles.model import People
from importers.guarded import guarded
from store.text import lexicon
from store.text.sentences import sentence_spans

_ADVERBS = "|".join(lexicon.words("en_roles.txt", "correction_adverbs"))
_VERBS = "|".join(lexicon.words("en_roles.txt", "correction_verbs"))
_TAKEN_BACK = guarded(rf"\b(?:{_ADVERBS})\s+(?:{_VERBS})\b", re.IGNORECASE)


def drop_corrected_roles(text: str, people: People) -> None:
    """Remove the roles whose title stands in a sentence that calls it a mistake."""
    wrong = [(s, e) for s, e in sentence_spans(text, lang="en") if _TAKEN_BACK.search(text, s, e)]
    if wrong:
        people.roles = [r for r in people.roles if not any(s <= r.span[0] < e for s, e in wrong)]
