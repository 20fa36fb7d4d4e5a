"""The three lists of the explorer: organisations, people, agreements.

The lists show the most-mentioned entities first (agreements: the newest); past
`LIST_LIMIT`, search finds the rest. A list is read in two steps so that a million names
cost no more than a screenful: `*_ids` picks and orders the ids (the filter's fields are SQL
conditions, store.queries.list_filters; documents and agreements are counted per row by
index lookups), and `*_rows` reads the rows of a page of them. `list_*` does both at once.

A row's confidence (store.review.confidence) weighs every mention of it, and the rows listed
first are the most mentioned: at a million names the first screen of officials rests on
hundreds of thousands of mentions. So the explorer reads a page's rows with
`confidence=False`, shows them, and adds their confidence (`add_confidence`) after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlmodel import Session

from store.queries.filters import Filter
from store.queries.list_filters import narrowing
from store.queries.refs import EntityRef

#: The lists show the most-mentioned entities first; past this many, search finds the rest.
LIST_LIMIT = 5000

#: which list a kind of entity is in
LISTS = ("organisation", "person", "agreement")


@dataclass
class OrgRow:
    id: int
    name: str
    acronym: str | None
    country: str | None
    kind: str | None
    agreements: int
    documents: int
    #: store/review/confidence.py: how sure ipx is of it, and whether a person reviewed it
    confidence: float | None = None
    reviewed: bool = False


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
    confidence: float | None = None  # as OrgRow's
    reviewed: bool = False


@dataclass
class AgreementRow:
    id: int
    title: str
    kind: str
    date: str | None
    parties: list[EntityRef]
    #: what the list calls each party: its acronym, else its name (store.search.context)
    short: list[str] = field(default_factory=list)
    confidence: float | None = None  # as OrgRow's
    reviewed: bool = False


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import text

    return list(session.connection().execute(text(sql), params))


def _limit(session: Session, limit: int | None) -> int | None:
    """LIMIT's value for "no limit": -1 on SQLite, NULL on PostgreSQL."""
    if limit is not None:
        return limit
    return -1 if session.get_bind().dialect.name == "sqlite" else None


def _in(ids: Sequence[int]) -> str:
    """An IN list of ids read from the store (integers, inlined)."""
    return ", ".join(str(int(i)) for i in ids) or "NULL"


def _docs(kind: str) -> str:
    """How many documents mention the row `e` (an index lookup on ix_mention_target)."""
    return (
        "(SELECT COUNT(DISTINCT m.document_id) FROM mention m"
        f" WHERE m.target_type = '{kind}' AND m.target_id = e.id)"
    )


_AGREEMENTS_OF = (
    "(SELECT COUNT(DISTINCT ap.agreement_id) FROM agreementparty ap"
    " WHERE ap.organisation_id = e.id)"
)

_ORDER = {
    "organisation": (
        "SELECT e.id FROM organisation e WHERE e.merged_into IS NULL{where}"
        f" ORDER BY {_docs('organisation')} DESC, {_AGREEMENTS_OF} DESC, LOWER(e.name), e.id"
    ),
    "person": (
        "SELECT e.id FROM person e WHERE e.merged_into IS NULL{where}"
        f" ORDER BY {_docs('person')} DESC, LOWER(e.name), e.id"
    ),
    "agreement": (
        "SELECT e.id FROM agreement e WHERE 1 = 1{where} ORDER BY COALESCE(e.date, '') DESC, e.id"
    ),
}
_COUNT = {
    "organisation": "SELECT COUNT(*) FROM organisation e WHERE e.merged_into IS NULL{where}",
    "person": "SELECT COUNT(*) FROM person e WHERE e.merged_into IS NULL{where}",
    "agreement": "SELECT COUNT(*) FROM agreement e WHERE 1 = 1{where}",
}


