"""The detail of one entity: its names, facts, roles, agreements, related entities and
sources, the one record `ipx show` and the explorer's detail view are both made from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from store.models import Agreement, AgreementParty, Name, Organisation, Person, Role
from store.queries.batch import acronym_of, parties_of
from store.queries.refs import EntityRef, eref, follow_merges, live, ref
from store.queries.sources import Source, sources_of
from store.roles import titles_of


@dataclass
class NameInfo:
    text: str
    lang: str | None
    script: str | None
    kind: str
    valid_from: str | None
    valid_to: str | None


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
    #: the role's other titles (总干事 beside Director General): one role in two languages
    other_titles: list[str] = field(default_factory=list)

    @property
    def titles(self) -> list[str]:
        """Every title, the one the role is shown by first."""
        return [self.title, *self.other_titles]


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


def _name_infos(session: Session, kind: str, id: int) -> list[NameInfo]:
    rows = session.exec(
        select(Name).where(Name.entity_type == kind, Name.entity_id == id).order_by(col(Name.id))
    )
    return [NameInfo(n.text, n.lang, n.script, n.kind, n.valid_from, n.valid_to) for n in rows]


def _role_info(session: Session, r: Role, with_sources: bool = True) -> RoleInfo:
    assert r.id is not None
    person = eref(session, "person", r.person_id)
    assert person is not None
    return RoleInfo(
        r.id,
        person,
        eref(session, "organisation", r.organisation_id),
        r.title,
        r.start,
        r.end,
        r.origin,
        sources_of(session, "role", r.id, limit=5) if with_sources else [],
        titles_of(r)[1:],
    )


def _roles(session: Session, where: Any) -> list[RoleInfo]:
    """The roles matching `where`, earliest first."""
    roles = [_role_info(session, r) for r in session.exec(select(Role).where(where))]
    roles.sort(key=lambda r: (r.start or r.end or "9999", r.title))
    return roles


def agreement_info(session: Session, a: Agreement, with_sources: bool = True) -> AgreementInfo:
    assert a.id is not None
    parties = parties_of(session, [a.id]).get(a.id, [])

    def refs(role: str) -> list[EntityRef]:
        out = []
        for p in parties:
            if p.role != role:
                continue
            e = (
                eref(session, "organisation", p.organisation_id)
                if p.organisation_id
                else eref(session, "person", p.person_id)
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


def _agreements(session: Session, where: Any) -> list[AgreementInfo]:
    """The agreements with a party row matching `where`, newest first."""
    ids = sorted(set(session.exec(select(AgreementParty.agreement_id).where(where))))
    agreements = [
        agreement_info(session, a)
        for a in session.exec(select(Agreement).where(col(Agreement.id).in_(ids)))
    ]
    agreements.sort(key=lambda a: a.date or "", reverse=True)
    return agreements


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
    roles = _roles(session, Role.organisation_id == id)
    agreements = _agreements(session, AgreementParty.organisation_id == id)
    related: list[EntityRef] = []
    parent = eref(session, "organisation", o.parent_id)
    if parent:
        related.append(parent)
    for child in session.exec(
        select(Organisation).where(Organisation.parent_id == id, live(Organisation))
    ):
        assert child.id is not None
        related.append(EntityRef("organisation", child.id, child.name))
    return Detail(
        kind="organisation",
        id=id,
        name=o.name,
        names=_name_infos(session, "organisation", id),
        facts={
            "kind": o.kind,
            "country": o.country,
            "acronym": acronym_of(names),
            "parent": parent.name if parent else None,
            "reference": o.ref_id,
        },
        roles=roles,
        agreements=agreements,
        related=related,
        sources=sources_of(session, "organisation", id),
    )


def person_detail(session: Session, id: int) -> Detail | None:
    p = session.get(Person, id)
    if p is None:
        return None
    roles = _roles(session, Role.person_id == id)
    agreements = _agreements(session, AgreementParty.person_id == id)
    related = []
    seen = set()
    for r in roles:
        if r.organisation and r.organisation.id not in seen:
            seen.add(r.organisation.id)
            related.append(r.organisation)
    return Detail(
        kind="person",
        id=id,
        name=p.name,
        names=_name_infos(session, "person", id),
        facts={"family": p.family, "given": p.given, "reference": p.ref_id},
        roles=roles,
        agreements=agreements,
        related=related,
        sources=sources_of(session, "person", id),
    )


def agreement_detail(session: Session, id: int) -> Detail | None:
    a = session.get(Agreement, id)
    if a is None:
        return None
    info = agreement_info(session, a)
    return Detail(
        kind="agreement",
        id=id,
        name=a.title,
        names=[NameInfo(a.title, None, None, "primary", None, None)],
        facts={"kind": a.kind, "date": a.date, "place": a.place},
        roles=[],
        agreements=[],
        related=info.parties + info.signatories + info.witnesses,
        sources=info.sources,
        agreement=info,
    )
