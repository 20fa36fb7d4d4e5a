"""A body a person is to lead, named before "as" and the post: "NAME, 52, who is leaving to
head the X Office as director-general" holds the post at that body.

News of appointments names the body as the object of a verb of leading and the post after
it, in lower case as often as not; the holder is the name before the "who" clause (past an
age set off by commas). Kept apart from careers.py, whose "as" reads the body after the
title, because here the body comes first and the clause may hold brackets ("(XO)").
"""

from __future__ import annotations

import re

from importers.en.names import name_before
from importers.en.orgs.model import Orgs
from importers.en.roles.model import People
from importers.en.roles.portfolio import read_title
from importers.en.word_patterns import alternation
from store.text import lexicon

_LEADS = alternation(lexicon.words("en_careers.txt", "led_body_verbs"))
#: ", who is leaving to head the ": the clause up to the body (no sentence stop in it)
_WHO_LEADS = re.compile(
    r"(?:,[ \t]+\d{2,3})?,[ \t]+who[ \t]+[^,.;:!?\n]{0,60}?"
    rf"(?<![\w-])(?:{_LEADS})[ \t]+(?:the[ \t]+)?$"
)
#: after the body: its acronym in brackets, then " as " and at most "the" or "its" "new"
_THEN_AS = re.compile(
    r"(?:[ \t]*\([^()\n]{1,15}\))?[ \t]+as[ \t]+(?:(?:the|its)[ \t]+)?(?:new[ \t]+)?$"
)


def led_as(text: str, m: re.Match[str], orgs: Orgs, people: People) -> int | None:
    """'NAME, who will lead X as Title': the title at `m` is the post NAME takes at X.
    Returns where the title ends, or None when the title is not written so."""
    hit = next(
        (
            x
            for x in orgs.mentions
            if x[1] < m.start() and _THEN_AS.fullmatch(text, x[1], m.start())
        ),
        None,
    )
    if hit is None:
        return None
    who = _WHO_LEADS.search(text, max(0, hit[0] - 90), hit[0])
    nm = name_before(text, who.start()) if who is not None else None
    if nm is None:
        return None
    t = read_title(text, m, orgs)
    people.record(text, nm, t.text, org=hit[2], span=(t.start, t.end), place=None)
    return t.end
