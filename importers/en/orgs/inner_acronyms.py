"""An acronym in brackets inside a longer name: the inner body's, not the whole name's.

"the World Bank (WB) Office in Japan", "the X Organization (XO) Office in Y": the acronym
spells the words before its bracket, a body's full name with its head noun, and the one head
noun after the bracket makes another body, that body's office. The acronym names the inner body,
which the text names too; the office keeps the whole name as written.
"the X Economic Cooperation (XEC) Trade Experts Group (TEG)": a name with an acronym of its
own at its end leaves the inner acronym, which spells the words before its bracket, to the
body those words name, its owner.
"""

from __future__ import annotations

from importers.en.orgs.acronyms import ACRONYM_AFTER, initials_in_order
from importers.en.orgs.chunks import Tok, span_name
from importers.en.words import ORG_HEADS


def inner_bodies(text: str, name: list[Tok]) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, name, acronym, named) of the body an inner bracketed acronym names in
    `name`, when one head noun alone follows the bracket ("(XO) Office"): a longer rest ("(GCC)
    Patent Office", "(IPA) of Papua New Guinea") is the whole name's, its acronym too. Where
    the name ends in its own acronym, the owner is `named` by its words inside the name as
    well as by the name ("the X Council (XC) IP Experts Group (IPEG)" names the council)."""
    k = len(name) - 4
    if ACRONYM_AFTER.match(text, name[-1].end):
        return _owner_before_own_acronym(text, name)
    if k < 1 or name[k].text != "(" or name[k + 2].text != ")" or name[-1].low not in ORG_HEADS:
        return []
    inner = name[:k]
    acronym = name[k + 1].text
    plain = span_name(text, inner)[1]
    if inner[-1].low in ORG_HEADS and _spelt(plain, acronym):
        return [(inner[0].start, inner[-1].end, plain, acronym, False)]
    return []


def _owner_before_own_acronym(text: str, name: list[Tok]) -> list[tuple[int, int, str, str, bool]]:
    """The owner whose acronym is in brackets inside a name that ends in its own acronym."""
    for k in range(1, len(name) - 3):
        if name[k].text == "(" and name[k + 2].text == ")":
            plain = span_name(text, name[:k])[1]
            if _spelt(plain, name[k + 1].text):
                return [(name[0].start, name[k - 1].end, plain, name[k + 1].text, True)]
            return []
    return []


def _spelt(plain: str, acronym: str) -> bool:
    """Whether the acronym spells the name's words, a hyphen's parts as words of their own
    ("Asia-Pacific Economic Cooperation", APEC)."""
    return initials_in_order(plain.replace("-", " "), acronym)
