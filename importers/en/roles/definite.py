"""A body a title's holder serves, named before the title by its kind alone: "the Faculty's Dean".

A text that has named a body in full ("UM's Faculty of Law") may go on to call it by its kind,
capitalised, with a possessive: "The Faculty's Dean, Professor NAME, said" (or in lower
case, "the ministry's Principal Secretary, NAME"). The title is held at the one body of that
kind the text has named before.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from store.text import lexicon

_DEFINITE_HEADS = lexicon.wordset("en_roles.txt", "definite_body_heads")
_KIND_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+([A-Za-z][a-z]+)['’]s\s+$")


def kind_owner(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """The one body of the kind named in "the <Kind>'s" right before the title at `tstart`."""
    m = _KIND_BEFORE.search(text, max(0, tstart - 30), tstart)
    if m is None or m.group(1).casefold() not in _DEFINITE_HEADS:
        return None
    kind = m.group(1).casefold()
    fits = [
        e
        for e in orgs.entries
        if e.spans
        and min(e.spans)[0] < tstart
        and kind in e.name.casefold().replace(",", "").split()
    ]
    return fits[0] if len(fits) == 1 else None


_KIND_TITLE = re.compile(r"(?:^|(?<=[\s(]))([A-Z][a-z]+)[ \t]+$")


def kind_before(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """'Chamber President NAME': a body's kind, capitalised with no article right before the
    title, names the one body with that head noun the text has named before."""
    m = _KIND_TITLE.search(text, max(0, tstart - 20), tstart)
    if m is None or m.group(1).casefold() not in _DEFINITE_HEADS:
        return None
    kind = m.group(1).casefold()
    fits = {e.key: e for s, _, e in orgs.mentions if s < m.start() and head_noun(e.name) == kind}
    return next(iter(fits.values())) if len(fits) == 1 else None


def head_noun(name: str) -> str:
    """A name's head noun: its last word when that is a body's kind ("X Shanghai Chapter"),
    else the last word before its "of", "for" or "in" complement ("X Chamber of Y in Z")."""
    last = name.casefold().split()[-1]
    if last in _DEFINITE_HEADS:
        return last
    return re.split(r"\s+(?:of|for|in)\s+", name.casefold(), maxsplit=1)[0].split()[-1]
