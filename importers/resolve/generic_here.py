"""A generic name that the document's own named bodies decide.

"Intellectual Property Office" or "Supreme People's Court IP Tribunal" name a kind of body
(words every country's bodies use); the places of the document's bodies usually say whose.
Two things the document writes say it more surely, before those places are weighed (a British
office's text about its partner in Singapore names more Singapore bodies):

- another form of the name of a body the document names specifically ("IP Tribunal of the
  Supreme People's Court", its reference names included) is that body;
- the generic name's initials after a place ("UK IPO" for "Intellectual Property Office")
  name one body, and the generic name is that body.

The other way round, a bare acronym the reference data does not know and the text never
defines ("All IPO staff") spells the initials of the one body the document names that way
("Intellectual Property Office"): it is that body, not a body of its own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from sqlmodel import Session

from importers.resolve.countries import is_country_name
from importers.resolve.lookup import by_names
from importers.resolve.variants import name_variants

_WORD = re.compile(r"[\w']+")
_THE = re.compile(r"^the\s", re.IGNORECASE)


def named_here(session: Session, names: list[str], here: Collection[int]) -> int | None:
    """The one body among HERE (the document's bodies, resolved) that holds any form of
    NAMES, or None when none or several do. (Not a name with its "of" subject turned: one
    text may name two countries' offices by the two orders of one name.)"""
    forms = [v for n in names for v in name_variants(n, turn=False)]
    hits = {oid for oid in by_names(session, "organisation", forms) if oid in here}
    return hits.pop() if len(hits) == 1 else None


def initials(name: str) -> str:
    """ "Intellectual Property Office" → "IPO": the first letters of its capitalised words."""
    return "".join(w[0] for w in _WORD.findall(name) if w[0].isupper())


def named_by_initials(generic: str, named: Mapping[str, int]) -> int | None:
    """The one body (of NAMED, {name: entity id}) whose name is a place or qualifier and then
    the generic name's initials ("UK IPO"); None when none or several do."""
    letters = initials(generic)
    if len(letters) < 2:
        return None
    placed = re.compile(rf"^\S.*\s{re.escape(letters)}$")
    hits = {
        oid
        for name, oid in named.items()
        if placed.match(name.strip()) and not _THE.match(name.strip())
    }
    return hits.pop() if len(hits) == 1 else None


def spelt_by(acronym: str, named: Mapping[str, int]) -> int | None:
    """The one body (of NAMED, {name: entity id}) one of whose names has ACRONYM for its
    initials ("IPO": "Intellectual Property Office"); None when none or several do. Else
    the one whose name less its country does ("IPO": "Intellectual Property Office of the
    Philippines", "PTO": "United States Patent and Trademark Office"), as texts shorten an
    office they have named in full."""
    for spell in (initials, _unplaced_initials):
        hits = {oid for name, oid in named.items() if name != acronym and spell(name) == acronym}
        if hits:
            return hits.pop() if len(hits) == 1 else None
    return None


_OF_COUNTRY = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$")


def _unplaced_initials(name: str) -> str:
    """The initials of a name whose country is written after "of" or before it ("X of the
    Philippines", "United States X", "Mexican X"), less that country's; "" for any other."""
    m = _OF_COUNTRY.match(name)
    if m and is_country_name(m.group(2)):
        return initials(m.group(1))
    words = name.split()
    for k in (1, 2, 3):
        if len(words) > k + 1 and is_country_name(" ".join(words[:k])):
            return initials(" ".join(words[k:]))
    return ""
