"""A post a person gives up or takes through a possessive: "he will relinquish his role as
the X Office (XO) chief executive", "her post as X Institute director".

News writes a post held at a body as the body's name and then the title, both after "his
role as" or "her post as"; the person is the one the sentence names before the possessive,
or, when the sentence opens with "He" or "She", the person the paragraph named last. The
title may be in lower case: the body before it marks it as a post.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.roles.careers import OPENING_PRONOUN, org_ending_at, sentence_start
from importers.en.roles.mentions import pronoun_subject
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.roles.portfolio import Title
from importers.en.word_patterns import alternation
from store.text import lexicon

_POST_NOUNS = alternation(lexicon.words("en_careers.txt", "possessed_post_nouns"))
#: "his role as the", "her current post as": a possessive, a noun for a post, "as".
_HELD_AS = re.compile(
    r"\b(?:his|her|their)[ \t]+(?:(?:current|present|former|previous|new)[ \t]+)?"
    rf"(?:{_POST_NOUNS})[ \t]+as[ \t]+(?:the[ \t]+)?$"
)


def possessed_post(text: str, t: Title, orgs: Orgs, people: People) -> bool:
    """'He will relinquish his role as the X Office (XO) chief executive': the title after
    a body that follows "his role as" is that body's post, held by the sentence's person."""
    org = org_ending_at(text, t.start, orgs)
    if org is None:
        return False
    named = [s for s, x, e in orgs.mentions if e is org and x <= t.start and text[s - 1] != "("]
    if not named:
        return False
    start = max(named)  # the body's name, not its acronym in brackets after it
    held = _HELD_AS.search(text, max(0, start - 60), start)
    if held is None:
        return False
    sentence = sentence_start(text, held.start())
    before = [(s, e, p) for s, e, p in people.mentions if sentence <= s and e <= held.start()]
    opening = OPENING_PRONOUN.match(text, sentence)
    if before:
        s, e, person = max(before, key=lambda x: x[0])
        who: tuple[tuple[int, int], PersonEntry] | None = ((s, e), person)
    else:  # "He will ... his role as": the person the paragraph named last
        who = pronoun_subject(text, opening.end(), people) if opening else None
    if who is None:
        return False
    people.roles.append(RoleEntry(who[1], org, t.text, (t.start, t.end), t.country))
    return True
