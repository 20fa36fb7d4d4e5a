"""Every read the CLI and the TUI share: lists, detail views, sources, paths.

The TUI never touches tables directly; it calls these and renders the dataclasses they
return, so `ipx show` and the detail view cannot disagree.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, func, select

from store.models import (
    Agreement,
    AgreementParty,
    Document,
    Mention,
    Name,
    Organisation,
    Person,
    Role,
)
from store.text import fold

PREFIX = {"organisation": "o", "person": "p", "agreement": "a"}
KIND_OF_PREFIX = {v: k for k, v in PREFIX.items()}


def ref(kind: str, id: int) -> str:
    """Short id used by the CLI, the TUI and the export: o12, p3, a5."""
    return f"{PREFIX[kind]}{id}"


def parse_ref(text: str) -> tuple[str, int] | None:
    m = re.fullmatch(r"([opa])(\d{1,18})", text.strip())
    return (KIND_OF_PREFIX[m.group(1)], int(m.group(2))) if m else None


# ---------------------------------------------------------------- rows


@dataclass
class EntityRef:
    kind: str
    id: int
    name: str

    @property
    def ref(self) -> str:
        return ref(self.kind, self.id)


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


@dataclass
class AgreementRow:
    id: int
    title: str
    kind: str
    date: str | None
    parties: list[EntityRef]


@dataclass
class NameInfo:
    text: str
    lang: str | None
    script: str | None
    kind: str
    valid_from: str | None
    valid_to: str | None


@dataclass
class Source:
    document_id: int
    path: str
    title: str | None
    date: str | None
    start: int
    end: int
    surface: str
    sentence: str
    offset: int  # where the mention starts within `sentence`


@dataclass
class RoleInfo:
    id: int
    person: EntityRef
    organisation: EntityRef | None
    title: str
    start: str | None
    end: str | None
    origin: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class AgreementInfo:
    id: int
    title: str
    kind: str
    date: str | None
    place: str | None
    parties: list[EntityRef]
    signatories: list[EntityRef]
    witnesses: list[EntityRef]
    sources: list[Source] = field(default_factory=list)


@dataclass
class Detail:
    kind: str
    id: int
    name: str
    names: list[NameInfo]
    facts: dict[str, str | None]  # kind, country, acronym, parent...
    roles: list[RoleInfo]  # a person's roles, or an organisation's officials
    agreements: list[AgreementInfo]
    related: list[EntityRef]  # parent, children, partners
    sources: list[Source]
    agreement: AgreementInfo | None = None

    @property
    def ref(self) -> str:
        return ref(self.kind, self.id)


# ---------------------------------------------------------------- helpers


def _live(model):  # type: ignore[no-untyped-def]
    return col(model.merged_into).is_(None)


def entity_name(session: Session, kind: str, id: int) -> str:
    model: Any = {"organisation": Organisation, "person": Person, "agreement": Agreement}[kind]
    row = session.get(model, id)
    if row is None:
        return "?"
    return row.title if kind == "agreement" else row.name  # type: ignore[union-attr]


def _eref(session: Session, kind: str, id: int | None) -> EntityRef | None:
    if id is None:
        return None
    return EntityRef(kind, id, entity_name(session, kind, id))


def _looks_like_acronym(text: str) -> bool:
    """IPOS, IPVN, EnterpriseSG: short, and at least two capitals (not a word like Shanghai)."""
    return (
        re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,11}", text) is not None
        and sum(c.isupper() for c in text) >= 2
    )


def acronym_of(names: list[Name]) -> str | None:
    """The short name to show in lists: a current acronym, else any, else a short name that
    looks like one."""
    current = [n for n in names if n.kind == "acronym" and not n.valid_to]
    any_acr = current or [n for n in names if n.kind == "acronym"]
    if any_acr:
        return any_acr[0].text
    short = [n for n in names if _looks_like_acronym(n.text)]
    return short[0].text if short else None


# ---------------------------------------------------------------- lists


#: The lists show the most-mentioned entities first; past this many, search finds the rest.
LIST_LIMIT = 5000


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import text

    return list(session.connection().execute(text(sql), params))


def _chunks(ids: list[int], n: int = 900) -> list[list[int]]:
    return [ids[i : i + n] for i in range(0, len(ids), n)]


def _names_for(session: Session, kind: str, ids: list[int]) -> dict[int, list[Name]]:
    out: dict[int, list[Name]] = {}
    for chunk in _chunks(ids):
        q = (
            select(Name)
            .where(Name.entity_type == kind, col(Name.entity_id).in_(chunk))
            .order_by(col(Name.id))
        )
        for n in session.exec(q):
            out.setdefault(n.entity_id, []).append(n)
    return out


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
        limit=limit if limit is not None else -1 if _is_sqlite(session) else None,
    )
    names = _names_for(session, "organisation", [r[0] for r in rows])
    return [
        OrgRow(r[0], r[1], acronym_of(names.get(r[0], [])), r[2], r[3], int(r[5]), int(r[4]))
        for r in rows
    ]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _current_role(roles: list[Role]) -> Role | None:
    """The role a reader would call current: open-ended, latest start, with an organisation."""
    if not roles:
        return None
    return max(
        roles,
        key=lambda r: (r.organisation_id is not None, r.end is None, r.start or "", r.id or 0),
    )


def list_people(session: Session, limit: int | None = LIST_LIMIT) -> list[PersonRow]:
    """People, most-mentioned first, with every other name and their current role."""
    rows = _rows(
        session,
        "SELECT e.id, e.name, COALESCE(m.n, 0) AS docs FROM person e "
        + _DOCS
        + " WHERE e.merged_into IS NULL ORDER BY docs DESC, LOWER(e.name), e.id LIMIT :limit",
        kind="person",
        limit=limit if limit is not None else -1 if _is_sqlite(session) else None,
    )
    ids = [r[0] for r in rows]
    names = _names_for(session, "person", ids)
    roles: dict[int, list[Role]] = {}
    for chunk in _chunks(ids):
        for role in session.exec(select(Role).where(col(Role.person_id).in_(chunk))):
            roles.setdefault(role.person_id, []).append(role)
    current = {pid: _current_role(rs) for pid, rs in roles.items()}
    org_ids = sorted({r.organisation_id for r in current.values() if r and r.organisation_id})
    org_names: dict[int, str] = {}
    for chunk in _chunks(org_ids):
        q = select(Organisation.id, Organisation.name).where(col(Organisation.id).in_(chunk))
        org_names.update({i: n for i, n in session.exec(q) if i is not None})
    out = []
    for pid, name, docs in rows:
        cur = current.get(pid)
        org = (
            EntityRef("organisation", cur.organisation_id, org_names.get(cur.organisation_id, "?"))
            if cur and cur.organisation_id
            else None
        )
        others = [n.text for n in names.get(pid, []) if n.text != name]
        out.append(PersonRow(pid, name, others, cur.title if cur else None, org, int(docs)))
    return out


def _parties(
    session: Session, agreement_ids: list[int] | None = None
) -> dict[int, list[AgreementParty]]:
    out: dict[int, list[AgreementParty]] = {}
    chunks = _chunks(agreement_ids) if agreement_ids is not None else [None]
    for chunk in chunks:
        q = select(AgreementParty).order_by(col(AgreementParty.id))
        if chunk is not None:
            q = q.where(col(AgreementParty.agreement_id).in_(chunk))
        for p in session.exec(q):
            out.setdefault(p.agreement_id, []).append(p)
    return out


def list_agreements(session: Session, limit: int | None = LIST_LIMIT) -> list[AgreementRow]:
    """Agreements, newest first, with their parties."""
    rows = _rows(
        session,
        "SELECT id, title, kind, date FROM agreement"
        " ORDER BY COALESCE(date, '') DESC, id LIMIT :limit",
        limit=limit if limit is not None else -1 if _is_sqlite(session) else None,
    )
    ids = [r[0] for r in rows]
    parties = _parties(session, ids)
    org_ids = sorted(
        {p.organisation_id for ps in parties.values() for p in ps if p.organisation_id}
    )
    org_names: dict[int, str] = {}
    for chunk in _chunks(org_ids):
        q = select(Organisation.id, Organisation.name).where(col(Organisation.id).in_(chunk))
        org_names.update({i: n for i, n in session.exec(q) if i is not None})
    out = []
    for aid, title, kind, date in rows:
        ps = [
            EntityRef("organisation", p.organisation_id, org_names.get(p.organisation_id, "?"))
            for p in parties.get(aid, [])
            if p.role == "party" and p.organisation_id
        ]
        out.append(AgreementRow(aid, title, kind, date, ps))
    return out


# ---------------------------------------------------------------- sources

_SENTENCE_END = re.compile(r"(?<=[.!?。！？；;])\s+|\n\s*\n|(?<=[。！？])")


def sentence_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence (or line) that holds text[start:end], and the mention's offset in it."""
    left = max(text.rfind("\n\n", 0, start), -1) + 1
    for m in re.finditer(r"[.!?。！？](?=\s|$)|[。！？]", text[left:start]):
        left_candidate = left + m.end()
        if left_candidate <= start:
            left = left_candidate
    right = len(text)
    m2 = re.search(r"[.!?](?=\s|$)|[。！？]|\n\s*\n", text[end:])
    if m2:
        right = end + m2.end()
    left = min(left, start)
    raw = text[left:right]
    stripped = raw.lstrip()
    offset = start - left - (len(raw) - len(stripped))
    sentence = stripped.rstrip()
    if len(sentence) > 600:  # a table or a run-on PDF line: keep a window around the mention
        lo = max(0, offset - 250)
        sentence = sentence[lo : offset + (end - start) + 250]
        offset -= lo
    return sentence, max(offset, 0)


