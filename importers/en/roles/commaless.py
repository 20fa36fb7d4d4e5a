"""A titled person in a list whose comma was dropped: "A, Title of X and B Title of Y".

The list's first item names its person with a comma before the title (pattern C in
patterns.py); a later item after "and" may write its title right after the name, with no
comma. A full name opened by that "and", in a sentence a comma has already divided, and
followed at once by a capitalised title and "of" a body the text names, holds the title at
that body. Without the body after it, or the "and" before it, a name next to a title is
left to the other patterns ("President NAME", "NAME, Title").
"""

from __future__ import annotations

import re

from importers.en.names import name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.anchors import org_after
from importers.en.roles.portfolio import Title

_AND_BEFORE = re.compile(r"(?<![\w-])and[ \t]+$")


def commaless_item(text: str, t: Title, orgs: Orgs) -> tuple[tuple[int, int], OrgEntry] | None:
    """(the name, the body) of a list item "and NAME Title of ORG", or None."""
    if not t.text[:1].isupper() or text[t.start - 1 : t.start] != " ":
        return None
    nm = name_before(text, t.start - 1)
    if nm is None or len(text[nm[0] : nm[1]].split()) < 2 or nm[1] != t.start - 1:
        return None
    if not _AND_BEFORE.search(text, max(0, nm[0] - 6), nm[0]):
        return None
    sentence = max(text.rfind(c, 0, nm[0]) for c in ".\n")
    if "," not in text[sentence + 1 : nm[0]]:
        return None  # "A and B Title of X": no earlier item that a comma set apart
    after = org_after(text, t.end, orgs)
    return (nm, after[0]) if after is not None else None
