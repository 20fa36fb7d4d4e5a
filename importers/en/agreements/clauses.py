"""The independent clauses of a sentence that reports several signings.

"A concluded an agreement with B in May 2016, and in October 2018 C and D signed a
memorandum": each clause has its own subject, verb, counterpart and date, and read as one
sentence the first agreement would take the second's parties and the second the first's
date. A sentence is cut where a coordinating comma or semicolon ends one clause that signs an
agreement and starts another that names its own subject, signing verb and agreement; the
agreement finder reads each clause as a sentence.
"""

from __future__ import annotations

import re

from importers.en.agreements.kinds import NOUN_RE
from importers.en.words import SIGN_VERBS
from store.text import lexicon
from store.text.dates import MONTH_RE

#: ", and", "; and", ", while", "; ": where a second clause can begin.
_JOIN = re.compile(r"(?:,|;)\s+(?:and|but|while|whereas)\s+|;\s+")

#: A word that can be (part of) the subject of a clause: a capitalised word that is not a
#: month or an article opening a date, or a pronoun or determiner.
_SUBJECT = re.compile(r"\b(?:(?!(?:" + MONTH_RE + r")\b)[A-Z][\w’'.-]*|we|they|it|both|the)\b")

#: Words between a conjunction and a verb that are no subject ("and then signed").
_ADVERBIAL = re.compile(
    r"\s*(?:(?:also|then|later|subsequently|finally|further|in\s+addition)\b[\s,]*)*"
)


def clauses(text: str, ss: int, se: int) -> list[tuple[int, int]]:
    """The clauses of the sentence at ss..se that each report a signing of their own; the
    whole sentence when it has one."""
    cuts = [
        m.start()
        for m in _JOIN.finditer(text, ss, se)
        if _signs(text, ss, m.start()) and _own_clause(text, m.end(), se)
    ]
    out = []
    start = ss
    for c in cuts:
        if _signs(text, start, c):
            out.append((start, c))
            start = c
    out.append((start, se))
    return out


def _signs(text: str, s: int, e: int) -> bool:
    """Whether s..e names an agreement and a signing verb."""
    return NOUN_RE.search(text, s, e) is not None and SIGN_VERBS.search(text, s, e) is not None


def _own_clause(text: str, s: int, se: int) -> bool:
    """Whether the text from `s` is a clause of its own: a subject before a signing verb,
    then an agreement noun after it."""
    verb = SIGN_VERBS.search(text, s, se)
    if verb is None or NOUN_RE.search(text, verb.end(), se) is None:
        return False
    head = text[s : verb.start()]
    if _ADVERBIAL.fullmatch(head):
        return False  # "..., and then signed a work plan": the first clause's subject
    if NOUN_RE.search(head):
        return False  # "..., and the MoU signed in 2019": one more agreement, no new subject
    return _SUBJECT.search(head) is not None


#: Between a signing verb and a definite title that opens a clause of its own: a semicolon,
#: or a comma with a conjunction, then "the", "this" or "that" ("...; the new plan").
_NEW_CLAUSE = re.compile(
    r"(?:;|,\s*(?:and|but|while|whereas))\s+(?:the|this|that)\s+$", re.IGNORECASE
)

_VERBS = lexicon.wordset("en_agreements.txt", "subject_verbs")
_NOT_VERBS = lexicon.wordset("en_agreements.txt", "not_subject_verbs")


def subject_of_own_clause(text: str, verb_end: int, s: int, e: int) -> bool:
    """Whether the title at s..e, after a signing verb ending at `verb_end`, is the subject
    of a clause of its own ("extended the accord last spring; the annual action plan
    carries it out"): a clause boundary and a definite article open it, and a verb of its own
    follows it. The verb before signed something else; this one is named, not signed."""
    if _NEW_CLAUSE.search(text, verb_end, s) is None:
        return False
    nxt = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b", text[e : e + 40])
    if nxt is None:
        return False
    word = nxt.group(1)
    return word in _VERBS or (word.endswith("s") and len(word) > 2 and word not in _NOT_VERBS)


#: ", and reach a", " and discussed the": a coordinated verb of its own, then its object's
#: article, right before a title.
_OWN_VERB = re.compile(
    r"(?:,\s*|\s+)and\s+(?:(?:also|then)\s+)?([a-z]+)\s+(?:a|an|the|its|their|our|new)\s+$"
)


def object_of_own_verb(text: str, verb_end: int, s: int) -> bool:
    """Whether the title at `s` is the object of a verb of its own, coordinated after the
    verb ending at `verb_end`: a verb that is no signing verb after the agreement the first
    took ("signed the minutes, and discussed a new agreement"), or any verb, signing ones too,
    after a first verb's object that is no instrument ("exchanged opinions about X and
    finalised their plan"); the first verb governs no title then. A verb with no object of
    its own first ("signed and ratified the accord") shares its object."""
    m = _OWN_VERB.search(text, verb_end, s)
    if m is None or m.end() != s:
        return False
    # "exchanged opinions about X and finalised their plan": the first verb's object is no
    # instrument (a lower-case word, not a preposition or an adverb), the plan the second's,
    # whether the second signs it or not (governs.py decides for that verb on its own)
    obj = _OBJECT.match(text, verb_end, m.start())
    if obj is not None and obj.group(1) not in _PARTICLES and not obj.group(1).endswith("ly"):
        return True
    return not SIGN_VERBS.fullmatch(m.group(1)) and bool(NOUN_RE.search(text, verb_end, m.start()))


#: The first word after a signing verb, past an article: its object, unless a particle.
_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|our)\s+)?([a-z]+)\b")
_PARTICLES = lexicon.wordset("en_agreements.txt", "signing_verb_particles")
