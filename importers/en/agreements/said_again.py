"""An agreement phrase that follows another one of its sentence and is no new signing.

"a protocol amending their 2019 agreement" (the one it adds to), "an MoU with X, the first
formal agreement between them" and "this MoU is the first agreement of its kind" (the same
one said again), "signed an MoU for the implementation of a PPH pilot" (what the signed one
serves): the second phrase names an instrument, but the sentence signs only the first.
"this is the first time the two offices have signed an MoU on X", after the story of that
signing, is the one told again (`first_of_its_kind`).
"""

from __future__ import annotations

import re

from importers.en.agreements.model import Ctx, Found, named_last
from importers.en.agreements.titles import topic
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

#: Between an instrument and the one it adds to, carries out or changes: " amending their ",
#: " to implement the ", " that turns the patent prosecution highway ", ", which saw the
#: formal launch of the " (what the signing brought about).
_ADDED_TO = re.compile(
    rf",\s+which\s+(?:{phrase_alternation(lexicon.words('en_agreements.txt', 'outcome_verbs'))})"
    r"\s+(?:[\w-]+\s+){0,5}"
    r"|\s+(?:(?:to|amending|supplementing|extending|implementing|under)\s+(?:[\w-]+\s+){0,2}"
    r"|(?:that|which)\s+(?:(?!(?:and|or)\b)[\w-]+\s+){1,6})"
)


#: Between an agreement (and its counterpart) and a generic noun set off after a comma that
#: says what it is: " with the Office of X (OX), the first formal ", ", their third ".
_APPOSED = re.compile(r"(?:\s+with\s+[^,;.]{1,120}?)?\s*,\s*(?:the|its|their)\s+(?:[\w-]+\s+){0,3}")


#: Right before an instrument that the one signed before it serves: "for the implementation
#: of a", "in implementation of the".
_IMPLEMENTED = re.compile(
    r"\b(?:for|in)\s+(?:the\s+)?implementation\s+of\s+(?:the|a|an|its|their)?\s*$"
)


#: Between an agreement and a noun phrase that the copula makes say what it is: " is the
#: first ministerial-level ", " was their second ". Adjectives and ordinals only: a
#: preposition ("a follow-up to the") leads to another instrument.
_PREDICATED = re.compile(
    r"\s+(?:is|was|becomes|became|remains)\s+(?:the|a|an|its|their|our)\s+"
    r"(?:(?!(?:to|of|for|with|on|under|from|by)\b)[\w-]+\s+){0,3}"
)


def names_another(text: str, prev_end: int, s: int, kind: str, title: str) -> bool:
    """Whether the phrase at `s`, after an agreement phrase that ends at `prev_end`, is that
    agreement again, the one it adds to, or the one it serves."""
    if _ADDED_TO.fullmatch(text, prev_end, s):
        return True  # "a protocol amending their 2019 agreement"
    if (
        kind == "agreement"
        and not re.search(r"\bwith\b", title)
        and _APPOSED.fullmatch(text, prev_end, s)
    ):
        return True  # "an MoU with X, the first formal agreement between ...": the same one
    if _IMPLEMENTED.search(text, prev_end, s):
        return True  # "signed an MoU for the implementation of a PPH pilot": its purpose
    return _PREDICATED.fullmatch(text, prev_end, s) is not None  # "this MoU is the first ..."


#: "this is the first time (that) ... ", "it marks the first time ...": the signing just
#: told, weighed; the clause names no other ("this the first time", its copula dropped by a
#: slip, still weighs it).
_FIRST_TIME = re.compile(
    r"\b(?:(?:this|it|that)\s+(?:is|was|marks|marked)|this)\s+(?:also\s+)?the\s+first\s+time\b"
    r"[^.;:]*$",
    re.IGNORECASE,
)


def first_of_its_kind(ctx: Ctx, f: Found, cs: int) -> bool:
    """Whether `f`, found in the clause from `cs`, is only the agreement of its kind told
    before, called the first of its kind ("it was the first time the pair signed an MoU on
    X"); if so, that agreement takes the topic it is given here when it had none."""
    if _FIRST_TIME.search(ctx.text, cs, f.span[0]) is None:
        return False
    # "the first time X has entered into an agreement with Y": the generic word weighs the
    # instrument just told, whatever its kind
    target = named_last(ctx.found, None if f.kind == "agreement" else f.kind)
    if target is None or target is f:
        return False
    if not target.topic and f.topic and target.kind == f.kind:
        target.title, target.topic = f.title, topic(f.title)  # not an MoU's, by "agreement"
    return True
