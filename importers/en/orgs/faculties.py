"""A university's faculty named by its field alone, and the university that owns it.

"UM's Faculty of Law", "the university's Faculty of Engineering": "Faculty of Law" is a body
of many universities, so the one the text means is named with its owner, "Faculty of Law,
Universiti Malaya" (the form the university's own pages use), and keeps the short form as an
alias.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from store.text import fold, lexicon

_FACULTY_HEADS = lexicon.wordset("en_orgs.txt", "faculty_heads")
_OWNER = re.compile(r"['’]s\s+(?:own\s+)?$")


def qualify_faculties(text: str, orgs: Orgs) -> None:
    """Name every faculty the text gives one owner with that owner."""
    for entry in orgs.entries:
        words = entry.name.split()
        if len(words) < 3 or words[0].casefold() not in _FACULTY_HEADS or words[1] != "of":
            continue
        if " of " in " ".join(words[2:]) or "," in entry.name:
            continue  # "Faculty of Law of the X University": already named with its owner
        found = (_owner_before(text, s, orgs) for s, _, e in orgs.mentions if e is entry)
        owners = {o.key: o for o in found if o is not None and o is not entry}
        if len(owners) != 1:
            continue
        owner = next(iter(owners.values()))
        full = f"{entry.name}, {owner.name}"
        entry.add_form(full)
        entry.name = full
        orgs.by_name.setdefault(fold(full), entry)


def _owner_before(text: str, start: int, orgs: Orgs) -> OrgEntry | None:
    """The body whose mention ends in "'s" right before `start`."""
    m = _OWNER.search(text, max(0, start - 12), start)
    if m is None:
        return None
    return next((e for s, x, e in orgs.mentions if x == m.start() and s < x), None)
