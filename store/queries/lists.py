"""The three lists of the explorer and the CLI: organisations, people, agreements.

The lists show the most-mentioned entities first (agreements: the newest); past
`LIST_LIMIT`, search finds the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from store.models import Role
from store.queries.batch import acronym_of, chunks, names_for, org_names, parties_of
from store.queries.refs import EntityRef

#: The lists show the most-mentioned entities first; past this many, search finds the rest.
LIST_LIMIT = 5000


@dataclass
class OrgRow:
    id: int
    name: str
    acronym: str | None
    country: str | None
    kind: str | None
    agreements: int
    documents: int


@dataclass
class PersonRow:
    id: int
    name: str
    other_names: list[str]
    title: str | None
    organisation: EntityRef | None
    documents: int
    #: the current or latest role and its years, as search results say it (what tells two
    #: officials of one name apart): "Director General, WIPO, since 2020"
    context: str = ""


@dataclass
class AgreementRow:
    id: int
    title: str
    kind: str
    date: str | None
    parties: list[EntityRef]


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import text

    return list(session.connection().execute(text(sql), params))


def _limit(session: Session, limit: int | None) -> int | None:
    """LIMIT's value for "no limit": -1 on SQLite, NULL on PostgreSQL."""
    if limit is not None:
        return limit
    return -1 if session.get_bind().dialect.name == "sqlite" else None


_DOCS = (
    "LEFT JOIN (SELECT target_id, COUNT(DISTINCT document_id) AS n FROM mention"
    " WHERE target_type = :kind GROUP BY target_id) m ON m.target_id = e.id"
)


def list_organisations(session: Session, limit: int | None = LIST_LIMIT) -> list[OrgRow]:
    """Organisations, most-mentioned first, with acronym and number of agreements."""
    rows = _rows(
        session,
        "SELECT e.id, e.name, e.country, e.kind, COALESCE(m.n, 0) AS docs,"
        " COALESCE(a.n, 0) AS agr FROM organisation e " + _DOCS + " LEFT JOIN"
        " (SELECT organisation_id, COUNT(DISTINCT agreement_id) AS n FROM agreementparty"
        " WHERE organisation_id IS NOT NULL GROUP BY organisation_id) a"
        " ON a.organisation_id = e.id WHERE e.merged_into IS NULL"
        " ORDER BY docs DESC, agr DESC, LOWER(e.name), e.id LIMIT :limit",
        kind="organisation",
        limit=_limit(session, limit),
    )
    names = names_for(session, "organisation", [r[0] for r in rows])
    return [
        OrgRow(r[0], r[1], acronym_of(names.get(r[0], [])), r[2], r[3], int(r[5]), int(r[4]))
        for r in rows
    ]


def _current_role(roles: list[Role]) -> Role | None:
    """The role a reader would call current, by the rule search results use."""
    from store.search.context import role_rank

    if not roles:
        return None
    return max(
        roles, key=lambda r: role_rank((r.id or 0, r.title, r.organisation_id, r.start, r.end))
    )


def _current_roles(session: Session, ids: list[int]) -> dict[int, Role | None]:
    roles: dict[int, list[Role]] = {}
    for chunk in chunks(ids):
        for role in session.exec(select(Role).where(col(Role.person_id).in_(chunk))):
            roles.setdefault(role.person_id, []).append(role)
    return {pid: _current_role(rs) for pid, rs in roles.items()}


def list_people(session: Session, limit: int | None = LIST_LIMIT) -> list[PersonRow]:
    """People, most-mentioned first, with every other name and their current (else latest)
    role, also as the context search results give."""
    from store.search import contexts

    rows = _rows(
        session,
        "SELECT e.id, e.name, COALESCE(m.n, 0) AS docs FROM person e "
        + _DOCS
        + " WHERE e.merged_into IS NULL ORDER BY docs DESC, LOWER(e.name), e.id LIMIT :limit",
        kind="person",
        limit=_limit(session, limit),
    )
    ids = [r[0] for r in rows]
    names = names_for(session, "person", ids)
    current = _current_roles(session, ids)
    orgs = org_names(
        session, sorted({r.organisation_id for r in current.values() if r and r.organisation_id})
    )
    context = contexts(session, [("person", pid) for pid in ids])
    out = []
    for pid, name, docs in rows:
        cur = current.get(pid)
        org = (
            EntityRef("organisation", cur.organisation_id, orgs.get(cur.organisation_id, "?"))
            if cur and cur.organisation_id
            else None
        )
        others = [n.text for n in names.get(pid, []) if n.text != name]
        title = cur.title if cur else None
        out.append(
            PersonRow(pid, name, others, title, org, int(docs), context.get(("person", pid), ""))
        )
    return out


def list_agreements(session: Session, limit: int | None = LIST_LIMIT) -> list[AgreementRow]:
    """Agreements, newest first, with their parties."""
    rows = _rows(
        session,
        "SELECT id, title, kind, date FROM agreement"
        " ORDER BY COALESCE(date, '') DESC, id LIMIT :limit",
        limit=_limit(session, limit),
    )
    parties = parties_of(session, [r[0] for r in rows])
    orgs = org_names(
        session,
        sorted({p.organisation_id for ps in parties.values() for p in ps if p.organisation_id}),
    )
    out = []
    for aid, title, kind, date in rows:
        ps = [
            EntityRef("organisation", p.organisation_id, orgs.get(p.organisation_id, "?"))
            for p in parties.get(aid, [])
            if p.role == "party" and p.organisation_id
        ]
        out.append(AgreementRow(aid, title, kind, date, ps))
    return out
