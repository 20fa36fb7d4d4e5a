"""The short context that tells namesakes apart: what a person does, what a body is, what an
agreement binds.

Three people called 张文 look identical in a list of names; "Commissioner, CNIPA, 2018–2022"
beside one of them does not. Search results carry it (`Hit.context`), and so may any list
that shows people, organisations or agreements by name (the Officials pane, `ipx path`):
`contexts(conn, refs)` reads it for many entities in a handful of queries, `context_of` for
one.

- a person: the current (else latest) role's title, the organisation's short name, the years
  ("Director General, WIPO, since 2020");
- an organisation: its kind, country and parent ("IP office, Singapore");
- an agreement: its kind, its parties and its date ("MoU, IPOS / CNIPA, 2017-02").

Plain DB-API over `connection.DB`, standard library only, so `ipx search` on the fast path
(ipx/lookup.py: sqlite3, no SQLAlchemy) and the full path give the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from store.search.connection import DB, chunks, marks
from store.text import lexicon
from store.views.labels import agreement_kind

Ref = tuple[str, int]

#: organisation kinds (organisation.kind) as a reader says them
ORG_KIND = {
    "ip_office": "IP office",
    "government": "government",
    "igo": "intergovernmental organisation",
    "company": "company",
    "law_firm": "law firm",
    "university": "university",
    "court": "court",
    "association": "association",
    "programme": "programme",
}
MAX_PARTIES = 3  # parties named in an agreement's context; the rest are counted
MAX_PARENT = 40  # a longer parent name (State Council of the People's Republic of China) is left
# out: a context is short, and a body's kind and country already say most
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]{1,11}")


@cache
def _countries() -> dict[str, str]:
    """ISO code -> the country's short English name (countries.tsv)."""
    return {row["code"]: row["en"][0] for row in lexicon.table("countries.tsv") if row["en"]}


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return _countries().get(code.upper(), code.upper())


def _year(date: str | None) -> str:
    return date[:4] if date and date[:4].isdigit() else ""


def years(start: str | None, end: str | None) -> str:
    """'2018–2022', 'since 2020', 'until 2018', '2019' or '' (years only: a context is short)."""
    a, b = _year(start), _year(end)
    if a and b:
        return a if a == b else f"{a}–{b}"
    if a:
        return f"since {a}"
    if b:
        return f"until {b}"
    return ""


def _join(parts: Iterable[str]) -> str:
    return ", ".join(p for p in parts if p)


def short_name(display: str, names: Sequence[tuple[str, str, str | None]]) -> str:
    """What a context calls an organisation: a current acronym, else any acronym, else a name
    that looks like one (IPOS, EnterpriseSG), else its display name.

    `names`: (text, kind, valid_to) in id order. The same rule as the lists' short names
    (store.queries.batch.acronym_of), kept here on plain tuples for the fast path.
    """
    current = [t for t, k, to in names if k == "acronym" and not to]
    any_acr = current or [t for t, k, _ in names if k == "acronym"]
    if any_acr:
        return any_acr[0]
    for t, _, _ in names:
        if _ACRONYM.fullmatch(t) and sum(c.isupper() for c in t) >= 2:
            return t
    return display


def role_context(title: str, organisation: str, start: str | None, end: str | None) -> str:
    """One role in a few words: 'Commissioner, CNIPA, 2013–2022'."""
    return _join([title, organisation, years(start, end)])


def role_rank(role: tuple[Any, ...]) -> tuple[Any, ...]:
    """Best first when maximal: with an organisation; held now and dated; else ended, the
    latest end first; undated last (an undated role says least about when)."""
    rid, _title, org, start, end = role
    state = 2 if end is None and start else 1 if end else 0
    return (org is not None, state, end or start or "", rid)


