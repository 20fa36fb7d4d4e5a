"""A titled person who signs *for* a body holds the title there: "Director General NAME
signed for the X Office", "Deputy Minister NAME, signing on behalf of the Y Ministry"; so does
one the text calls a side's signatory: "the X signatory was Deputy Director-General NAME".

A report of a signing names each signatory's side after the verb; that side is the body the
bare title before the name belongs to, a stronger sign than the body the sentence or the
page is about.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.definite import head_noun
from importers.en.words import SIGN_VERBS
from store.text import lexicon
from store.text.sentences import sentence_bounds

_FOR = re.compile(r",?[ \t]+(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?")
#: What was signed, between the verb and the side: "signed a revised accord on behalf of
#: the X": an article and a few lower-case words, or nothing.
_OBJECT = re.compile(r"(?:[ \t]+(?:the|an?)(?:[ \t]+[a-z][\w-]*){1,3}(?=,?[ \t]+(?:for|on)[ \t]))?")


def signing_side(text: str, tstart: int, name_end: int, orgs: Orgs) -> OrgEntry | None:
    """The side a titled name signs for: named before the title as that side's signatory,
    or after the name with "for"."""
    return signatory_of(text, tstart, orgs) or org_signed_for(text, name_end, orgs)


_SIGNATORY = re.compile(
    rf"(?:['’]s)?[ \t]+(?:{'|'.join(sorted(lexicon.wordset('en_roles.txt', 'signatory_nouns')))})"
    r"(?:[ \t]+(?:was|is|were|are)|,)?[ \t]+$"
)


def signatory_of(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """'the DIP signatory was Deputy Director-General NAME', "X's signatory, Director NAME":
    the body named right before the noun for its signatory."""
    lead = _SIGNATORY.search(text, max(0, tstart - 40), tstart)
    if lead is None:
        return None
    return next((e for _, x, e in orgs.mentions if x == lead.start()), None)


def org_signed_for(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The body a name ending at `pos` signs for: ", signing for the X Office", " signed on
    behalf of Y" right after it, or with what was signed between ("signed the agreement on
    behalf of Y"); "A signed for the X and NAME for the Y": the verb is
    not repeated for the second signer."""
    lead = re.match(r",?[ \t]+(?:co-)?", text[pos:])
    if lead is None:
        return None
    verb = SIGN_VERBS.match(text, pos + lead.end())
    obj = _OBJECT.match(text, verb.end()) if verb else None  # "signed the MoU for"
    side = _FOR.match(text, obj.end()) if obj else _elided_for(text, pos)
    if side is None:
        return None
    hit = orgs.at(side.end())
    return hit[2] if hit else _kind_named_last(text, side.end(), orgs)


def _elided_for(text: str, pos: int) -> re.Match[str] | None:
    """' for the Y' after a second signer's name, when the sentence signed for a first."""
    side = _FOR.match(text, pos)
    start = sentence_bounds(text, pos, pos)[0]
    signed = any(_FOR.match(text, v.end()) for v in SIGN_VERBS.finditer(text, start, pos))
    return side if side is not None and signed else None


_KIND = re.compile(r"([A-Za-z][a-z]+)(?![\w’'-])(?![ \t]+[A-Z])")


def _kind_named_last(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """'signed for the Chapter', 'for the administration': the body of that kind the text
    named last before."""
    m = _KIND.match(text, pos)
    if m is None:
        return None
    kind = m.group(1).casefold()
    before = [(x, e) for _, x, e in orgs.mentions if x <= pos and head_noun(e.name) == kind]
    return max(before, key=lambda xe: xe[0])[1] if before else None
