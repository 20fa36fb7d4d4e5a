"""What the TUI reads, in plain data: every call goes through store.queries / store.search.

These functions are synchronous and take a Database; the widgets call them from thread
workers so the event loop never waits on SQL.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from typing import Any

from store import queries
from store.db import Database
from store.queries import AgreementRow, Detail, EntityRef, OrgRow, PersonRow, Source, Step
from store.text import fold

KIND_LABEL = {"organisation": "org", "person": "person", "agreement": "agreement"}

# agreement kinds as a reader says them, at most 11 cells (the list column)
AGREEMENT_KIND = {
    "mou": "MoU",
    "agreement": "agreement",
    "work_plan": "work plan",
    "pph": "PPH",
    "joint_statement": "joint stmt",
    "record_of_discussion": "record",
    "letter_of_intent": "LoI",
    "declaration": "declaration",
    "programme": "programme",
    "other": "other",
}


def agreement_kind(kind: str | None) -> str:
    return AGREEMENT_KIND.get(kind or "other", (kind or "other").replace("_", " "))


def names_by_script(name: str, others: list[str]) -> list[str]:
    """NAME and the first other name in each further script (邓鸿森 beside Daren Tang)."""
    from store.text import script_of

    seen = {script_of(name)}
    out = [name]
    for other in others:
        script = script_of(other)
        if script not in seen:
            seen.add(script)
            out.append(other)
    return out


@dataclass(frozen=True)
class Link:
    """An entity the user can open; equal by kind and id (the name is for display)."""

    kind: str
    id: int
    name: str = field(default="", compare=False)

    @property
    def ref(self) -> str:
        return queries.ref(self.kind, self.id)

    @classmethod
    def of(cls, e: EntityRef) -> Link:
        return cls(e.kind, e.id, e.name)

    def as_entity(self) -> EntityRef:
        return EntityRef(self.kind, self.id, self.name)


@dataclass
class Catalog:
    """The three lists, loaded once after the first paint and on refresh."""

    organisations: list[OrgRow]
    people: list[PersonRow]
    agreements: list[AgreementRow]
    acronyms: dict[int, str]
    # how many there are in all: the lists hold the most-mentioned queries.LIST_LIMIT
    totals: dict[str, int] = field(default_factory=dict)

    def total(self, pane: str) -> int:
        loaded: dict[str, list[Any]] = {
            "organisations": self.organisations,
            "agreements": self.agreements,
            "officials": self.people,
        }
        return max(self.totals.get(pane, 0), len(loaded[pane]))

    def short(self, link: Link | EntityRef) -> str:
        if link.kind == "organisation" and link.id in self.acronyms:
            return self.acronyms[link.id]
        return link.name


EMPTY = Catalog([], [], [], {})


def load_catalog(db: Database) -> Catalog:
    with db.session() as s:
        orgs = queries.list_organisations(s)
        people = queries.list_people(s)
        agreements = queries.list_agreements(s)
        st = queries.stats(s)
    totals = {
        "organisations": st.organisations,
        "agreements": st.agreements,
        "officials": st.people,
    }
    return Catalog(orgs, people, agreements, {o.id: o.acronym for o in orgs if o.acronym}, totals)


@dataclass
class SearchResult:
    link: Link
    aliases: list[str]
    matched: str
    how: str


def search(
    db: Database, query: str, kind: str | None = None, limit: int = 20
) -> list[SearchResult]:
    if not query.strip():
        return []
    from store.search import search as store_search

    with db.session() as s:
        hits = store_search(s, query, kind=kind, limit=limit)
    return [
        SearchResult(Link(h.kind, h.id, h.name), list(h.aliases), h.matched or "", h.how or "")
        for h in hits
    ]


@dataclass
class DetailData:
    detail: Detail
    merges: list[Any]  # store.models.Merge rows in force, when store.merge exists


def load_detail(db: Database, link: Link) -> DetailData | None:
    with db.session() as s:
        d = queries.detail(s, link.kind, link.id)
        if d is None:
            return None
        merges: list[Any] = []
        if d.kind in ("organisation", "person"):
            try:
                from store.merge import merges_of
            except ImportError:
                merges = []
            else:
                merges = merges_of(s, d.kind, d.id)
                for m in merges:  # names for display, read while the session is open
                    m.__dict__["_merged_name"] = queries.entity_name(s, d.kind, m.merged_id)
    return DetailData(d, merges)


def load_sources(db: Database, link: Link) -> list[Source]:
    with db.session() as s:
        return queries.sources_of(s, link.kind, link.id)


def load_path(db: Database, a: Link, b: Link) -> list[Step] | None:
    with db.session() as s:
        return queries.path_between(s, a.as_entity(), b.as_entity())


def who() -> str:
    try:
        return f"user:{getpass.getuser()}"
    except Exception:
        return "user"


def merge_entities(db: Database, kind: str, keep: int, other: int) -> None:
    from store.merge import merge

    with db.session() as s:
        merge(s, kind, keep, other, reason="merged in the explorer", decided_by=who())
        s.commit()


def split_merge(db: Database, merge_id: int) -> None:
    from store.merge import split

    with db.session() as s:
        split(s, merge_id)
        s.commit()


def matches(needle: str, *haystack: str | None) -> bool:
    """The list filter: folded substring over the row's visible text."""
    key = fold(needle)
    return not key or any(key in fold(h) for h in haystack if h)
