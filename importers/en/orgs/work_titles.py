"""A name inside the quoted title of a work is the work's, no body's.

'a report titled “The Patent Office (PO) of Tomorrow”': a report, a study or a book named in
quotation marks after "titled" or "entitled" may hold the words of a body's name, but the
text names a publication, not an organisation. A name whose every mention lies inside such a
quoted title, and that the reference data does not know, is dropped, with the acronym the
title defined for it ("The Patent Office (PO) of Tomorrow"): later uses of that acronym
("POs") speak of the kind, as the title did. A body named in quotes
after "called" or "named" is another matter: that is a name given to it.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs

#: "titled “...”", "entitled '...'": the quoted title, on one line.
_QUOTED_TITLE = re.compile(
    r"\b(?:en)?titled,?[ \t]+(?:“[^”\n]+”|\"[^\"\n]+\"|‘[^’\n]+’)", re.IGNORECASE
)


def drop_work_titles(text: str, orgs: Orgs) -> None:
    """Drop the unknown names whose every mention of more than one word is inside a quoted
    title of a work."""
    quoted = [m.span() for m in _QUOTED_TITLE.finditer(text)]
    if not quoted:
        return
    for entry in list(orgs.entries):
        full = [(s, e) for s, e in entry.spans if " " in text[s:e].strip()]
        if (
            entry.ref is None
            and full
            and all(any(a <= s and e <= b for a, b in quoted) for s, e in full)
        ):
            orgs.drop(entry)
