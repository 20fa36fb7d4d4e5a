"""Judges and the courts they sit in.

A judge is styled by a title before the name ("Justice NAME", "Chief Justice NAME") and is
often placed by a clause rather than by "of": "Justice NAME, who sits in the X Division of
the High Court" holds the title at that division (`seat_after`). A judge's title stated with
no court is held at the court the text names last before it, else the first it names after
(`court_of`): a report of a court's event names the court first.
"""

from __future__ import annotations

import re

from importers.en.orgs.courts import COURT_HEADS, COURT_PARTS
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.titles import base_title
from store.text import lexicon

#: Judges' titles.
JUDICIAL_TITLES = lexicon.wordset("en_titles.txt", "judicial_titles")
#: "NAME, who sits in the X Court": verbs of a clause that places a person at a body.
SEAT_VERBS = "|".join(sorted(lexicon.wordset("en_roles.txt", "seat_verbs")))

_SEAT = re.compile(rf",?[ \t]+who[ \t]+(?:{SEAT_VERBS})[ \t]+(?:in|on|at|with)[ \t]+(?:the[ \t]+)?")


def seat_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """'NAME, who sits in the General Division of X': the body the clause places the person
    at, when the text names it as an organisation."""
    m = _SEAT.match(text, pos)
    hit = orgs.at(m.end()) if m else None
    return (hit[2], hit[1]) if hit else None


def is_judicial(title: str) -> bool:
    """A judge's title: "Chief Justice", "Justice", "Judge"."""
    return base_title(title) in JUDICIAL_TITLES


def is_court(org: OrgEntry) -> bool:
    """A court by its name's head: "Supreme Court of X", "X Tribunal", "the Judiciary", or a
    part of one ("General Division of the High Court")."""
    parts = re.split(r"\s+(?:of|for)\s+(?:the\s+)?|\s*\(", org.name.casefold())
    heads = [p.split()[-1] for p in parts if p.split()]
    if not heads:
        return False
    return heads[0] in COURT_HEADS or (
        heads[0] in COURT_PARTS and len(heads) > 1 and heads[1] in COURT_HEADS
    )


def court_of(pos: int, orgs: Orgs) -> OrgEntry | None:
    """The court a judge's bare title at `pos` is held at: the one named last before it,
    else the first named after it."""
    courts = sorted(
        ((s, e) for s, _, e in orgs.mentions if is_court(e) and not orgs.only_unit(e)),
        key=lambda c: c[0],
    )
    before = [e for s, e in courts if s < pos]
    if before:
        return before[-1]
    return courts[0][1] if courts else None
