"""Search by role: `wipo dg`, `commissioner cnipa`, `国家知识产权局局长`, `IPOS chief executive`
put the people who hold or held that role first, the current holder on top, then the
organisation itself, then whatever else the query finds.

The query is read as a title and an organisation (role_query.py); the organisation is found
through the index like any other search (its best matches as typed, by prefix or by words);
its roles whose title matches are read from the `role` table. It is plain DB-API like the
rest of search, so `ipx search` answers such queries on the fast path (ipx/lookup.py) too.

Holders rank by how well the title matches (the title itself before a longer one that holds
it), then held now (dated, no end) before ended (latest first) before undated.
"""

from __future__ import annotations

from typing import Any

from store.search.connection import DB, chunks, marks
from store.search.context import role_context, role_rank, short_names
from store.search.matches import Hit
from store.search.ranking import Ranked, make_hits
from store.search.role_query import RoleQuery, latin_words, title_match
from store.text import to_simplified
from store.text.script import has_han

ROLE_SCORE = 120.0  # above any name match: the query asked for the role
ORGS = 5  # organisations the organisation part of a role query may name
# how an organisation part must match to be one (matches.HOW)
_ORG_HOW = ("exact", "acronym", "first word", "prefix", "part", "words")


def organisations_named(hits: list[Hit]) -> list[Hit]:
    """The organisations the organisation part names: its best matches, when they match as
    typed, as an acronym, by prefix or by words (not by initials or a typo: too loose to
    read roles from)."""
    if not hits or hits[0].how not in _ORG_HOW:
        return []
    return [h for h in hits if h.how == hits[0].how]


def _org_words(db: DB, org_ids: list[int]) -> dict[int, frozenset[str]]:
    """The words (Latin) and whole names (Chinese) of each organisation: a role titled
    "Director General of WIPO" or "国家知识产权局局长" is still the title itself."""
    out: dict[int, set[str]] = {i: set() for i in org_ids}
    rows: list[tuple[Any, ...]] = []
    for chunk in chunks(org_ids, 500):
        rows += db.all(
            "SELECT entity_id, text FROM name WHERE entity_type || '' = 'organisation'"
            f" AND entity_id IN ({marks(len(chunk))})",
            chunk,
        )
        rows += db.all(
            f"SELECT id, name FROM organisation WHERE id IN ({marks(len(chunk))})", chunk
        )
    for oid, text in rows:
        if has_han(text):
            out[oid].add("".join(to_simplified(text).split()))
        else:
            out[oid].update(latin_words(text))
    return {i: frozenset(ws) for i, ws in out.items()}


def holders(db: DB, rq: RoleQuery, org_ids: list[int]) -> list[Ranked]:
    """The people who hold or held the role at these organisations, best first."""
    if not org_ids:
        return []
    words = _org_words(db, org_ids)
    best: dict[int, tuple[tuple[Any, ...], tuple[Any, ...]]] = {}
    for chunk in chunks(org_ids, 500):
        for rid, pid, org, title, start, end in db.all(
            'SELECT id, person_id, organisation_id, title, start, "end" FROM role'
            f" WHERE organisation_id IN ({marks(len(chunk))})",
            chunk,
        ):
            match = title_match(title or "", rq, words.get(org, frozenset()))
            if match is None:
                continue
            role = (rid, title, org, start, end)
            key = (-match, *role_rank(role))
            if pid not in best or key > best[pid][0]:
                best[pid] = (key, role)
    ordered = sorted(best.items(), key=lambda kv: kv[1][0], reverse=True)
    names = short_names(db.raw, {role[2] for _, (_, role) in ordered})
    return [
        Ranked(
            ("person", pid),
            ROLE_SCORE - 0.001 * i,
            "role",
            matched=role_context(role[1], names.get(role[2], ""), role[3], role[4]),
        )
        for i, (pid, (_, role)) in enumerate(ordered)
    ]


def with_roles(
    db: DB, rq: RoleQuery, orgs: list[Hit], hits: list[Hit], *, kind: str | None, limit: int
) -> list[Hit]:
    """The holders of the role first, then the organisations, then the other hits; with no
    holder, the other hits first and the organisations named as typed after them."""
    named = organisations_named(orgs)
    found = holders(db, rq, [h.id for h in named])
    people = make_hits(db, found[:limit]) if found and kind in (None, "person") else []
    if kind not in (None, "organisation"):
        named = []
    # no holder: perhaps no role was meant ("head office"), so the name matches come first
    exact = [h for h in named if h.how == "exact"]
    order = [*people, *named, *hits] if found else [*hits, *exact]
    out: list[Hit] = []
    seen: set[tuple[str, int]] = set()
    for h in order:
        if (h.kind, h.id) not in seen:
            seen.add((h.kind, h.id))
            out.append(h)
    return out[:limit]