def list_ids(
    session: Session, kind: str, filt: Filter | None = None, limit: int | None = LIST_LIMIT
) -> list[int]:
    """The ids of the list of KIND that FILT's fields let through, in list order."""
    n = narrowing(session, kind, filt)
    sql = _ORDER[kind].format(where=n.sql) + " LIMIT :limit"
    return [r[0] for r in _rows(session, sql, limit=_limit(session, limit), **n.params)]


def list_count(session: Session, kind: str, filt: Filter | None = None) -> int:
    """How many rows of the list of KIND FILT's fields let through (without LIST_LIMIT)."""
    n = narrowing(session, kind, filt)
    return int(_rows(session, _COUNT[kind].format(where=n.sql), **n.params)[0][0])


def _documents(session: Session, kind: str, ids: Sequence[int]) -> dict[int, int]:
    return dict(
        _rows(
            session,
            "SELECT target_id, COUNT(DISTINCT document_id) FROM mention"
            f" WHERE target_type = :kind AND target_id IN ({_in(ids)}) GROUP BY target_id",
            kind=kind,
        )
    )


def _names(session: Session, kind: str, ids: Sequence[int]) -> dict[int, list[tuple[Any, ...]]]:
    """(text, kind, valid_to) of each entity's names, in id order."""
    out: dict[int, list[tuple[Any, ...]]] = {}
    for eid, text, nkind, valid_to in _rows(
        session,
        "SELECT entity_id, text, kind, valid_to FROM name WHERE entity_type = :kind"
        f" AND entity_id IN ({_in(ids)}) ORDER BY id",
        kind=kind,
    ):
        out.setdefault(eid, []).append((text, nkind, valid_to))
    return out


def _org_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """The display names of the organisations IDS."""
    return dict(_rows(session, f"SELECT id, name FROM organisation WHERE id IN ({_in(ids)})"))


def organisation_rows(
    session: Session, ids: Sequence[int], *, confidence: bool = True
) -> list[OrgRow]:
    """The rows of the organisations IDS, in that order (with their confidence unless
    CONFIDENCE is False)."""
    from store.search.context import short_name

    if not ids:
        return []
    found = {
        r[0]: r
        for r in _rows(
            session, f"SELECT id, name, country, kind FROM organisation WHERE id IN ({_in(ids)})"
        )
    }
    names = _names(session, "organisation", ids)
    docs = _documents(session, "organisation", ids)
    agreements = dict(
        _rows(
            session,
            "SELECT organisation_id, COUNT(DISTINCT agreement_id) FROM agreementparty"
            f" WHERE organisation_id IN ({_in(ids)}) GROUP BY organisation_id",
        )
    )
    out = []
    for oid in ids:
        if oid not in found:
            continue  # merged away or deleted since the ids were read
        _, name, country, kind = found[oid]
        acronym = short_name("", names.get(oid, [])) or None
        out.append(
            OrgRow(oid, name, acronym, country, kind, agreements.get(oid, 0), docs.get(oid, 0))
        )
    return add_confidence(session, "organisation", out) if confidence else out


def add_confidence(session: Session, kind: str, rows: list[Any]) -> list[Any]:
    """ROWS (of one list's KIND) with their confidence and whether a person reviewed them
    (store/review), read for these rows only."""
    from store.review.confidence import confidences

    conf = confidences(session, kind, [r.id for r in rows])
    for r in rows:
        if (c := conf.get(r.id)) is not None:
            r.confidence, r.reviewed = c.value, c.reviewed
    return rows


