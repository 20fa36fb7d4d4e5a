"""What people's judgements change in what a document yields (store/review/).

- `without_rejected`: the facts a reject judgement keeps out of this document (the same
  surface, as the same kind of fact, in the same document or a changed version of it);
- `distinct`: whether a person said two entities are not one (the resolver then never
  merges them on its own);
- `with_confirmed`: the reference data, and besides it the names the knowledge base has
  confirmed (accepted by a person, or stated by two documents): the gazetteer the
  extractors look for, so that a corpus improves as it grows. Those entries carry ids of
  the form `kb:o12`; the resolver is handed the reference data alone, and finds such an
  entity by its names, as any stored one.
"""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session

from importers.facts import DocumentFacts
from importers.gazetteer import LEARNED_PREFIX, Reference, RefName, RefOrg, RefPerson
from store.review.extraction import confirmed, distinct_names, rejected_in
from store.text import fold


def without_rejected(session: Session, document_id: int, facts: DocumentFacts) -> DocumentFacts:
    """The facts less what was rejected in this document; roles and agreements keep the
    rest of their organisations and people."""
    rejected = rejected_in(session, document_id)
    if not rejected:
        return facts
    orgs = [o for o in facts.orgs if ("organisation", fold(o.name), "") not in rejected]
    people = [p for p in facts.people if ("person", fold(p.name), "") not in rejected]
    kept_orgs, kept_people = {o.key for o in orgs}, {p.key for p in people}
    holder = {p.key: fold(p.name) for p in facts.people}
    roles = [
        replace(r, org=r.org if r.org in kept_orgs else None)
        for r in facts.roles
        if r.person in kept_people
        and ("role", fold(r.title), holder.get(r.person, "")) not in rejected
    ]
    agreements = [
        replace(
            a,
            parties=[k for k in a.parties if k in kept_orgs],
            signatories=[k for k in a.signatories if k in kept_people],
            witnesses=[k for k in a.witnesses if k in kept_people],
        )
        for a in facts.agreements
        if ("agreement", fold(a.title), "") not in rejected
    ]
    return DocumentFacts(facts.extractor, orgs, people, roles, agreements)


def distinct(session: Session, kind: str, a: int | set[str], b: int | set[str]) -> bool:
    """Whether a judgement says these two are not one (an id, or the names of a fact)."""
    return distinct_names(session, kind, a, b)


def with_confirmed(session: Session, base: Reference) -> Reference:
    """The reference data and the names the knowledge base confirmed, as one gazetteer.
    A confirmed name the reference data already has stays the reference data's."""
    found = confirmed(session)
    if not found:
        return base
    ref = Reference(
        orgs=dict(base.orgs),
        people=dict(base.people),
        _org_by_name={k: list(v) for k, v in base._org_by_name.items()},
        _person_by_name={k: list(v) for k, v in base._person_by_name.items()},
    )
    for c in found:
        known = ref._org_by_name if c.kind == "organisation" else ref._person_by_name
        names = [n for n in dict.fromkeys([c.name, *c.names]) if fold(n) not in known]
        if not names:
            continue
        rid = f"{LEARNED_PREFIX}{'o' if c.kind == 'organisation' else 'p'}{c.id}"
        extra = tuple(RefName(n) for n in names[1:])
        if c.kind == "organisation":
            ref.orgs[rid] = RefOrg(rid, names[0], kind=c.org_kind, country=c.country, names=extra)
        else:
            ref.people[rid] = RefPerson(rid, names[0], names=extra)
        for n in names:
            known.setdefault(fold(n), []).append(rid)
    return ref
