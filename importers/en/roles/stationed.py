"""A unit posted to a body: "Head of the Discipline Inspection Group stationed in the X".

A unit the title names, followed by a participle of posting ("stationed in") and a body,
works inside that body: its head's post is held at the body, and the unit stays in the title
as "Head of the Y Division in KIPO" keeps its division. The participles are data
(`en_roles.txt [posting_participles]`).
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.roles.anchors import org_after
from importers.en.roles.model import People
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

#: " stationed in the ", " Stationed at ": the link from a unit to the body it is posted to.
_POSTED = re.compile(
    rf"[ \t]+(?i:{phrase_alternation(lexicon.words('en_roles.txt', 'posting_participles'))})"
    r"[ \t]+(?:in|at|to)[ \t]+(?:the[ \t]+)?"
)


def place_posted_units(text: str, people: People, orgs: Orgs) -> None:
    """Move a post at a unit posted to a body to that body, the unit kept in the title."""
    for r in people.roles:
        if r.org is None or r.span[1] > len(text):
            continue
        after = org_after(text, r.span[1], orgs)
        if after is None or after[0] is not r.org:
            continue
        link = _POSTED.match(text, after[1])
        host = orgs.at(link.end()) if link else None
        if host is None or host[2] is r.org:
            continue
        unit = r.org
        r.title = re.sub(r"\s+", " ", text[r.span[0] : after[1]]).strip()
        r.org = host[2]
        if all(o is not unit for o in (x.org for x in people.roles)):
            orgs.unit_spans.update((a, b) for a, b, e in orgs.mentions if e is unit)
