"""The JSON export: a complete copy of the knowledge base in the exchange format.

Besides the fields EXCHANGE.md names, it carries every name with its language, kind and
dates, document texts and mention spans, so that importing an export into an empty
database and exporting again gives the same knowledge base.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlmodel import Session, col, select

from store.exchange.format import FORMAT, REFERENCE_DOC
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


def _natural(ref: str) -> tuple[str, int]:
    return (ref[0], int(ref[1:]) if ref[1:].isdigit() else 0)


class _Facts:
    """Every mention and name of the store, by entity, and whether a fact is sourced to the
    reference data (then the export lists its pseudo-document)."""

    def __init__(self, session: Session) -> None:
        self.mentions: dict[tuple[str, int], list[Mention]] = defaultdict(list)
        for m in session.exec(select(Mention).order_by(col(Mention.id))):
            self.mentions[(m.target_type, m.target_id)].append(m)
        self.names: dict[tuple[str, int], list[Name]] = defaultdict(list)
        for n in session.exec(select(Name).order_by(col(Name.id))):
            self.names[(n.entity_type, n.entity_id)].append(n)
        self.uses_reference = False

    def sources(self, kind: str, id: int, origin: str = "document") -> list[str]:
        found = {f"d{m.document_id}" for m in self.mentions.get((kind, id), [])}
        out = sorted(found, key=_natural)
        if not out and origin == "reference":
            self.uses_reference = True
            out = [REFERENCE_DOC]
        return out

    def name_list(self, kind: str, id: int) -> list[dict[str, Any]]:
        return [
            {
                "text": n.text,
                "lang": n.lang,
                "script": n.script,
                "kind": n.kind,
                "from": n.valid_from,
                "to": n.valid_to,
                "origin": n.origin,
            }
            for n in self.names.get((kind, id), [])
        ]

    def aliases(self, kind: str, id: int, display: str) -> list[str]:
        seen, out = {display}, []
        for n in self.names.get((kind, id), []):
            if n.text not in seen:
                seen.add(n.text)
                out.append(n.text)
        return out

    def mention_list(self, kind: str, id: int) -> list[dict[str, Any]]:
        return [
            {
                "document": f"d{m.document_id}",
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
                "extractor": m.extractor,
                "confidence": m.confidence,
            }
            for m in self.mentions.get((kind, id), [])
        ]


def _organisations(session: Session, facts: _Facts) -> list[dict[str, Any]]:
    orgs = []
    for o in session.exec(
        select(Organisation)
        .where(col(Organisation.merged_into).is_(None))
        .order_by(col(Organisation.id))
    ):
        assert o.id is not None
        origin = "reference" if o.ref_id else "document"
        orgs.append(
            {
                "id": f"o{o.id}",
                "name": o.name,
                "aliases": facts.aliases("organisation", o.id, o.name),
                "country": o.country,
                "kind": o.kind,
                "parent": f"o{o.parent_id}" if o.parent_id else None,
                "reference_id": o.ref_id,
                "names": facts.name_list("organisation", o.id),
                "sources": facts.sources("organisation", o.id, origin),
                "mentions": facts.mention_list("organisation", o.id),
            }
        )
    return orgs


def _role(r: Role, facts: _Facts) -> dict[str, Any]:
    assert r.id is not None
    return {
        "title": r.title,
        "organisation": f"o{r.organisation_id}" if r.organisation_id else None,
        "start": r.start,
        "end": r.end,
        "origin": r.origin,
        "sources": facts.sources("role", r.id, r.origin),
        "mentions": facts.mention_list("role", r.id),
    }


def _people(session: Session, facts: _Facts) -> list[dict[str, Any]]:
    roles_by_person: dict[int, list[Role]] = defaultdict(list)
    for r in session.exec(select(Role).order_by(col(Role.id))):
        roles_by_person[r.person_id].append(r)
    people = []
    for p in session.exec(
        select(Person).where(col(Person.merged_into).is_(None)).order_by(col(Person.id))
    ):
        assert p.id is not None
        roles = [_role(r, facts) for r in roles_by_person.get(p.id, [])]
        people.append(
            {
                "id": f"p{p.id}",
                "name": p.name,
                "aliases": facts.aliases("person", p.id, p.name),
                "family": p.family,
                "given": p.given,
                "reference_id": p.ref_id,
                "names": facts.name_list("person", p.id),
                "roles": roles,
                "sources": facts.sources("person", p.id, "reference" if p.ref_id else "document"),
                "mentions": facts.mention_list("person", p.id),
            }
        )
    return people


def _agreements(session: Session, facts: _Facts) -> list[dict[str, Any]]:
    parties: dict[int, list[AgreementParty]] = defaultdict(list)
    for ap in session.exec(select(AgreementParty).order_by(col(AgreementParty.id))):
        parties[ap.agreement_id].append(ap)
    agreements = []
    for a in session.exec(select(Agreement).order_by(col(Agreement.id))):
        assert a.id is not None
        ps = parties.get(a.id, [])
        agreements.append(
            {
                "id": f"a{a.id}",
                "title": a.title,
                "kind": a.kind,
                "date": a.date,
                "place": a.place,
                "parties": [
                    f"o{x.organisation_id}" for x in ps if x.role == "party" and x.organisation_id
                ],
                "signatories": [
                    f"p{x.person_id}" for x in ps if x.role == "signatory" and x.person_id
                ],
                "witnesses": [
                    f"p{x.person_id}" if x.person_id else f"o{x.organisation_id}"
                    for x in ps
                    if x.role == "witness"
                ],
                "origin": a.origin,
                "sources": facts.sources("agreement", a.id, a.origin),
                "mentions": facts.mention_list("agreement", a.id),
            }
        )
    return agreements


def _documents(docs: list[Document], *, with_text: bool) -> list[dict[str, Any]]:
    documents = []
    for d in docs:
        entry: dict[str, Any] = {
            "id": f"d{d.id}",
            "path": d.path,
            "title": d.title,
            "lang": d.lang,
            "date": d.date,
            "format": d.format,
            "sha256": d.sha256,
        }
        if with_text:
            entry["text"] = d.text
        documents.append(entry)
    return documents


_REFERENCE_ENTRY = {
    "id": REFERENCE_DOC,
    "path": "importers/reference/",
    "title": "ipx curated reference data",
    "lang": None,
    "date": None,
    "format": "reference",
}


def export_data(session: Session, *, with_text: bool = True) -> dict[str, Any]:
    """The whole store as one exchange document."""
    docs = list(session.exec(select(Document).order_by(col(Document.id))))
    facts = _Facts(session)
    orgs = _organisations(session, facts)
    people = _people(session, facts)
    agreements = _agreements(session, facts)
    documents = _documents(docs, with_text=with_text)
    if facts.uses_reference:
        documents.append(dict(_REFERENCE_ENTRY))
    return {
        "format": FORMAT,
        "documents": documents,
        "organisations": orgs,
        "people": people,
        "agreements": agreements,
    }
