"""Advisers serve *to* a body: "Senior Adviser to the WIPO Academy", "Advisor to the Board".

An adviser's title names where it is held with "to", where other titles say "of" or "at";
the body after "to" is where the post is held when the text names it as an organisation.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.titles import base_title
from store.text import lexicon

#: The last words of advisers' titles ("Senior Adviser"), held at the body after "to".
ADVISORY_TITLES = lexicon.wordset("en_titles.txt", "advisory_titles")

_TO = re.compile(r"\s+to\s+(?:the\s+)?")


def advised_body(text: str, pos: int, orgs: Orgs, title: str) -> tuple[OrgEntry, int] | None:
    """The body an adviser's title ending at `pos` is held at, and where its name ends."""
    words = base_title(title).split()
    if not words or words[-1] not in ADVISORY_TITLES:
        return None
    m = _TO.match(text, pos)
    hit = orgs.at(m.end()) if m else None
    return (hit[2], hit[1]) if hit else None
