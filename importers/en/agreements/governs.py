"""Which signing verb of a sentence is the one of a given agreement phrase.

signings.py finds agreement nouns and the signing verbs around them; a sentence often holds
more than one of each ("recalled the MoU signed in 2016, and noted the results of the PPH"),
and a verb may say that nothing was signed ("has not signed", a quoted "extended", "to be
extended"). Deciding which verb governs which phrase is one question with its own patterns,
asked once per verb and phrase.
"""

from __future__ import annotations

import re

from importers.en.agreements.clauses import object_of_own_verb, subject_of_own_clause
from importers.en.agreements.titles import FUTURE
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

#: "has not signed", "was never adopted", "no text was adopted": a verb that says it was not.
_NEGATED = re.compile(
    r"(?:\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?|\bno\s+[a-z]+\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:yet\s+)?)$"
)

#: A verb alone inside quotation marks: a word the text quotes and keeps its distance from.
_QUOTED = re.compile(r"[\"“‘'][^\s\"”’']+[\"”’']")

#: What follows a participle that modifies the noun before it: "signed in June", "signed by".
_PARTICIPLE = re.compile(r"\s+(?:in|on|at|by|between|with|last|earlier|during|since)\b")


def governs(
    text: str,
    v: re.Match[str],
    span: tuple[int, int],
    following: int,
    phrases: list[tuple[re.Match[str], int, int, bool]],
    *,
    kind: str = "",
) -> bool:
    """Whether a signing verb of the sentence can be the one of the agreement at s..e: one
    before it, or one after it in the past ("the MoU signed by", "was renewed") unless it
    opens the next agreement's phrase (", and signed PPH agreements with ..."). A present
    tense after it ("the MOU extends work sharing") makes the agreement a subject. A plan
    (`kind` work_plan or programme) "finalised" is drawn up, not concluded. A
    participle right after an earlier agreement's title ("recalled the MoU signed in 2016,
    and noted the results of the PPH") is that agreement's alone."""
    s, e = span
    if _NEGATED.search(text, max(0, v.start() - 40), v.start()):
        return False  # "has not signed", "no text was adopted"
    if _QUOTED.match(text[v.start() - 1 : v.end() + 1]):
        return False  # 'the item said they had "extended" it': someone else's word for it
    if v.start() < s:
        if (
            v.group() == "signed"
            and _ATTRIBUTIVE.search(text, max(0, v.start() - 30), v.start())
            and _MODIFIERS_ONLY.fullmatch(text, v.end(), s)
        ):  # "under the terms of the signed memorandum": one signed before, named; but "the
            return False  # exchange of the signed originals of the MoU" tells its signing
        if _PARTICIPLE.match(text, v.end()) and any(
            pe <= v.start() and not text[pe : v.start()].strip(" ,") for _, _, pe, _ in phrases
        ):
            return False
        if _DRAFT.search(text, max(v.end(), s - 40), s):
            return False  # "the Cabinet approved the draft MoU": cleared for signing, not signed
        if _NOMINAL.fullmatch(v.group()) and _OWN_PREDICATE.match(text, v.end(), s):
            return False  # "the signing of the plan was preceded by the X Agreement"
        if _in_relative_clause(text, v.end(), s, phrases):
            return False  # "concluded a plan that includes work on the PPH program"
        if subject_of_own_clause(text, v.end(), s, e):
            return False  # "renewed the MoU; the new plan puts it into practice"
        if object_of_own_verb(text, v.end(), s):
            return False  # "signed the minutes, and discussed a new agreement"
        if _AGREED_ON.fullmatch(v.group()):  # "agreed on the need for an MoU": a view
            return _ARTICLE.fullmatch(text, v.end(), s) is not None
        if _AGREED_OBJECT.fullmatch(v.group()):  # "agreed a new MoU", not "agreed a date"
            return _MODIFIERS_ONLY.fullmatch(text, v.end(), s) is not None
        if _FINALISED.fullmatch(v.group()):  # "finalised the MoU", not "... the text of"
            return _DETERMINED.fullmatch(text, v.end(), s) is not None and kind not in _DRAWN_UP
        # "reached agreement on ...": a consensus; "reached an agreement": a document; and
        # "reached a consensus on the draft of a joint statement": its text, not signed
        return not (
            v.group().casefold() == "reached"
            and (not text[v.end() : s].strip() or _CONSENSUS_ON.match(text, v.end(), s))
        )
    if re.fullmatch(r"(?:sign|extend|renew|adopt|conclude|ink)s", v.group(), re.IGNORECASE):
        return False
    if _AGREED_ON.fullmatch(v.group()) or _AGREED_OBJECT.fullmatch(v.group()):
        return False  # "the regional plan, which the working group agreed on": told in passing
    if _FINALISED.fullmatch(v.group()):
        return False  # "once the text of the MoU is finalized": still being negotiated
    if FUTURE.match(text, e) or ";" in text[e : v.start()]:
        return False  # "a work plan would be prepared ...; no text was adopted"
    if _BE.search(text, max(0, v.start() - 20), v.start()):
        return False  # "which would allow patents to be extended": no signing of it
    if _participle_of_later(text, v, e, phrases):
        return False  # "the MoU extends a Letter of Intent signed by": the letter's verb
    if _AND_PREDICATE.fullmatch(text, e, v.start()) and not _PRONOUN.match(text, v.end()):
        return False  # "reviewed the agreements and exchanged views": a verb of its own object
    return not (v.start() < following and re.fullmatch(r"[^,.;]{0,40}", text[v.end() : following]))


