"""Signings with offices named only together, by their countries: no party of the text's.

"X also signed PPH pilot programmes with the patent offices of A and B": the text names
neither office, only a plural office noun and the countries it lists, in passing. The
finder makes one agreement with each described office ("the IP authority of A"), which
stands for no body the text names; such agreements are dropped. One office described
alone ("a plan with the IP office of A") beside a named signer is kept.
"""

from __future__ import annotations

import re

from importers.en.agreements.counterparts import country_codes
from importers.en.agreements.model import Found
from store.text.sentences import sentence_bounds

#: "the patent offices of A and B", "IP authorities of A, B and C": a plural office noun
#: and a list of two or more capitalised names.
_PLURAL_OFFICES = re.compile(
    r"\b(?:offices|authorities|administrations)\s+of\s+(?:the\s+)?"
    r"(?P<list>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s*,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*\s*,?\s+and\s+[A-Z][\w’'-]*)"
)


def drop_plural_offices(text: str, found: list[Found]) -> list[Found]:
    """The agreements less those with an office described only as one of "the offices of A
    and B" in their sentence."""
    return [f for f in found if not _with_listed_office(text, f)]


def _with_listed_office(text: str, f: Found) -> bool:
    described = {p.country for p in f.parties if p.made_up}
    if not described or None in described:
        return False
    s, e = f.span
    for m in _PLURAL_OFFICES.finditer(text, *sentence_bounds(text, s, e)):
        if described & country_codes(text, m.start("list"), m.end("list")):
            return True
    return False
