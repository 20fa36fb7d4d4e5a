"""A lawyer's post written out at length before the firm: "NAME, a senior partner and head
of the trade mark group at Tan & Lim". The words between the title and "at" are more of the
post, and the firm after "at" (found by importers/en/orgs/context.find_law_firms) is where it
is held."""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs

#: " and head of the X group at ", " of the X group at ": the rest of a post, up to the
#: "at" before its firm.
_REST_AT = re.compile(
    r"([ \t]+(?:and|of|for|in)[ \t]+[^.;:\n\"“”()]{1,80}?)[ \t]+at[ \t]+(?:the[ \t]+)?"
)


def firm_after_post(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, str] | None:
    """The law firm a post ending at `pos` is held at, and the rest of the post's words,
    when the post runs on ("and ...", "of ...") to "at" and a firm's name."""
    m = _REST_AT.match(text, pos)
    if m is None:
        return None
    hit = orgs.at(m.end())
    if hit is None or hit[2].kind != "law_firm":
        return None
    return hit[2], re.sub(r"\s+", " ", m.group(1))
