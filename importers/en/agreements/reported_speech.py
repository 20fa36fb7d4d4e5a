"""What a speaker reports: "the Minister noted that the office signed" tells the office's
signing, and the speaker, who reports it, signs nothing (reporting_verbs)."""

from __future__ import annotations

import re
from functools import cache

from importers.en.word_patterns import phrase_alternation
from store.text import lexicon


@cache
def _reported() -> re.Pattern[str]:
    """'<speaker> noted that ': what a speaker reports, not a subject that signs."""
    verbs = phrase_alternation(lexicon.words("en_agreements.txt", "reporting_verbs"))
    return re.compile(rf"\b(?:{verbs})\s+that\s+(?!(?:he|she)\b)", re.IGNORECASE)


def after_report(text: str, ss: int, subj_end: int) -> int:
    """Where the subject of a signing starts: after the last '<speaker> said that' before
    its verb (the speaker, who reports it, is no signer; 'said that she signed' keeps her)."""
    cuts = list(_reported().finditer(text, ss, subj_end))
    return cuts[-1].end() if cuts else ss
