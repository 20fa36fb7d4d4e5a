"""What the TUI reads, in plain data: every call goes through store.queries, store.search
and store.views.

These functions are synchronous and take a Database; the screens call them from thread
workers so the event loop never waits on SQL.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from store import queries
from store.db import Database
from store.queries import Source, Step
from store.queries.filters import Filter
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
    """What the app knows of the lists: how many there are in all, and the short names
    (acronyms) of the organisations read so far, which the trail and the path screen use.
    The list panes fill it as they read their pages."""

    acronyms: dict[int, str] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)

    def total(self, pane: str) -> int:
        return self.totals.get(pane, 0)

    def short(self, link: Ref) -> str:
        if link.kind == "organisation" and link.id in self.acronyms:
            return self.acronyms[link.id]
        return link.name


EMPTY = Catalog()

#: the list of each pane (store.queries.lists)
LIST_OF = {"organisations": "organisation", "agreements": "agreement", "officials": "person"}


def load_totals(db: Database) -> dict[str, int]:
    """How many organisations, agreements and officials there are (cheap counts)."""
    from store.queries.lists import list_count

    with db.session() as s:
        return {pane: list_count(s, kind) for pane, kind in LIST_OF.items()}


@dataclass
class ListIds:
    """The ids a list shows, in order (at most LIST_LIMIT), and how many pass in all (as
    many as the ids until counted: `cut`)."""

    ids: list[int]
    total: int
    counted: bool = True  # `total` is known (a cut list is counted after its first page)

    @property
    def cut(self) -> bool:
        """The list stops at LIST_LIMIT: more may pass than it shows."""
        from store.queries.lists import LIST_LIMIT

        return len(self.ids) >= LIST_LIMIT


def load_ids(db: Database, kind: str, filt: Filter | None) -> ListIds:
    """The ids of the list of KIND that FILT's fields let through, in list order."""
    from store.queries.lists import list_ids

    with db.session() as s:
        ids = list_ids(s, kind, filt)
    listed = ListIds(ids, len(ids))
    listed.counted = not listed.cut
    return listed


def load_count(db: Database, kind: str, filt: Filter | None) -> int:
    """How many rows of the list of KIND FILT's fields let through, past LIST_LIMIT."""
    from store.queries.lists import list_count

    with db.session() as s:
        return list_count(s, kind, filt)


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
