"""A post at a unit the text has named as a body's own: "the Appeals Chamber" after "the X
Office's Appeals Chamber".

A text that has written a unit with its owner's possessive ("the Office's Boards of
Review") may later give a post at the unit alone: "NAME was made Chair of the Boards of
Review". The unit is no body of its own (its plural head or its kind makes no name), so the
post is held at the owner, and the title keeps the unit as written.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs

#: "<Title> of the <Unit>": the unit's capitalised words, an "of" or "and" between them.
_OF_UNIT = re.compile(
    r"[^\n,;.]{0,40}?\s+of\s+the\s+([A-Z][\w-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w-]*){0,5})"
    r"(?![\w’'-])"
)


def unit_owner(text: str, tstart: int, orgs: Orgs) -> tuple[OrgEntry, str, int] | None:
    """The owner of the unit named in the title at `tstart` ("Chair of the Boards of
    Review"), the title up to the unit's end, and that end; None when no body the text
    names is written with that unit in the possessive."""
    m = _OF_UNIT.match(text, tstart)
    if m is None:
        return None
    unit = r"\s+".join(re.escape(w) for w in m.group(1).split())
    owned = re.compile(rf"['’]s\s+{unit}(?![\w’'-])")
    owners = {e.key: e for s, x, e in orgs.mentions if owned.match(text, x)}
    for acr in re.finditer(rf"(?<![\w’'-])([A-Z][A-Za-z]*[A-Z])(?={owned.pattern})", text):
        owners.update((e.key, e) for e in _known_by(text, acr.group(1), orgs))
    if len(owners) != 1:
        return None
    return next(iter(owners.values())), re.sub(r"\s+", " ", text[tstart : m.end()]), m.end()


def _known_by(text: str, acronym: str, orgs: Orgs) -> list[OrgEntry]:
    """The bodies that go by `acronym`: defined in brackets after a mention ("X Office
    (XO)") or known so to the reference."""
    defined = re.compile(rf"\s*\(\s*{re.escape(acronym)}\s*\)")
    return [
        e
        for e in orgs.entries
        if acronym in e.all_names()
        or any(x is e and defined.match(text, end) for _, end, x in orgs.mentions)
    ]
