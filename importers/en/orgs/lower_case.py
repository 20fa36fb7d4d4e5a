"""Known bodies in a text written all in lower case.

Some reposts lower-case everything ("the state intellectual property office of china
signed ..."): no capital marks a name, so the patterns find none. The reference's full
names of two words or more are then found whatever their case; a one-word name or an
acronym ("sipo", "epo") is not, as a common word could spell it.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.gazetteer import RefOrg, name_pattern


def lower_case_text(text: str) -> bool:
    """Whether the text has letters and not one of them is a capital."""
    return re.search(r"[A-Z]", text) is None and re.search(r"[a-z]", text) is not None


def find_lower_case_names(text: str, orgs: Orgs, by_name: dict[str, RefOrg]) -> None:
    """The reference's names of several words, found in any case, each stored as written."""
    folded: dict[str, RefOrg] = {}
    for name, ref in by_name.items():
        if len(name.split()) >= 2:
            folded.setdefault(name.casefold(), ref)
    rx = name_pattern(folded, ignore_case=True)  # compiled once, not per text
    if rx is None:
        return
    for m in rx.finditer(text):
        s, e = m.span()
        if not orgs.covered(s, e):
            orgs.add(text[s:e], s, e, ref=folded[m.group().casefold()])
