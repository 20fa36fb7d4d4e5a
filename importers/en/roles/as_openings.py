"""A post given in a sentence's opening phrase: "As Registrar of X, Ms Roe ..." and "Being
an academician of the X Academy, Roe promised ...".

The phrase before the comma states a post its subject holds at the body it names; the subject
comes after the comma, often by family name alone or as "she", since the full name was given
earlier. Kept apart from the name-after-title patterns, which need a full name right after.
"""

from __future__ import annotations

import re

from importers.en.names import NAME_TOKEN, name_after
from importers.en.orgs.model import Orgs
from importers.en.roles.anchors import org_after
from importers.en.roles.mentions import named_last
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.roles.portfolio import Title

#: "As " or "Being a " opening a sentence, right before the title.
_OPENING = re.compile(r"(?:^|(?<=[.!?])[ \t]+|(?<=\n))(?:As|Being)[ \t]+(?:(?:a|an|the)[ \t]+)?$")
_PRONOUN = re.compile(r"(?:he|she)\b")


def opening_post(text: str, t: Title, orgs: Orgs, people: People) -> bool:
    """Give the post of an "As Title of X," opening to the subject after the comma: a full
    name, the one person named before with that family or given name, or "he"/"she" for the
    person named last. False when the sentence opens otherwise or names no body."""
    if _OPENING.search(text, max(0, t.start - 12), t.start) is None:
        return False
    found = org_after(text, t.end, orgs)
    if found is None:
        return False
    org, end = found
    comma = re.match(r",[ \t]+", text[end:])
    if comma is None:
        return False
    at = end + comma.end()
    full = name_after(text, at)
    if full is not None:
        people.record(text, full, t.text, org=org, span=(t.start, t.end), place=None)
        return True
    person = _subject(text, at, people)
    if person is None:
        return False
    people.roles.append(RoleEntry(person, org, t.text, (t.start, t.end), None))
    return True


def _subject(text: str, at: int, people: People) -> PersonEntry | None:
    """The person a family name, a given name or a pronoun at `at` stands for."""
    if _PRONOUN.match(text, at):
        last = named_last(at, people)
        return last[1] if last else None
    word = NAME_TOKEN.match(text, at)
    if word is None:
        return None
    named = {id(e): e for e in people.entries if word.group() in e.name.split()}
    return next(iter(named.values())) if len(named) == 1 else None
