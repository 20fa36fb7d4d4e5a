"""A person named again by the post just given: "The new Registrar was Dean of X".

An appointment notice names the appointee once in full and then goes on about "the new
Registrar", or "the incoming Director", as a subject of further posts (held before). The
description stands for the one person the text has given that title so far, not counting
a "former" holder; where two people hold it, or none, it names no one.
"""

from __future__ import annotations

import re

from importers.en.roles.model import People, PersonEntry
from importers.en.words import TITLE_CORE
from store.text.titles import title_key

#: "The new Registrar " opening a sentence, right before `pos` or before a first clause joined
#: by "and" ("The new Registrar was Dean of X from 2010 and was").
_DESCRIBED = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+|(?<=\n))[Tt]he[ \t]+(?:new|newly[ \t]+appointed|incoming)[ \t]+"
    rf"(?P<title>(?i:{TITLE_CORE}))[ \t]+(?:[a-z][^.;:!?\n]{{0,100}}?[ \t]+and[ \t]+)?$"
)

#: "former " right before a title: its holder is the predecessor, not "the new" one.
_FORMER = re.compile(r"(?<![\w-])former[ \t]+$")


def described_subject(
    text: str, pos: int, people: People
) -> tuple[tuple[int, int], PersonEntry] | None:
    """The person "The new TITLE" right before `pos` is, with that person's latest mention
    before it; None when no one or more than one person holds that title."""
    m = _DESCRIBED.search(text, max(0, pos - 200), pos)
    if m is None:
        return None
    key = title_key(m.group("title"))
    holders = {
        id(r.person): r.person
        for r in people.roles
        if any(title_key(part) == key for part in re.split(r"\s+and\s+|,\s*", r.title))
        and not _FORMER.search(text, max(0, r.span[0] - 12), r.span[0])
    }
    if len(holders) != 1:
        return None
    person = next(iter(holders.values()))
    spans = [(s, e) for s, e, p in people.mentions if p is person and e <= m.start()]
    return (max(spans), person) if spans else None
