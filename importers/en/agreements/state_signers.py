"""An agreement a participle says states signed: "an earlier MoU signed by Chile and Ghana",
"trade runs under a memorandum signed between both nations in 2019".

The words after "signed by" name who signed it, and so do those after "signed between" that
describe states ("the two countries", "both nations"; named countries after "between" may
stand for their bodies, stand_ins.py). When they name or describe countries and no body or
person, the states signed it, and the bodies elsewhere in the sentence (the office that
"reaffirmed the two countries' cooperation as per" it, an office whose filings the
memorandum covers) are no parties. A country is no organisation of the text, so such a
mention gives no agreement between its bodies.
"""

from __future__ import annotations

import re

from importers.en.agreements.counterparts import countries_in, country_codes, orgs_in
from importers.en.agreements.model import Ctx, Mention
from importers.en.agreements.signers import persons_in
from importers.en.places import country_words
from importers.en.words import SIGN_VERBS

#: Right after the noun: "signed by", "that was signed by", "jointly signed by".
_SIGNED_BY = re.compile(
    r"\s*,?\s*(?:(?:that|which)\s+(?:was|were)\s+)?(?:\w+ly\s+)?signed\s+(?P<w>by|between)\s"
)
#: States described, not named: "the two countries", "both nations".
_STATES = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|states)\b", re.IGNORECASE)
#: Where the signers end: a clause's comma, a colon or semicolon, or "in"/"on" a date or place.
_BY_END = re.compile(r"[,;:()]|\s(?:in|on|at|during|for|to)\s")


def signed_by_states_only(ctx: Ctx, mn: Mention) -> bool:
    """Whether the mention is followed by "signed by" and countries alone, or by "signed
    between" and states described."""
    e, se = mn.span[1], mn.sentence[1]
    m = _SIGNED_BY.match(ctx.text, e, se)
    if m is None:
        return False
    stop = _BY_END.search(ctx.text, m.end(), se)
    end = stop.start() if stop else se
    if orgs_in(ctx, m.end(), end) or persons_in(ctx, m.end(), end):
        return False
    signers = ctx.text[m.end() : end]
    named = m.group("w") == "by" and country_words(signers)
    return bool(named or _STATES.search(signers))


#: A subject of countries alone before its verb: "Lusitania and Japan have", also a headline's
#: after the line break that opens its sentence.
_COUNTRY_SUBJECT = re.compile(
    r"\s*(?:[^,]{0,30}[,\u2013\u2014-]\s*)?(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*"
    r"(?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*"
    r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$"
)


def states_as_subject(ctx: Ctx, mn: Mention) -> bool:
    """Whether the sentence says states signed: "Lusitania and Japan have entered into an MoU",
    its subject countries alone, and the text names a body for fewer of them than it names
    (a body for each stands for its state, stand_ins.py; a body only described, "the IP
    authority of X", is none): the states' agreement, not one of the single body named."""
    ss, s = mn.sentence[0], mn.span[0]
    verbs = list(SIGN_VERBS.finditer(ctx.text, ss, s))
    if not verbs or not _COUNTRY_SUBJECT.fullmatch(ctx.text, ss, verbs[-1].start()):
        return False
    vs = verbs[-1].start()
    if orgs_in(ctx, ss, vs) or persons_in(ctx, ss, vs):
        return False
    codes = country_codes(ctx.text, ss, vs)
    bodies = [o for o in countries_in(ctx, ss, vs) if not o.described]  # not "IP authority of X"
    return len(codes) >= 2 and len(bodies) < len(codes)


def retells_states(ctx: Ctx, mn: Mention) -> bool:
    """Whether the mention retells an agreement the text said states signed: "Xland and Yland
    sign agreement" heads the story, and "An agreement to help Xland firms in Yland has been
    struck" names no body or person in its sentence. Its countries say what the agreement is
    about, and stand for no party of it."""
    if not ctx.states_signed or (mn.kind not in ctx.states_signed and mn.kind != "agreement"):
        return False
    ss, se = mn.sentence
    return not orgs_in(ctx, ss, se) and not persons_in(ctx, ss, se)


def states_agreement(ctx: Ctx, mn: Mention) -> bool:
    """Whether the mention is an agreement states signed, or retells one: no body's. The
    kinds of those it finds are kept for the mentions after it."""
    if signed_by_states_only(ctx, mn) or states_as_subject(ctx, mn):
        ctx.states_signed.append(mn.kind)
        return True
    return retells_states(ctx, mn)
