"""A title that names its own office: the "Registrar of Trade Marks" holds the post at the
"Office of the Registrar of Trade Marks" the text names.

Such offices are named after the post of the one who heads them. A holder of that post whom
the text names without a body heads that office, not the department or ministry the office
works under, which a document often names more (and first).
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import TITLE_MODIFIER_WORDS
from store.text import fold, lexicon

#: The heads of the name of an office named after its holder's post ("Office of the X").
_OFFICE_HEADS = lexicon.words("en_roles.txt", "own_office_heads")


def office_named_after(title: str, orgs: Orgs) -> OrgEntry | None:
    """The office the text names after `title` or after the post it is deputy to ("Deputy
    Registrar of X" works in the "Office of the Registrar of X")."""
    words = re.sub(r"\s+", " ", title).strip().split(" ")
    while len(words) > 2 and words[0].casefold().rstrip("-") in TITLE_MODIFIER_WORDS:
        words = words[1:]
    post = " ".join(words)
    if " " not in post:
        return None  # a bare "Registrar" names no office of its own
    wanted = {fold(f"{head} of {the}{post}") for head in _OFFICE_HEADS for the in ("", "the ")}
    for e in orgs.entries:
        if e.spans and any(fold(form) in wanted for form in e.forms):
            return e
    return None