def sources_of(session: Session, target_type: str, target_id: int, limit: int = 50) -> list[Source]:
    rows = session.exec(
        select(Mention, Document)
        .join(Document, col(Document.id) == col(Mention.document_id))
        .where(Mention.target_type == target_type, Mention.target_id == target_id)
        .order_by(func.coalesce(Document.date, ""), col(Mention.document_id), col(Mention.start))
        .limit(limit)
    )
    out = []
    for m, d in rows:
        assert d.id is not None
        sentence, offset = sentence_around(d.text, m.start, m.end) if d.text else (m.surface, 0)
        out.append(
            Source(d.id, d.path, d.title, d.date, m.start, m.end, m.surface, sentence, offset)
        )
    return out


# ---------------------------------------------------------------- details


def _name_infos(session: Session, kind: str, id: int) -> list[NameInfo]:
    rows = session.exec(
        select(Name).where(Name.entity_type == kind, Name.entity_id == id).order_by(col(Name.id))
    )
    return [NameInfo(n.text, n.lang, n.script, n.kind, n.valid_from, n.valid_to) for n in rows]


def _role_info(session: Session, r: Role, with_sources: bool = True) -> RoleInfo:
    assert r.id is not None
    person = _eref(session, "person", r.person_id)
    assert person is not None
    return RoleInfo(
        r.id,
        person,
        _eref(session, "organisation", r.organisation_id),
        r.title,
        r.start,
        r.end,
        r.origin,
        sources_of(session, "role", r.id, limit=5) if with_sources else [],
    )