def person_rows(
    session: Session, ids: Sequence[int], *, confidence: bool = True
) -> list[PersonRow]:
    """The rows of the people IDS, in that order, with every other name and the current
    (else latest) role, by the rule and in the words search results use (and their
    confidence unless CONFIDENCE is False)."""
    from store.search.context import role_context, role_rank, short_names

    if not ids:
        return []
    found = dict(_rows(session, f"SELECT id, name FROM person WHERE id IN ({_in(ids)})"))
    names = _names(session, "person", ids)
    docs = _documents(session, "person", ids)
    roles: dict[int, list[tuple[Any, ...]]] = {}
    for pid, *role in _rows(
        session,
        'SELECT person_id, id, title, organisation_id, start, "end" FROM role'
        f" WHERE person_id IN ({_in(ids)})",
    ):
        roles.setdefault(pid, []).append(tuple(role))
    current = {pid: max(rs, key=role_rank) for pid, rs in roles.items()}
    org_ids = sorted({r[2] for r in current.values() if r[2] is not None})
    display = _org_names(session, org_ids)
    short = short_names(session, org_ids)
    out = []
    for pid in ids:
        if pid not in found:
            continue
        name = found[pid]
        others = [t for t, _, _ in names.get(pid, []) if t != name]
        cur = current.get(pid)
        org, title, context = None, None, ""
        if cur is not None:
            _rid, title, oid, start, end = cur
            if oid is not None:
                org = EntityRef("organisation", oid, display.get(oid, "?"))
            context = role_context(title, short.get(oid, "") if oid else "", start, end)
        out.append(PersonRow(pid, name, others, title, org, docs.get(pid, 0), context))
    return add_confidence(session, "person", out) if confidence else out


def agreement_rows(
    session: Session, ids: Sequence[int], *, confidence: bool = True
) -> list[AgreementRow]:
    """The rows of the agreements IDS, in that order, with their parties (and their
    confidence unless CONFIDENCE is False)."""
    from store.search.context import short_names

    if not ids:
        return []
    found = {
        r[0]: r
        for r in _rows(
            session, f"SELECT id, title, kind, date FROM agreement WHERE id IN ({_in(ids)})"
        )
    }
    parties: dict[int, list[int]] = {}
    for aid, oid in _rows(
        session,
        "SELECT agreement_id, organisation_id FROM agreementparty"
        f" WHERE agreement_id IN ({_in(ids)}) AND role = 'party'"
        " AND organisation_id IS NOT NULL ORDER BY id",
    ):
        parties.setdefault(aid, []).append(oid)
    org_ids = sorted({o for ps in parties.values() for o in ps})
    display = _org_names(session, org_ids)
    short = short_names(session, org_ids)
    out = []
    for aid in ids:
        if aid not in found:
            continue
        _, title, kind, date = found[aid]
        ps = parties.get(aid, [])
        refs = [EntityRef("organisation", o, display.get(o, "?")) for o in ps]
        out.append(AgreementRow(aid, title, kind, date, refs, [short.get(o, "?") for o in ps]))
    return add_confidence(session, "agreement", out) if confidence else out


def list_organisations(
    session: Session, limit: int | None = LIST_LIMIT, filt: Filter | None = None
) -> list[OrgRow]:
    """Organisations, most-mentioned first, with acronym and number of agreements."""
    return organisation_rows(session, list_ids(session, "organisation", filt, limit))


def list_people(
    session: Session, limit: int | None = LIST_LIMIT, filt: Filter | None = None
) -> list[PersonRow]:
    """People, most-mentioned first, with every other name and their current (else latest)
    role, also as the context search results give."""
    return person_rows(session, list_ids(session, "person", filt, limit))


def list_agreements(
    session: Session, limit: int | None = LIST_LIMIT, filt: Filter | None = None
) -> list[AgreementRow]:
    """Agreements, newest first, with their parties."""
    return agreement_rows(session, list_ids(session, "agreement", filt, limit))


class RowReader(Protocol):
    """Reads the rows of a page of a list (organisation_rows, person_rows, agreement_rows)."""

    def __call__(
        self, session: Session, ids: Sequence[int], *, confidence: bool = True
    ) -> list[Any]: ...


#: the rows of a page of a list, by kind
ROWS: dict[str, RowReader] = {
    "organisation": organisation_rows,
    "person": person_rows,
    "agreement": agreement_rows,
}
