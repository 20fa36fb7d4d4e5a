"""An acronym in brackets inside a longer name: the inner body's, not the whole name's.

"the World Bank (WB) Office in Japan", "the X Organization (XO) Office in Y": the acronym
spells the words before its bracket, a body's full name with its head noun, and the one head
noun after the bracket makes another body, that body's office. The acronym names the inner body,
which the text names too; the office keeps the whole name as written.
"""

from __future__ import annotations

from importers.en.orgs.acronyms import initials_in_order
from importers.en.orgs.chunks import Tok, span_name
from importers.en.words import ORG_HEADS


def inner_bodies(text: str, name: list[Tok]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, acronym) of the body an inner bracketed acronym names in `name`,
    when one head noun alone follows the bracket ("(XO) Office"): a longer rest ("(GCC)
    Patent Office", "(IPA) of Papua New Guinea") is the whole name's, its acronym too."""
    k = len(name) - 4
    if k < 1 or name[k].text != "(" or name[k + 2].text != ")" or name[-1].low not in ORG_HEADS:
        return []
    inner = name[:k]
    acronym = name[k + 1].text
    plain = span_name(text, inner)[1]
    if inner[-1].low in ORG_HEADS and initials_in_order(plain, acronym):
        return [(inner[0].start, inner[-1].end, plain, acronym)]
    return []
