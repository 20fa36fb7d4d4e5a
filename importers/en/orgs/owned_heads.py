"""Heads that make a name only where its owner is written with it.

"the Attorney-General's Chambers": a law officer's department, after a possessive.
"the UAE’s Intellectual Property Sector", "the WIPO Global Challenges and Partnerships
Sector": a sector is a body (a ministry's or an international organisation's branch with its
own head) only when the name, ending in it, follows its owner's possessive or opens with its
owner's acronym and names its field in capitalised words, nothing else between; "the private
sector", "the IP Sector" in a headline are fields of activity, no body, and "WIPO Deputy
Director General for the Brands Sector" names a post, whose sector stays in the title.
"""

from __future__ import annotations

from importers.en.orgs.model import ACRONYM
from importers.en.orgs.tokens import Tok
from importers.en.words import NAME_POSSESSIVES, NON_ORG_ACRONYMS
from store.text import lexicon

#: Heads that name a body only after a possessive ("the Attorney-General's Chambers").
POSSESSIVE_HEADS = lexicon.wordset("en_orgs.txt", "possessive_heads")
#: Heads that name a body only with their owner written before the field ("X's Y Z Sector").
OWNED_HEADS = lexicon.wordset("en_orgs.txt", "owned_heads")


def owned_head(seg: list[Tok], k: int) -> bool:
    """Whether the head at `k` of `seg` makes a name there (`seg[k].low` is one of the heads
    above)."""
    if seg[k].low in POSSESSIVE_HEADS:
        return k > 0 and possessive(seg[k - 1])
    first = 1 if seg[0].low == "the" else 0
    if k != len(seg) - 1 or k < first + 3:
        return False
    owner, field = seg[first], seg[first + 1 : k]
    acronym = ACRONYM.fullmatch(owner.text) is not None and owner.text not in NON_ORG_ACRONYMS
    if not (possessive(owner) or acronym) or not field[0].cap:
        return False  # "IP and Innovation Sector": "IP" owns nothing
    # the field alone between owner and head: "WIPO Deputy Director General for the Brands
    # Sector" names a post, its sector a unit inside the title, no body
    return all(t.cap or t.low in ("and", "&") for t in field) and len(field) >= 2


def possessive(tok: Tok) -> bool:
    """'China's', 'Viet Nam’s': an owner before a name, not part of it (unless the
    possessive belongs to the name: "People's", "Women's")."""
    return tok.low.endswith(("'s", "’s")) and tok.low.replace("’", "'") not in NAME_POSSESSIVES
