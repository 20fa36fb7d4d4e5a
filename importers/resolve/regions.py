"""Short names of a special administrative region's government.

A Hong Kong or Macao text writes 特區政府 ("the SAR Government") for its own government
without naming the region. It is the government of the region the document's other bodies
belong to; when the document names bodies of both regions, or of neither, nothing says which.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sqlmodel import Session

from importers.facts import OrgFact
from importers.gazetteer import Reference, RefOrg
from store import sql
from store.text import lexicon


@cache
def _short_forms() -> frozenset[str]:
    """Names of "the SAR government" that leave the region out."""
    return lexicon.wordset("resolve.txt", "sar_government_short_forms")


@cache
def _governments() -> dict[str, str]:
    """{region code: reference id of its government}."""
    pairs = (line.split() for line in lexicon.words("resolve.txt", "sar_governments"))
    return {code: ref_id for code, ref_id in pairs}


def is_sar_short_form(fact: OrgFact) -> bool:
    """Every name of the fact names a SAR government without saying which."""
    return all(n.strip() in _short_forms() for n in [fact.name, *fact.aliases])


def sar_government(session: Session, ref: Reference, org_ids: Iterable[int]) -> RefOrg | None:
    """The government of the one SAR whose bodies the document names (ORG_IDS), if exactly
    one is named."""
    ids = sorted(set(org_ids))
    if not ids:
        return None
    marks = ", ".join("?" * len(ids))
    query = f"SELECT DISTINCT country FROM organisation WHERE id IN ({marks})"
    regions = {c for (c,) in sql.rows(session, query, ids) if c in _governments()}
    if len(regions) != 1:
        return None
    return ref.orgs.get(_governments()[regions.pop()])


def sar_unit_rest(fact: OrgFact) -> str | None:
    """特区政府知识产权署: a body named with its SAR government's short form before its own
    name; returns that own name (知识产权署), else None."""
    name = fact.name.strip()
    short = next((s for s in _short_forms() if name.startswith(s) and len(name) > len(s)), None)
    return name[len(short) :] if short is not None else None


def sar_unit(ref: Reference, government: RefOrg, rest: str) -> RefOrg | None:
    """The reference body the region's government's own names and REST name together
    (香港特区政府 + 知识产权署), if one does."""
    for name in government.all_names():
        found = ref.org_named(name + rest)
        if found is not None and found.id != government.id:
            return found
    return None
