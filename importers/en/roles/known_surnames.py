"""A title and a family name alone, of an official the reference data knows: "President X".

Reports often name the head of a well-known office by title and family name only, without
ever giving the full name. One capitalised word after a title is usually no name (it may be
a unit, a place or the start of a longer name), but when it is the family name of exactly
one person the reference data records with that title, and the text names the body where
they held it, it names that person: the title is recorded at that body for the name as
written, and the name is linked to the reference person.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People
from importers.en.titles import stands_as_title, titles_in
from importers.gazetteer import Reference, RefPerson
from store.text.titles import title_key

#: One capitalised word after a title, not run on by another capitalised word.
_ONE_WORD = re.compile(r"[ \t]+([A-Z][a-z]{2,})(?![\w’'-]|[ \t]+[A-Z])")


def find_known_surnames(text: str, people: People, orgs: Orgs, reference: Reference) -> None:
    """Record "Title Family" for the one reference person of that family name and title,
    where the text names no person with that family name in full."""
    for m in titles_in(text):
        if not stands_as_title(text, m):
            continue
        word = _ONE_WORD.match(text, m.end())
        if word is None or _named_otherwise(people, word.group(1), word.start(1)):
            continue
        ref = _known_holder(reference, word.group(1), m.group(0))
        body = _body_held(ref, m.group(0), orgs) if ref is not None else None
        if ref is None or body is None:
            continue
        people.record(text, word.span(1), m.group(0), org=body, span=m.span(), place=None)
        people.roles[-1].person.ref_id = ref.id


def _named_otherwise(people: People, family: str, pos: int) -> bool:
    """Whether a person of the text already covers `pos` or has this family name."""
    for e in people.entries:
        if any(s <= pos < end for s, end in e.spans):
            return True
        if any(f.split()[-1] == family for f in [e.name, *e.forms] if f.split()):
            return True
    return False


def _known_holder(reference: Reference, family: str, title: str) -> RefPerson | None:
    """The one reference person with this family name who held this title."""
    key = title_key(title)
    found = [
        p
        for p in reference.people.values()
        if p.family == family and any(title_key(r.title) == key for r in p.roles)
    ]
    return found[0] if len(found) == 1 else None


def _body_held(ref: RefPerson, title: str, orgs: Orgs) -> OrgEntry | None:
    """The body the text names at which the reference person held the title (the latest
    such post first)."""
    key = title_key(title)
    for role in reversed(ref.roles):
        if title_key(role.title) != key:
            continue
        named = [e for e in orgs.entries if e.ref is not None and e.ref.id == role.organisation]
        if named:
            return named[0]
    return None