def _role_sort_key(r: RoleInfo) -> tuple:
    return (r.start or r.end or "9999", r.title)


def agreement_info(session: Session, a: Agreement, with_sources: bool = True) -> AgreementInfo:
    assert a.id is not None
    parties = _parties(session, [a.id]).get(a.id, [])

    def refs(role: str) -> list[EntityRef]:
        out = []
        for p in parties:
            if p.role != role:
                continue
            e = (
                _eref(session, "organisation", p.organisation_id)
                if p.organisation_id
                else _eref(session, "person", p.person_id)
            )
            if e:
                out.append(e)
        return out

    return AgreementInfo(
        a.id,
        a.title,
        a.kind,
        a.date,
        a.place,
        refs("party"),
        refs("signatory"),
        refs("witness"),
        sources_of(session, "agreement", a.id, limit=5) if with_sources else [],
    )


def follow_merges(session: Session, kind: str, id: int) -> int:
    """Where an entity that was merged away now lives (links in old exports keep working)."""
    model: Any = {"organisation": Organisation, "person": Person}.get(kind)
    seen = set()
    while model is not None and id not in seen:
        seen.add(id)
        row = session.get(model, id)
        if row is None or row.merged_into is None:  # type: ignore[union-attr]
            break
        id = row.merged_into  # type: ignore[union-attr]
    return id


