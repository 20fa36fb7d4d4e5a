"""The exchange import as it was before it went bulk: entry by entry through store.writer,
the ORM flushing each row. Kept for the tests as the oracle the bulk import must agree with
(tests/store/test_exchange_bulk.py): the same rows, ids, names, roles, mentions and search
keys."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlmodel import Session, col, select

from store import writer
from store.exchange.format import REFERENCE_DOC
from store.exchange.validation import validate
from store.models import Document, Organisation, Person

Item = dict[str, Any]


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def _origin_of(item: Item) -> str:
    srcs = item.get("sources") or []
    return item.get("origin") or ("reference" if srcs == [REFERENCE_DOC] else "document")


class _Loader:
    """One import: the store ids the file's ids became, and what was added."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counts = {"documents": 0, "organisations": 0, "people": 0, "agreements": 0, "roles": 0}
        self.docs: dict[str, int] = {}
        self.orgs: dict[str, int] = {}
        self.people: dict[str, int] = {}

    def document(self, d: Item) -> None:
        text = d.get("text") or ""
        sha = (
            d.get("sha256")
            or hashlib.sha256(
                (text or f"exchange:{d.get('path')}:{d.get('title')}:{d['id']}").encode("utf-8")
            ).hexdigest()
        )
        existing = self.session.exec(select(Document).where(Document.sha256 == sha)).first()
        if existing is None:
            existing = Document(
                path=str(d.get("path") or d["id"]),
                title=_str(d.get("title")),
                lang=_str(d.get("lang")),
                date=_str(d.get("date")),
                format=str(d.get("format") or "exchange"),
                sha256=sha,
                text=text,
            )
            self.session.add(existing)
            self.session.flush()
            self.counts["documents"] += 1
        assert existing.id is not None
        self.docs[d["id"]] = existing.id

    def mentions(self, kind: str, target_id: int, item: Item, label: str) -> None:
        """The item's mentions; without them, one mention of `label` per source."""
        ms = item.get("mentions") or []
        for m in ms:
            writer.add_mention(
                self.session,
                self.docs[m["document"]],
                kind,
                target_id,
                start=int(m.get("start") or 0),
                end=int(m.get("end") or 0),
                surface=str(m.get("surface") or ""),
                extractor=str(m.get("extractor") or "exchange"),
                confidence=float(m.get("confidence") or 1.0),
            )
        if ms:
            return
        for s in item.get("sources", []):
            if s in self.docs:
                writer.add_mention(
                    self.session, self.docs[s], kind, target_id, surface=label, extractor="exchange"
                )

    def names(self, kind: str, eid: int, item: Item) -> None:
        for n in item.get("names") or []:
            writer.add_name(
                self.session,
                kind,
                eid,
                str(n.get("text") or ""),
                kind=n.get("kind") or "alias",
                lang=n.get("lang"),
                valid_from=n.get("from"),
                valid_to=n.get("to"),
                origin=n.get("origin") or "exchange",
            )
        for alias in item.get("aliases") or []:
            writer.add_name(self.session, kind, eid, str(alias), origin="exchange")

    def organisation(self, o: Item) -> None:
        org = None
        if o.get("reference_id"):
            org = self.session.exec(
                select(Organisation).where(
                    Organisation.ref_id == o["reference_id"],
                    col(Organisation.merged_into).is_(None),
                )
            ).first()
        if org is None:
            org = writer.new_organisation(
                self.session,
                o["name"],
                kind=o.get("kind"),
                country=o.get("country"),
                ref_id=o.get("reference_id"),
                origin="exchange",
            )
            self.counts["organisations"] += 1
        assert org.id is not None
        self.orgs[o["id"]] = org.id
        self.names("organisation", org.id, o)
        self.mentions("organisation", org.id, o, o["name"])

    def parent(self, o: Item) -> None:
        if o.get("parent"):
            org = self.session.get(Organisation, self.orgs[o["id"]])
            assert org is not None
            org.parent_id = self.orgs[o["parent"]]
            self.session.add(org)

    def person(self, p: Item) -> None:
        person = None
        if p.get("reference_id"):
            person = self.session.exec(
                select(Person).where(
                    Person.ref_id == p["reference_id"], col(Person.merged_into).is_(None)
                )
            ).first()
        if person is None:
            person = writer.new_person(
                self.session,
                p["name"],
                family=p.get("family"),
                given=p.get("given"),
                ref_id=p.get("reference_id"),
                origin="exchange",
            )
            self.counts["people"] += 1
        assert person.id is not None
        self.people[p["id"]] = person.id
        self.names("person", person.id, p)
        self.mentions("person", person.id, p, p["name"])
        for r in p.get("roles", []):
            self.role(person.id, r)

    def role(self, person_id: int, r: Item) -> None:
        """A role; an entry that is the `statement_of` another title (the documents that
        state the role only as 总干事) joins the role shown by that title."""
        title = str(r.get("title") or "")
        of = r.get("statement_of")
        role = writer.add_role(
            self.session,
            person_id,
            self.orgs.get(r.get("organisation") or ""),
            str(of) if of else title,
            start=_str(r.get("start")),
            end=_str(r.get("end")),
            origin=_origin_of(r),
        )
        assert role.id is not None
        others = [title] if of else r.get("other_titles") or []
        if others:
            writer.add_role_titles(self.session, role, [str(t) for t in others])
        self.counts["roles"] += not of
        self.mentions("role", role.id, r, title)

    def agreement(self, a: Item) -> int:
        ag = writer.new_agreement(
            self.session,
            a["title"],
            str(a.get("kind") or "other"),
            date=_str(a.get("date")),
            place=_str(a.get("place")),
            origin=_origin_of(a),
        )
        assert ag.id is not None
        self.counts["agreements"] += 1
        for x in a.get("parties", []):
            writer.add_party(self.session, ag.id, organisation_id=self.orgs[x])
        for x in a.get("signatories", []):
            writer.add_party(self.session, ag.id, person_id=self.people[x], role="signatory")
        for x in a.get("witnesses", []):
            if x in self.people:
                writer.add_party(self.session, ag.id, person_id=self.people[x], role="witness")
            else:
                writer.add_party(self.session, ag.id, organisation_id=self.orgs[x], role="witness")
        self.mentions("agreement", ag.id, a, a["title"])
        return ag.id


def import_rowwise(session: Session, data: Any) -> dict[str, int]:
    """Write an exchange document into the store (one transaction: the caller commits).

    Documents already stored (same content hash) are reused; organisations and people
    are new entities unless they carry a reference id the store already has.
    """
    from store.db import lock_for_writing
    from store.search import index_entity

    validate(data)
    lock_for_writing(session)
    load = _Loader(session)
    for d in data.get("documents", []):
        if d.get("format") != "reference":
            load.document(d)
    for o in data.get("organisations", []):
        load.organisation(o)
    for o in data.get("organisations", []):
        load.parent(o)
    for p in data.get("people", []):
        load.person(p)
    for a in data.get("agreements", []):
        index_entity(session, "agreement", load.agreement(a))
    session.flush()
    for eid in set(load.orgs.values()):
        index_entity(session, "organisation", eid)
    for eid in set(load.people.values()):
        index_entity(session, "person", eid)
    return load.counts
