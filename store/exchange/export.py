"""The JSON export: a complete copy of the knowledge base in the exchange format.

Besides the fields EXCHANGE.md names, it carries every name with its language, kind and
dates, a role's other titles (`other_titles`: 总干事 beside the `title` Director General,
one role stated in two languages; see `_role`), document texts and mention spans, so that
importing an export into an empty database and exporting again gives the same knowledge
base.
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
from store.roles import titles_of
from store.text import clean_spaces, fold
from store.text.titles import is_chinese, title_key


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

    def _mentions(self, kind: str, id: int, documents: set[int] | None) -> list[Mention]:
        """The mentions of one entity or fact, or only those in DOCUMENTS."""
        ms = self.mentions.get((kind, id), [])
        return ms if documents is None else [m for m in ms if m.document_id in documents]

    def sources(
        self, kind: str, id: int, origin: str = "document", *, documents: set[int] | None = None
    ) -> list[str]:
        found = {f"d{m.document_id}" for m in self._mentions(kind, id, documents)}
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

    def mention_list(
        self, kind: str, id: int, *, documents: set[int] | None = None
    ) -> list[dict[str, Any]]:
        return [
            {
                "document": f"d{m.document_id}",
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
                "extractor": m.extractor,
                "confidence": m.confidence,
            }
            for m in self._mentions(kind, id, documents)
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


def _role(r: Role, facts: _Facts) -> list[dict[str, Any]]:
    """A role as the exchange lists it: one entry by the title the role is shown by, with
    its `other_titles`, for the documents that state it so (and the reference data); then,
    for the documents that state the role only by another title, an entry by that title as
    they write it (局長 as well as 局长), its `statement_of` naming the role's title. Each
    document reads the role as it wrote it (score.py matches a document's roles by their
    title as written), and importing the entries gives back the one role."""
    assert r.id is not None
    keys = [title_key(t) for t in titles_of(r)]
    written: dict[int, dict[str, str]] = defaultdict(dict)  # document -> {key: as written}
    for m in facts.mentions.get(("role", r.id), []):
        written[m.document_id].setdefault(title_key(m.surface), clean_spaces(m.surface))
    by_title: dict[str, set[int]] = defaultdict(set)
    for doc, stated in written.items():
        other = next((k for k in keys[1:] if k in stated), None)
        shown = keys[0] in stated or other is None
        by_title[_as_written(r.title, stated) if shown else stated[other or ""]].add(doc)
    order = sorted(by_title, key=lambda t: (t != r.title, keys.index(title_key(t)), t))
    entries = []
    for t in order if r.title in by_title else [r.title, *order]:
        entry: dict[str, Any] = {"title": t}
        if t == r.title:
            entry["other_titles"] = titles_of(r)[1:]
        else:
            entry["statement_of"] = r.title
        docs = by_title.get(t, set())
        entries.append(
            {
                **entry,
                "organisation": f"o{r.organisation_id}" if r.organisation_id else None,
                "start": r.start,
                "end": r.end,
                "origin": r.origin,
                "sources": facts.sources("role", r.id, r.origin, documents=docs),
                "mentions": facts.mention_list("role", r.id, documents=docs),
            }
        )
    return entries


def _as_written(title: str, stated: dict[str, str]) -> str:
    """The role's title as one document wrote it: a Chinese title in the script of the
    document (局长 where the role is shown as 局長), an abbreviation as written ("DG" where
    the role is shown as Director General), any other title as the role shows it
    (Director-General and Director General are one spelling to a reader)."""
    written = stated.get(title_key(title))
    if not written:
        return title
    if is_chinese(title):
        return written if is_chinese(written) else title
    return title if fold(written) == fold(title) else written


def _people(session: Session, facts: _Facts) -> list[dict[str, Any]]:
    roles_by_person: dict[int, list[Role]] = defaultdict(list)
    for r in session.exec(select(Role).order_by(col(Role.id))):
        roles_by_person[r.person_id].append(r)
    people = []
    for p in session.exec(
        select(Person).where(col(Person.merged_into).is_(None)).order_by(col(Person.id))
    ):
        assert p.id is not None
        roles = [e for r in roles_by_person.get(p.id, []) for e in _role(r, facts)]
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
    out = {
        "format": FORMAT,
        "documents": documents,
        "organisations": orgs,
        "people": people,
        "agreements": agreements,
    }
    from store.exchange.judgements import export_judgements

    export_judgements(session, out)  # and the extractor version that read each document
    return out
