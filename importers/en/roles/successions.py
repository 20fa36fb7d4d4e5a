"""A succession told with the title after both names: "A succeeds B as Director General of X",
or with the post before the one replaced: "A will take office in May, replacing outgoing
Director General B".

Both have held the post at that body: A now (or from the day told), B before. Read before the
name-then-title patterns, which would give the post only to B, the name right before "as". An
election or appointment tells the same with an infinitive: "the Board appointed A to succeed B
as Director": A is the name right before "to succeed".
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_at, name_before
from importers.en.orgs.model import Orgs
from importers.en.roles.model import People
from importers.en.roles.portfolio import title_with_body
from importers.en.words import HONORIFICS

#: "succeeds Ms NAME as the", "will replace NAME as", "has succeeded NAME as".
_SUCCEEDS = re.compile(
    r"\b(?:(?:has|had)\s+)?(?:succeeds|succeeded|replaces|replaced|"
    r"(?:will|is\s+to|was\s+to|to)\s+(?:succeed|replace))\s+"
    rf"(?:(?:{HONORIFICS})[ \t]+)?(?P<prev>[^,.;:\n]{{3,60}}?)\s+as\s+(?:the\s+)?$"
)

_WHO = re.compile(r",\s*who\s+$")

#: ", replacing outgoing director general NAME": the clause's subject takes the post over.
_REPLACING = re.compile(
    r",\s+(?:replacing|succeeding)\s+(?:the\s+)?(?:(?:outgoing|retiring|incumbent)\s+)?$"
)
#: What follows a sentence's subject: a finite verb (or its auxiliary).
_VERB_AFTER = re.compile(
    r"[ \t]+(?:will|is|was|has|had|takes|took|becomes|became|starts|started|begins|began)\b"
)


def succession(text: str, title: re.Match[str], orgs: Orgs, people: People) -> int | None:
    """Give the title at `title` to both names of "A succeeds B as Title" and return where
    it ends; None when the text before the title says no such thing."""
    m = _SUCCEEDS.search(text, max(0, title.start() - 110), title.start())
    if m is None or title.group("pre"):
        return None
    prev = name_after(text, m.start("prev") - 1)
    if prev is None or prev[1] != m.end("prev"):
        return None
    who = _WHO.search(text, max(0, m.start() - 12), m.start())  # "A, who succeeded B as"
    new = name_before(text, who.start() if who else m.start())
    if new is None or text[new[1] : who.start() if who else m.start()].strip():
        return None
    t, org, end = title_with_body(text, title, orgs)
    for nm in (new, prev):
        people.record(text, nm, t.text, org=org, span=(t.start, end), place=t.country)
    return t.end


def replacing(text: str, title: re.Match[str], orgs: Orgs, people: People) -> int | None:
    """Give the title at `title` to both names of "A will begin ..., replacing outgoing
    Title B": B held it, A, the subject opening the sentence, takes it over. Returns where
    B's name ends; None when no such clause stands before the title."""
    m = _REPLACING.search(text, max(0, title.start() - 40), title.start())
    if m is None or title.group("pre"):
        return None
    t, org, end = title_with_body(text, title, orgs)
    prev = name_after(text, end)
    new = _subject(text, m.start())
    if prev is None or new is None:
        return None
    for nm in (new, prev):
        people.record(text, nm, t.text, org=org, span=(t.start, end), place=t.country)
    return prev[1]


def _subject(text: str, pos: int) -> tuple[int, int] | None:
    """The name that opens the sentence `pos` is in, followed by its verb."""
    start = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos) + 1) + 1
    start += len(text[start:pos]) - len(text[start:pos].lstrip())
    nm = name_at(text, start)
    return nm if nm is not None and _VERB_AFTER.match(text, nm[1]) else None
