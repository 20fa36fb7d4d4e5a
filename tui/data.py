"""What the TUI reads, in plain data: every call goes through store.queries, store.search
and store.views.

These functions are synchronous and take a Database; the screens call them from thread
workers so the event loop never waits on SQL.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from typing import Any

from store import queries
from store.db import Database
from store.queries import AgreementRow, OrgRow, PersonRow, Source, Step
from store.views.detail import DetailView
from store.views.refs import Ref


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

    def short(self, link: Ref) -> str:
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
    link: Ref
    aliases: list[str]
    matched: str
    how: str
    #: what tells namesakes apart: "Director General, WIPO, since 2020" (store.search)
    context: str = ""
    #: the pinyin of a person known only by a Chinese name (store.views.readings)
    reading: str | None = None


def search(
    db: Database, query: str, kind: str | None = None, limit: int = 20
) -> list[SearchResult]:
    if not query.strip():
        return []
    from store.search import search as store_search
    from store.views.readings import reading_of

    with db.session() as s:
        hits = store_search(s, query, kind=kind, limit=limit)
    return [
        SearchResult(
            Ref(h.kind, h.id, h.name),
            list(h.aliases),
            h.matched or "",
            h.how or "",
            h.context,
            reading_of(h.name, h.aliases) if h.kind == "person" else None,
        )
        for h in hits
    ]


def load_detail(db: Database, link: Ref) -> DetailView | None:
    from store.views.load import load_detail_view

    with db.session() as s:
        return load_detail_view(s, link.kind, link.id)


def load_sources(db: Database, link: Ref) -> list[Source]:
    with db.session() as s:
        return queries.sources_of(s, link.kind, link.id)


def load_path(db: Database, a: Ref, b: Ref) -> list[Step] | None:
    with db.session() as s:
        return queries.path_between(s, a, b)


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
