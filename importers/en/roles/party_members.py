"""A seat in a party's organ, written as a membership of the chain of organs.

"NAME, member of the Standing Committee of the Political Bureau of the X Central Committee":
the organs of a party's central committee are no bodies of their own (orgs/organ_chains.py),
so the seat is a post at the committee the chain ends in, its title the membership with the
organs named ("member of the Standing Committee of the Political Bureau"), as "Chair of the
Board of Directors of X" is held at X with the board in the title. Only a chain that holds a
party organ (en_orgs.txt [party_organs]) is read: a membership of any other body ("a member
of the Council") is no post of an office.
"""

from __future__ import annotations

import re

from importers.en.names import name_before
from importers.en.orgs.model import Orgs
from importers.en.roles.model import People
from store.text import lexicon

_PARTY_ORGANS = lexicon.words("en_orgs.txt", "party_organs")

#: ", member of the ": a membership in apposition to the name before it.
_MEMBER = re.compile(r",[ \t]+(?:a[ \t]+)?(?=[Mm]ember[ \t]+of[ \t]+the[ \t]+[A-Z])")
#: " of the " inside the run of organs, before the next organ or the body they belong to.
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: The organs' words: capitalised words and the "of the" between them.
_ORGANS = re.compile(r"[Mm]ember[ \t]+of[ \t]+the(?:[ \t]+[A-Z][\w-]*|[ \t]+of[ \t]+the)+")
_PARTY_ORGAN = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _PARTY_ORGANS) + r")\b", re.IGNORECASE
)


def find_party_seats(text: str, people: People, orgs: Orgs) -> None:
    """'NAME, member of the <party organs> of the <committee>': the seat at the committee."""
    for m in _MEMBER.finditer(text):
        run = _ORGANS.match(text, m.end())
        nm = name_before(text, m.start()) if run else None
        if run is None or nm is None:
            continue
        for of in _OF.finditer(text, m.end(), run.end()):
            hit = orgs.at(of.end())
            title = re.sub(r"\s+", " ", text[m.end() : of.start()])
            if hit is not None and _PARTY_ORGAN.search(title):
                people.record(text, nm, title, org=hit[2], span=(m.end(), of.start()), place=None)
                break
