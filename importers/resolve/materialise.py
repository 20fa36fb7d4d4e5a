"""Reference entries made stored entities, the first time a document names them.

An entry comes with all its names, its parent organisation and, for a person, the roles the
reference data gives, each marked as coming from the reference so that exports tell curated
facts from extracted ones.
"""

from __future__ import annotations

from sqlmodel import Session

from importers.gazetteer import Reference, RefName, RefOrg, RefPerson
from importers.resolve.lookup import live_entity
from store import writer
from store.models import Organisation, Person


def materialise_org(session: Session, ref: Reference, r: RefOrg) -> int:
    """The stored organisation for a reference entry, created with all its names if new."""
    existing = live_entity(session, Organisation, r.id)
    if existing:
        return existing
    org = writer.new_organisation(
        session, r.name, kind=r.kind, country=r.country, ref_id=r.id, origin="reference"
    )
    assert org.id is not None
    _add_reference_names(session, "organisation", org.id, r.names)
    if r.parent and r.parent in ref.orgs:
        org.parent_id = materialise_org(session, ref, ref.orgs[r.parent])
        session.add(org)
    return org.id


def materialise_person(session: Session, ref: Reference, r: RefPerson) -> int:
    """The stored person for a reference entry, created with all names and roles if new."""
    existing = live_entity(session, Person, r.id)
    if existing:
        return existing
    person = writer.new_person(
        session, r.name, family=r.family, given=r.given, ref_id=r.id, origin="reference"
    )
    assert person.id is not None
    _add_reference_names(session, "person", person.id, r.names)
    for role in r.roles:
        if role.organisation in ref.orgs:
            org_id = materialise_org(session, ref, ref.orgs[role.organisation])
            writer.add_role(
                session,
                person.id,
                org_id,
                role.title,
                start=role.start,
                end=role.end,
                origin="reference",
            )
    return person.id


def _add_reference_names(
    session: Session, kind: str, entity_id: int, names: tuple[RefName, ...]
) -> None:
    for n in names:
        writer.add_name(
            session,
            kind,
            entity_id,
            n.text,
            kind=n.kind,
            lang=n.lang,
            valid_from=n.valid_from,
            valid_to=n.valid_to,
            origin="reference",
        )
