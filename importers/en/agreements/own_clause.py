"""What of a sentence tells its own signing, and when.

"signed an agreement, which took effect on 1 May" was not signed on 1 May, and one "approved
by the Cabinet on 3 May," in an opening clause was not signed then either: the date of a
signing is read from the main clause. "The first document to be signed by A was X" places a
past signing in a sequence, where "to be signed" would otherwise tell one still ahead.
"""

from __future__ import annotations

import re

from importers.en.word_patterns import phrase_alternation
from importers.en.words import SIGN_VERBS
from store.text import lexicon


def _words(section: str) -> str:
    return phrase_alternation(lexicon.words("en_agreements.txt", section))


#: "The first document to be signed by A was", "the last to be adopted were": the place of
#: a past signing in a sequence, no signing still ahead.
FIRST_TO_BE_SIGNED = re.compile(
    rf"\b(?:{_words('ranked_signing_words')})\s+"
    r"(?:[\w-]+\s+){0,2}to\s+be\s+"
    r"(?:signed|concluded|adopted|inked)\s+(?:by\s+[^,;.]{1,60}?\s+)?(?:was|were)\b",
    re.IGNORECASE,
)


#: The -ing forms of the verbs by which a new agreement takes the place of an earlier one
#: ("renewing", "superseding"; [replacing_verbs], which replaced.py reads too).
_REPLACING_PARTICIPLES = phrase_alternation(
    w for w in lexicon.words("en_agreements.txt", "replacing_verbs") if w.endswith("ing")
)


#: ", which took effect on 1 May," / ", which expires in 2026": a clause about what the
#: agreement did later, set off by commas after the signing verb; without the comma, one
#: that says what is to come ("an agreement which will be implemented in 2020"); and
#: ", renewing the memorandum the offices first concluded in June 2016": the instrument it
#: follows on, with that one's date.
_LATER_CLAUSE = re.compile(
    r",\s*which\s[^,;]*|\s+(?:which|that)\s+(?:will|shall|is\s+to|are\s+to)\s[^,;]*"
    rf"|,\s*(?:{_REPLACING_PARTICIPLES})\s+(?:the|their|its|an?)\s[^,;]*"
)


#: "Approved by the Cabinet at its meeting on 3 May, ...": an opening clause that tells a
#: step before the signing, with that step's own date.
_PRIOR_STEP = re.compile(
    rf"\s*(?:{_words('prior_step_participles')})\s+"
    r"(?:by|in|on|at)\b[^,;.]{0,120},",
    re.IGNORECASE,
)


def main_clause(sent: str) -> str:
    """The sentence less the relative clauses that follow its signing verb: "signed an
    agreement, which took effect on 1 May" was not signed on 1 May; nor was one "approved
    by the Cabinet on 3 May," in an opening clause. (A clause before the verb, or one that
    holds the sentence's only signing verb, stays.)"""
    verb = SIGN_VERBS.search(sent)
    if verb is None:
        return sent
    out = sent
    prior = _PRIOR_STEP.match(sent)
    if prior is not None and SIGN_VERBS.search(sent, prior.end()):
        out = " " * prior.end() + out[prior.end() :]
    for m in _LATER_CLAUSE.finditer(sent, verb.end()):
        rest = out[: m.start()] + out[m.end() :]
        if SIGN_VERBS.search(rest):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out
