"""A titled person who signs *for* a body holds the title there: "Director General NAME
signed for the X Office", "Deputy Minister NAME, signing on behalf of the Y Ministry".

A report of a signing names each signatory's side after the verb; that side is the body the
bare title before the name belongs to, a stronger sign than the body the sentence or the
page is about.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import SIGN_VERBS

_FOR = re.compile(r",?[ \t]+(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?")


def org_signed_for(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The body a name ending at `pos` signs for: ", signing for the X Office", " signed on
    behalf of Y" right after it."""
    lead = re.match(r",?[ \t]+(?:co-)?", text[pos:])
    if lead is None:
        return None
    verb = SIGN_VERBS.match(text, pos + lead.end())
    side = _FOR.match(text, verb.end()) if verb else None
    hit = orgs.at(side.end()) if side else None
    return hit[2] if hit else None
