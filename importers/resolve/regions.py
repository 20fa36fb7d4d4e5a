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