def detail(session: Session, kind: str, id: int) -> Detail | None:
    id = follow_merges(session, kind, id)
    if kind == "organisation":
        return organisation_detail(session, id)
    if kind == "person":
        return person_detail(session, id)
    if kind == "agreement":
        return agreement_detail(session, id)
    return None


def organisation_detail(session: Session, id: int) -> Detail | None:
    o = session.get(Organisation, id)
    if o is None:
        return None
    names = list(
        session.exec(select(Name).where(Name.entity_type == "organisation", Name.entity_id == id))
    )
    roles = [
        _role_info(session, r) for r in session.exec(select(Role).where(Role.organisation_id == id))
    ]
    roles.sort(key=_role_sort_key)
    ag_ids = sorted(
        set(
            session.exec(
                select(AgreementParty.agreement_id).where(AgreementParty.organisation_id == id)
            )
        )
    )
    agreements = [
        agreement_info(session, a)
        for a in session.exec(select(Agreement).where(col(Agreement.id).in_(ag_ids)))
    ]
    agreements.sort(key=lambda a: a.date or "", reverse=True)
    related: list[EntityRef] = []
    parent = _eref(session, "organisation", o.parent_id)
    if parent:
        related.append(parent)
    for child in session.exec(
        select(Organisation).where(Organisation.parent_id == id, _live(Organisation))
    ):
        assert child.id is not None
        related.append(EntityRef("organisation", child.id, child.name))
    return Detail(
        "organisation",
        id,
        o.name,
        _name_infos(session, "organisation", id),
        {
            "kind": o.kind,
            "country": o.country,
            "acronym": acronym_of(names),
            "parent": parent.name if parent else None,
            "reference": o.ref_id,
        },
        roles,
        agreements,
        related,
        sources_of(session, "organisation", id),
    )


def person_detail(session: Session, id: int) -> Detail | None:
    p = session.get(Person, id)
    if p is None:
        return None
    roles = [_role_info(session, r) for r in session.exec(select(Role).where(Role.person_id == id))]
    roles.sort(key=_role_sort_key)
    ag_ids = sorted(
        set(session.exec(select(AgreementParty.agreement_id).where(AgreementParty.person_id == id)))
    )
    agreements = [
        agreement_info(session, a)
        for a in session.exec(select(Agreement).where(col(Agreement.id).in_(ag_ids)))
    ]
    agreements.sort(key=lambda a: a.date or "", reverse=True)
    related = []
    seen = set()
    for r in roles:
        if r.organisation and r.organisation.id not in seen:
            seen.add(r.organisation.id)
            related.append(r.organisation)
    return Detail(
        "person",
        id,
        p.name,
        _name_infos(session, "person", id),
        {"family": p.family, "given": p.given, "reference": p.ref_id},
        roles,
        agreements,
        related,
        sources_of(session, "person", id),
    )


def agreement_detail(session: Session, id: int) -> Detail | None:
    a = session.get(Agreement, id)
    if a is None:
        return None
    info = agreement_info(session, a)
    return Detail(
        "agreement",
        id,
        a.title,
        [NameInfo(a.title, None, None, "primary", None, None)],
        {"kind": a.kind, "date": a.date, "place": a.place},
        [],
        [],
        info.parties + info.signatories + info.witnesses,
        info.sources,
        agreement=info,
    )


# ---------------------------------------------------------------- lookup


