"""A foreign official named in Chinese by the transliteration of the family name alone.

Chinese text writes a foreign official in full (弗朗西斯·高锐) and as often by the part of the
transliteration that writes the family name (高锐总干事). That part reads like a Chinese name of
its own, so it is no name of the reference person's everywhere: it is that person's only where
the text gives it a role at a body the reference data has the person hold a post at, and no
other reference person's name ends in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlmodel import Session, col, select

from importers.gazetteer import Reference, RefPerson
from store.models import Organisation
from store.text import has_han, to_simplified
from store.text.script import NAME_MARKS, family_part

_PARTS = re.compile(f"[{re.escape(NAME_MARKS)}]")


def by_family_part(
    session: Session, ref: Reference, names: Iterable[str], org_ids: set[int]
) -> RefPerson | None:
    """The one reference person whose transliterated name ends in one of these names and
    who held a post at one of `org_ids` (stored organisations), else None."""
    keys = {_plain(n) for n in names if has_han(n) and not _PARTS.search(n)}
    keys = {k for k in keys if len(k) >= 2}
    if not keys or not org_ids:
        return None
    held = _reference_ids(session, org_ids)
    found = [
        p
        for p in ref.people.values()
        if keys & _family_parts(p) and any(r.organisation in held for r in p.roles)
    ]
    return found[0] if len(found) == 1 else None


def _family_parts(person: RefPerson) -> set[str]:
    """The last part of each transliteration of the person's name (高锐 of 弗朗西斯·高锐)."""
    out = set()
    for n in person.all_names():
        part = family_part(n, NAME_MARKS)
        if has_han(n) and part.strip() and part != n:
            out.add(_plain(part))
    return out


def _plain(name: str) -> str:
    return re.sub(r"\s+", "", to_simplified(name))


def _reference_ids(session: Session, org_ids: set[int]) -> set[str]:
    """The reference entries these stored organisations were made from."""
    rows = session.exec(select(Organisation.ref_id).where(col(Organisation.id).in_(org_ids)))
    return {r for r in rows if r}