class _Reader:
    """The rows a batch of contexts needs, read in chunks of ids."""

    def __init__(self, db: DB) -> None:
        self.db = db

    def _in(self, sql: str, ids: Sequence[int], before: Sequence[Any] = ()) -> list[tuple]:
        out: list[tuple] = []
        for chunk in chunks(sorted(set(ids)), 500):
            out += self.db.all(sql.replace("IDS", marks(len(chunk))), [*before, *chunk])
        return out

    def short_names(self, org_ids: Iterable[int]) -> dict[int, str]:
        ids = sorted(set(org_ids))
        if not ids:
            return {}
        display = dict(self._in("SELECT id, name FROM organisation WHERE id IN (IDS)", ids))
        names: dict[int, list[tuple[str, str, str | None]]] = {}
        for eid, text, kind, to in self._in(
            "SELECT entity_id, text, kind, valid_to FROM name WHERE entity_type || '' = ?"
            " AND entity_id IN (IDS) ORDER BY id",
            ids,
            ["organisation"],
        ):
            names.setdefault(eid, []).append((text, kind, to))
        return {i: short_name(display.get(i, "?"), names.get(i, [])) for i in ids}

    def people(self, ids: Sequence[int]) -> dict[int, str]:
        roles: dict[int, list[tuple[Any, ...]]] = {}
        for pid, rid, title, org, start, end in self._in(
            'SELECT person_id, id, title, organisation_id, start, "end" FROM role'
            " WHERE person_id IN (IDS)",
            ids,
        ):
            roles.setdefault(pid, []).append((rid, title, org, start, end))
        best = {pid: max(rs, key=role_rank) for pid, rs in roles.items()}
        orgs = self.short_names(r[2] for r in best.values() if r[2] is not None)
        return {
            pid: role_context(title, orgs.get(org, "") if org else "", start, end)
            for pid, (_rid, title, org, start, end) in best.items()
        }

    def organisations(self, ids: Sequence[int]) -> dict[int, str]:
        rows = self._in(
            "SELECT id, kind, country, parent_id FROM organisation WHERE id IN (IDS)", ids
        )
        parents = self.short_names(r[3] for r in rows if r[3] is not None)
        return {
            oid: _join(
                [
                    ORG_KIND.get(kind or "", ""),
                    country_name(country),
                    f"part of {parents[parent]}"
                    if parent in parents and len(parents[parent]) <= MAX_PARENT
                    else "",
                ]
            )
            for oid, kind, country, parent in rows
        }

    def agreements(self, ids: Sequence[int]) -> dict[int, str]:
        rows = self._in("SELECT id, kind, date FROM agreement WHERE id IN (IDS)", ids)
        parties: dict[int, list[int]] = {}
        for aid, org in self._in(
            "SELECT agreement_id, organisation_id FROM agreementparty WHERE agreement_id IN"
            " (IDS) AND role = 'party' AND organisation_id IS NOT NULL ORDER BY id",
            ids,
        ):
            if org not in parties.setdefault(aid, []):
                parties[aid].append(org)
        orgs = self.short_names(o for ps in parties.values() for o in ps)
        out = {}
        for aid, kind, date in rows:
            ps = parties.get(aid, [])
            named = " / ".join(orgs[o] for o in ps[:MAX_PARTIES])
            if len(ps) > MAX_PARTIES:
                named += f" +{len(ps) - MAX_PARTIES}"
            label = agreement_kind(kind) if kind and kind != "other" else "agreement"
            out[aid] = _join([label, named, date or ""])
        return out


def contexts(conn_or_session: Any, refs: Iterable[Ref]) -> dict[Ref, str]:
    """{(kind, id): context} for organisations, people and agreements ('' when nothing is
    known: a person without a role). `conn_or_session`: anything `store.search.search`
    takes (a SQLAlchemy Session or Connection, a sqlite3 or psycopg connection)."""
    by_kind: dict[str, list[int]] = {}
    for kind, eid in refs:
        by_kind.setdefault(kind, []).append(eid)
    if not by_kind:
        return {}
    reader = _Reader(DB(conn_or_session))
    readers = {
        "person": reader.people,
        "organisation": reader.organisations,
        "agreement": reader.agreements,
    }
    out: dict[Ref, str] = {}
    for kind, ids in by_kind.items():
        got = readers[kind](ids) if kind in readers else {}
        for eid in ids:
            out[(kind, eid)] = got.get(eid, "")
    return out


def short_names(conn_or_session: Any, org_ids: Iterable[int]) -> dict[int, str]:
    """{organisation id: what a context calls it} (IPOS, CNIPA, else its display name)."""
    return _Reader(DB(conn_or_session)).short_names(org_ids)


def context_of(conn_or_session: Any, kind: str, entity_id: int) -> str:
    """The context of one entity: 'Director General, WIPO, since 2020'."""
    return contexts(conn_or_session, [(kind, entity_id)])[(kind, entity_id)]