def find(session: Session, text: str, kind: str | None = None) -> list[EntityRef]:
    """Entities a user means by NAME_OR_ID: an id (o12), an exact name, else search hits."""
    parsed = parse_ref(text)
    if parsed and (kind is None or parsed[0] == kind):
        name = entity_name(session, *parsed)
        if name != "?":
            return [EntityRef(parsed[0], follow_merges(session, *parsed), name)]
    key = fold(text)
    out: list[EntityRef] = []
    if key:
        for n in session.exec(select(Name).where(Name.folded == key)):
            if kind and n.entity_type != kind:
                continue
            eid = follow_merges(session, n.entity_type, n.entity_id)
            e = EntityRef(n.entity_type, eid, entity_name(session, n.entity_type, eid))
            if e not in out:
                out.append(e)
        if kind in (None, "agreement"):
            for a in session.exec(select(Agreement)):
                if fold(a.title) == key and a.id is not None:
                    out.append(EntityRef("agreement", a.id, a.title))
    if out:
        return out
    from store.search import search

    return [EntityRef(h.kind, h.id, h.name) for h in search(session, text, kind=kind, limit=5)]


# ---------------------------------------------------------------- paths


@dataclass
class Step:
    source: EntityRef
    relation: str
    target: EntityRef


def _neighbours(session: Session, node: tuple[str, int]) -> list[tuple[str, tuple[str, int]]]:
    kind, id = node
    out: list[tuple[str, tuple[str, int]]] = []
    if kind == "person":
        # the roles a reader thinks of first: current ones, then the latest
        roles = sorted(
            session.exec(select(Role).where(Role.person_id == id)),
            key=lambda r: r.end or "9999",
            reverse=True,
        )
        for r in roles:
            if r.organisation_id:
                out.append((r.title, ("organisation", r.organisation_id)))
        for p in session.exec(select(AgreementParty).where(AgreementParty.person_id == id)):
            out.append((f"{p.role} of", ("agreement", p.agreement_id)))
    elif kind == "organisation":
        for r in session.exec(select(Role).where(Role.organisation_id == id)):
            out.append((r.title, ("person", r.person_id)))
        for p in session.exec(select(AgreementParty).where(AgreementParty.organisation_id == id)):
            out.append(
                (
                    f"{p.role} to" if p.role == "party" else f"{p.role} of",
                    ("agreement", p.agreement_id),
                )
            )
        o = session.get(Organisation, id)
        if o and o.parent_id:
            out.append(("part of", ("organisation", o.parent_id)))
        for c in session.exec(select(Organisation.id).where(Organisation.parent_id == id)):
            if c is not None:
                out.append(("has unit", ("organisation", c)))
    elif kind == "agreement":
        for p in session.exec(select(AgreementParty).where(AgreementParty.agreement_id == id)):
            if p.organisation_id:
                out.append((p.role, ("organisation", p.organisation_id)))
            elif p.person_id:
                out.append((p.role, ("person", p.person_id)))
    return out


def path_between(
    session: Session, a: EntityRef, b: EntityRef, max_nodes: int = 200_000
) -> list[Step] | None:
    """The shortest chain of roles, agreements and parent links from a to b (BFS), or None."""
    start, goal = (
        (a.kind, follow_merges(session, a.kind, a.id)),
        (b.kind, follow_merges(session, b.kind, b.id)),
    )
    if start == goal:
        return []
    prev: dict[tuple[str, int], tuple[tuple[str, int], str]] = {start: (start, "")}
    queue = deque([start])
    while queue and len(prev) < max_nodes:
        node = queue.popleft()
        for rel, nxt in _neighbours(session, node):
            if nxt in prev:
                continue
            prev[nxt] = (node, rel)
            if nxt == goal:
                steps: list[Step] = []
                cur = nxt
                while cur != start:
                    before, r = prev[cur]
                    steps.append(Step(_eref(session, *before), r, _eref(session, *cur)))  # type: ignore[arg-type]
                    cur = before
                return list(reversed(steps))
            queue.append(nxt)
    return None


@dataclass
class Stats:
    documents: int
    organisations: int
    people: int
    agreements: int
    roles: int


def stats(session: Session) -> Stats:
    def count(model, *where) -> int:  # type: ignore[no-untyped-def]
        return session.exec(select(func.count()).select_from(model).where(*where)).one()

    return Stats(
        count(Document),
        count(Organisation, _live(Organisation)),
        count(Person, _live(Person)),
        count(Agreement),
        count(Role),
    )
