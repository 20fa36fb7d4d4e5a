"""The organisation set after a titled name by a comma alone: "Director General NAME, X Office",
or in brackets: "Director General NAME (X Office) and Commissioner NAME2 (Y Office)".

A statement's byline or a speaker's line often writes the title before the name and the
body after it with no "of": "Delivered by Commissioner NAME, Kenya Industrial Property
Institute (KIPI)". The body closes the phrase (the line, the sentence or the clause ends
after it, or its acronym in brackets does), so it is the body the person speaks for, not
the first of a list of guests ("Commissioner NAME, the X Office and the Y Agency").
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs

_COMMA = re.compile(r",[ \t]+")
_CLOSES = re.compile(
    r"[ \t]*(?:\([A-Za-z][\w-]{1,14}\))?[ \t]*(?:$|\n|[.;:](?:\s|$)|,[ \t]+(?!and\b))"
)


def org_in_apposition(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """The body named right after ", " at `pos` (the end of a name), when it closes the
    phrase. Returns the body and where its mention ends."""
    comma = _COMMA.match(text, pos)
    if comma is None:
        return _bracketed_body(text, pos, orgs)
    hit = orgs.at(comma.end())
    if hit is None:
        return None
    closes = _CLOSES.match(text, hit[1])
    return (hit[2], closes.end()) if closes else None


_OPEN = re.compile(r"[ \t]*\((?:the[ \t]+)?")


def _bracketed_body(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """The body that fills the brackets right after a titled name: a list of participants
    says so whom each speaks for."""
    m = _OPEN.match(text, pos)
    hit = orgs.at(m.end()) if m else None
    if hit is None or not text.startswith(")", hit[1]):
        return None
    return hit[2], hit[1] + 1
