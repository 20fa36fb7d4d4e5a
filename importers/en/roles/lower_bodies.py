"""A holder named after a title whose body is written in lower case.

"the Director of the IP office Olena Roe": prose often names the body a post is held at by
its kind in lower case ("the IP office", "the patent office"), which no organisation pattern
reads, and then the holder's full name. After " of the ", up to three capitalised words and a
lower-case head noun of a body ([org_heads]), a name of two words or more that ends the
clause is the title's holder; the body is the one the text names with those words, if any,
else the title is held bare and the document's body is given to it later (roles.bare).
"""

from __future__ import annotations

import re

from importers.en.names import name_after
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import ORG_HEADS

#: " of the IP office" after a title: a few capitalised words, then a lower-case head noun.
_LOWER_BODY = re.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?P<body>(?:[A-Z][\w-]*[ \t]+){0,3}(?P<head>[a-z]+))(?=[ \t]+[A-Z])"
)
#: What may follow the holder's name: the end of the clause.
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,.;:!?)»”\"]|$)")


def holder_after_lower_body(
    text: str, start: int, end: int, orgs: Orgs
) -> tuple[str, tuple[int, int], OrgEntry | None] | None:
    """The title written from `start` to `end` without the body's words it may have read as
    its field ("Director of the IP"), the name after the lower-case body, and the body the
    text names with those words (None when it names none)."""
    of = re.search(r"[ \t]+of[ \t]", text[start:end])
    pos = start + of.start() if of is not None else end
    m = _LOWER_BODY.match(text, pos)
    if m is None or m.group("head") not in ORG_HEADS:
        return None
    nm = name_after(text, m.end())
    if nm is None or len(text[nm[0] : nm[1]].split()) < 2:
        return None
    if _CLAUSE_ENDS.match(text, nm[1]) is None:
        return None
    return re.sub(r"\s+", " ", text[start:pos]), nm, orgs.lookup(m.group("body"))
