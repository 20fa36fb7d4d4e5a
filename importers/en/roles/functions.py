"""A post's function or programme named after its title, then the body after "at".

"NAME, head of IP analytics at Clarivate", "NAME, Project Manager of SME Helpdesk at the X
Office": what the title is "of" is no body; the post is held at the body after "at", and
the function or programme stays in the title.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import DETERMINERS

_FUNCTION_AT = re.compile(
    r"[ \t]+of[ \t]+((?:[A-Z]{2,}|[a-z]+)(?:[ \t]+(?:[A-Z]{2,}|[a-z]+)){0,3})"
    r"[ \t]+at[ \t]+([A-Z][\w&’'-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&’'-]*){0,3})"
    r"(?=[ \t]+in[ \t]|[,.;)]|[ \t]*$)"
)


def function_at(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, str] | None:
    """'NAME, head of IP analytics at Clarivate': a function in lower case, then the
    company or body after "at", named by the text or not. Returns (body, title addition)."""
    m = _FUNCTION_AT.match(text, pos)
    if m is None:
        return _programme_at(text, pos, orgs)
    if m.group(1).split()[0] in DETERMINERS:
        return None  # "head of the office at X": a unit the text does not name
    hit = orgs.at(m.start(2))
    org = hit[2] if hit else orgs.add(m.group(2), m.start(2), m.end(2))
    return org, f" of {m.group(1)}"


#: "Project Manager of SME Helpdesk at the X Office": a named programme, then the body.
#: "Head of Unit for Africa at DG X": the area a post covers, then the body.
_PROGRAMME_AT = re.compile(
    r"[ \t]+(of|for)[ \t]+([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,4})[ \t]+at[ \t]+(?:the[ \t]+)?"
)


def _programme_at(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, str] | None:
    """'NAME, Project Manager of SME Helpdesk at the EUIPO': what the title is "of", named in
    capitals but no body the text names, is the programme or project the post runs (what it
    is "for", the area it covers); the post is held at the body named after "at", which
    stays the organisation."""
    m = _PROGRAMME_AT.match(text, pos)
    hit = orgs.at(m.end()) if m else None
    if m is None or hit is None or orgs.at(m.start(2)) is not None:
        return None
    return hit[2], f" {m.group(1)} {m.group(2)}"
