"""A news outlet credited in brackets at the end of a line is the story's source, no body.

"Xland and Yland sign pact on patents (Xland News Agency)": a headline, or a paragraph,
that ends with the outlet it was taken from names the outlet as its source, not as a body of
the cooperation it reports, as "the national news agency XNA said" does
(importers/en/orgs/acronyms.py). Only names that end in a media phrase of en_orgs.txt
[media_appositives] are read so, and only when every mention of the outlet is such a credit.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from store.text import lexicon

_MEDIA = tuple(lexicon.words("en_orgs.txt", "media_appositives"))
#: "(" right before the mention, and ")" then the end of the line right after it
_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"\s*\)[ \t]*(?:\n|$)")


def _credit(text: str, start: int, end: int) -> bool:
    return (
        _OPEN.search(text, max(0, start - 3), start) is not None
        and _CLOSE.match(text, end) is not None
    )


def _outlet(entry: OrgEntry) -> bool:
    return " ".join(entry.name.casefold().split()).endswith(_MEDIA)


def drop_credits(text: str, orgs: Orgs) -> None:
    """Drop the news outlets, unknown to the reference data, whose every mention is a
    credit in brackets at the end of a line."""
    for entry in list(orgs.entries):
        if (
            entry.ref is None
            and entry.spans
            and _outlet(entry)
            and all(_credit(text, s, e) for s, e in entry.spans)
        ):
            orgs.drop(entry)