#: "the signing of the plan was preceded by the X Agreement": a signing named as a noun,
#: with its own object after "of", is the subject of a verb of its own ("was", "is", "has
#: been"); a title after that verb is what the signing followed or led to, not what it signed.
_NOMINAL = re.compile(
    phrase_alternation(lexicon.words("en_agreements.txt", "signing_nouns")), re.IGNORECASE
)
_OWN_PREDICATE = re.compile(
    r"\s+of\s+[^,.;:]{1,80}?\s(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s",
    re.IGNORECASE,
)

#: "agreed on a memorandum" signs it only when the memorandum is its object, an article
#: between them at most.
_AGREED_ON = re.compile(r"agreed\s+(?:on|upon)", re.IGNORECASE)
_ARTICLE = re.compile(r"\s+(?:(?:a|an|the|their|its|this)\s+)?")
#: "agreed a memorandum", "agreed an MoU": the British transitive "agree", its article
_AGREED_OBJECT = re.compile(r"agreed\s+an?", re.IGNORECASE)

#: "finalised the agreement": done only with an agreement or memorandum as its object, a
#: determiner and a modifier at most between them ("finalised their new MoU").
_FINALISED = re.compile(r"finali[sz]ed", re.IGNORECASE)
#: "finalised their action plan", "finalised the roadmap": drawn up, still to be adopted
#: (`kind` as importers/en/agreements/kinds.py gives it).
_DRAWN_UP = frozenset({"work_plan", "programme"})
_DETERMINED = re.compile(r"\s+(?:the|their|its|this|that|an?)\s+(?:(?!(?:of|the)\b)[\w-]+\s+)?")

#: "of the signed", "under the signed": a preposition, then an article before an attributive
#: participle: an agreement named as one signed before, not a signing told.
_ATTRIBUTIVE = re.compile(r"\b(?:of|in|under|within|per|to)\s+the\s+$")
#: Nothing but a modifier or two between the participle and the title ("the signed two-sided
#: memorandum"), no noun of its own ("the signed originals of").
_MODIFIERS_ONLY = re.compile(r"\s+(?:(?!(?:of|the)\b)[\w-]+\s+){0,2}")

#: "reached (a) consensus on", "reached an understanding about": what follows is the topic
#: of a consensus, not a document signed.
_CONSENSUS_ON = re.compile(
    r"\s+(?:(?:a|an|broad|full)\s+)*(?:consensus|understanding)\s+(?:on|about|over)\b",
    re.IGNORECASE,
)

#: "reviewed the MoU and exchanged views", "discussed the plan and signed it": a verb right
#: after the title, behind "and", shares the subject of the verb before the title; it is the
#: title's own only when its object is a pronoun for it.
_AND_PREDICATE = re.compile(r"\s*,?\s+and\s+")
_PRONOUN = re.compile(r"\s+(?:it|them)\b")

#: "the draft MoU", "the draft text of the plan": a text prepared for signing; a verb before it
#: approves or discusses the draft ("discussed the draft plan and adopted it" adopts it after).
_DRAFT = re.compile(
    r"\bdraft(?:\s+(?:text|version))?(?:\s+of)?(?:\s+(?:the|an?|their|its|this))?\s+$", re.I
)

#: "to be extended", "would be signed": a signing still to come, or only supposed.
_BE = re.compile(r"\bbe\s+(?:\w+ly\s+)?$", re.IGNORECASE)

#: Between a title and its own participle: nothing, a comma, "that was", ", which had been".
_RELATIVE_PASSIVE = re.compile(
    r"[\s,]*(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?)?"
)

#: Between two agreement phrases that share what is said after the second: "and", "or".
_COORDINATED = re.compile(
    r"[\s,]*(?:and|or|as\s+well\s+as)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
)


def _participle_of_later(
    text: str,
    v: re.Match[str],
    e: int,
    phrases: list[tuple[re.Match[str], int, int, bool]],
) -> bool:
    """Whether a verb after the phrase ending at `e` is the participle of a later phrase
    ("this MoU follows a Letter of Intent signed by A in 2014", "on the letter
    that was signed by A"): a later title ends right before it or its relative clause,
    and the two phrases are not joined by "and" (where "the MoU and the plan signed in
    May" share the verb)."""
    for _, ps, pe, _ in phrases:
        if ps < e or pe > v.start() or not _RELATIVE_PASSIVE.fullmatch(text, pe, v.start()):
            continue
        return not _COORDINATED.fullmatch(text, e, ps)
    return False


#: A relative clause that opens right after a title: "that includes", ", which covers".
_RELATIVE = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?!(?:was|were|is|are|(?:had|has|have)\s+been)\b)"
)


def _in_relative_clause(
    text: str, verb_end: int, s: int, phrases: list[tuple[re.Match[str], int, int, bool]]
) -> bool:
    """Whether the title at `s` stands in a relative clause that describes an earlier title
    the verb took ("concluded a new action plan that has initiatives such as sharing
    experience of the PPH program"): part of what that agreement holds, not signed by the
    verb. A passive relative ("that was signed") is the earlier one's own participle."""
    return any(
        verb_end <= ps and pe <= s and _RELATIVE.match(text, pe) is not None
        for _, ps, pe, _ in phrases
    )
