"""A name two Chinese-writing regions give to different bodies, read as the writer's region.

科技部 is the PRC's Ministry of Science and Technology in a mainland text, but a Taipei
release that writes 科技部 means Taiwan's ministry of that name (2014-2022), now its National
Science and Technology Council. Such names cannot be names of both reference entries (a
folded name belongs to one), so they are listed apart (reference_data/regional_names.json)
and read as the region's body only where the text is that region's: written in Traditional
characters, and every body it names of a region in the list is of that one region (a
Taiwan text that also names a mainland body leaves the name as the gazetteer read it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache

from sqlmodel import Session

from importers.facts import DocumentFacts, OrgFact
from importers.gazetteer import Reference
from importers.resolve.reference import DATA_DIR
from store import writer
from store.text import fold, has_han, to_simplified

FILE = DATA_DIR / "regional_names.json"


@dataclass(frozen=True)
class RegionalName:
    """One body's name in one region, with the dates it held it."""

    text: str
    region: str
    organisation: str  # a reference id
    kind: str = "alias"
    lang: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None


@cache
def _data() -> tuple[frozenset[str], tuple[RegionalName, ...]]:
    """The regions whose names are compared, and the names."""
    raw = json.loads(FILE.read_text(encoding="utf-8"))
    names = tuple(
        RegionalName(
            text=n["text"],
            region=n["region"],
            organisation=n["organisation"],
            kind=n.get("kind", "alias"),
            lang=n.get("lang"),
            valid_from=n.get("from"),
            valid_to=n.get("to"),
        )
        for n in raw["regional_names"]
    )
    return frozenset(raw["regions"]), names


def regional_names() -> tuple[RegionalName, ...]:
    return _data()[1]


def _key(name: str) -> str:
    return fold(to_simplified(name))


def _shared(fact: OrgFact) -> bool:
    """Whether the fact's name is one that regions share (科技部)."""
    return any(_key(fact.name) == _key(r.text) for r in regional_names())


def document_region(facts: DocumentFacts, ref: Reference) -> str | None:
    """The one region whose bodies a Traditional text names, leaving the shared names out;
    None for a Simplified text, or one naming bodies of two regions or of none."""
    if not any(has_han(o.name) and to_simplified(o.name) != o.name for o in facts.orgs):
        return None
    regions, _ = _data()
    found = set()
    for o in facts.orgs:
        if _shared(o):
            continue
        body = ref.orgs.get(o.ref or "")
        country = body.country if body is not None else o.country
        if country in regions:
            found.add(country)
    return found.pop() if len(found) == 1 else None


def read_in_region(
    facts: DocumentFacts, ref: Reference
) -> tuple[DocumentFacts, dict[str, RegionalName]]:
    """The facts with each shared name read as the body of the text's region, and those
    names by fact key (to be stored with their dates). The names of the body the gazetteer
    took it for go: they are not this body's."""
    region = document_region(facts, ref)
    if region is None:
        return facts, {}
    mine = {_key(r.text): r for r in regional_names() if r.region == region}
    read: dict[str, RegionalName] = {}
    orgs = []
    for o in facts.orgs:
        r = mine.get(_key(o.name))
        body = ref.orgs.get(r.organisation) if r is not None else None
        if r is None or body is None:
            orgs.append(o)
            continue
        other = ref.orgs.get(o.ref or "")
        theirs = {_key(n) for n in other.all_names()} if other is not None else set()
        aliases = [a for a in o.aliases if _key(a) not in theirs]
        orgs.append(replace(o, aliases=aliases, ref=body.id, country=body.country))
        read[o.key] = r
    return replace(facts, orgs=orgs), read


def date_regional_names(
    session: Session, read: dict[str, RegionalName], orgs: dict[str, int]
) -> None:
    """Each shared name read here, on the body the fact resolved to, as the kind of name it
    was there and with its dates (科技部: Taiwan's name until July 2022)."""
    for key, r in read.items():
        if key in orgs:
            writer.add_name(
                session,
                "organisation",
                orgs[key],
                r.text,
                kind=r.kind,
                lang=r.lang,
                valid_from=r.valid_from,
                valid_to=r.valid_to,
                origin="reference",
            )
