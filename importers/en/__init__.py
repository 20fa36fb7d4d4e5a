"""Facts stated by an English document: organisations, officials with roles, agreements.

The work is done on a masked copy of the text in which page furniture (navigation,
copyright, contact blocks, teaser lists) is blanked out, so that offsets stay those of the
text given. Organisations come first (`en_orgs`), then people, whose titles may name more
organisations (`en_people`), then agreements, whose parties are the organisations found
(`en_agreements`).
"""

from __future__ import annotations

import re

from importers.en import agreements as en_agreements
from importers.en import orgs as en_orgs
from importers.en import people as en_people
from importers.en.chrome import mask
from importers.facts import AgreementFact, DocumentFacts, OrgFact, PersonFact, RoleFact, Span
from importers.gazetteer import Reference

EXTRACTOR = "en/1"


def find_orgs(text: str, reference: Reference) -> en_orgs.Orgs:
    orgs = en_orgs.Orgs()
    en_orgs.find_governments(text, orgs)
    en_orgs.find_phrase_orgs(text, orgs)
    en_orgs.find_definitions_of_non_orgs(text, orgs)
    en_orgs.find_gazetteer_orgs(text, orgs, reference)
    en_orgs.find_ip_country(text, orgs)
    en_orgs.find_acronym_uses(text, orgs)
    en_orgs.find_bare_acronyms(text, orgs)
    en_orgs.find_described(text, orgs)
    en_orgs.find_list_members(text, orgs)
    en_orgs.find_examples(text, orgs)
    en_orgs.find_camel_orgs(text, orgs)
    en_orgs.find_law_firms(text, orgs)
    en_orgs.link_references(orgs, reference)
    return orgs


def extract(text: str, *, date: str | None, reference: Reference) -> DocumentFacts:
    body = mask(text)
    orgs = find_orgs(body, reference)
    people = en_people.find_people(body, orgs)
    en_orgs.find_acronym_uses(body, orgs)  # acronyms that titles defined ("Minister ... (MIH)")
    en_people.find_predecessors(body, people)
    en_people.find_untitled(body, people)
    en_people.find_surname_mentions(body, people)
    en_people.assign_bare_roles(body, people, orgs, reference)
    agreements = en_agreements.find_agreements(body, orgs, people, date=date)
    return _facts(text, orgs, people, agreements, reference)


def _facts(
    text: str,
    orgs: en_orgs.Orgs,
    people: en_people.People,
    agreements: list[en_agreements.Found],
    reference: Reference,
) -> DocumentFacts:
    facts = DocumentFacts(extractor=EXTRACTOR)
    used = {r.org.key for r in people.roles if r.org} | {
        p.key for a in agreements for p in a.parties
    }
    for e in orgs.entries:
        if not e.spans and e.key not in used:
            continue
        if (e.described or orgs.only_unit(e)) and e.key not in used:
            continue
        name = re.sub(r"\s+", " ", e.name).strip()
        aliases = [f for f in e.forms if f != name]
        facts.orgs.append(
            OrgFact(
                key=e.key,
                name=name,
                aliases=aliases,
                kind=e.kind,
                country=e.country,
                ref=e.ref.id if e.ref else None,
                spans=[Span(s, x) for s, x in sorted(set(e.spans))],
                confidence=0.6 if e.described else 0.9,
            )
        )
    for p in people.entries:
        facts.people.append(
            PersonFact(
                key=p.key,
                name=p.name,
                aliases=[f for f in p.forms if f != p.name],
                ref=p.ref_id or _person_ref(p.name, reference),
                spans=[Span(s, x) for s, x in sorted(set(p.spans))],
            )
        )
    seen: set[tuple[str, str, str]] = set()
    for r in people.roles:
        if r.org is None:
            continue
        title = re.sub(r"\s+", " ", r.title).strip()
        k = (r.person.key, r.org.key, title.casefold())
        if k in seen:
            continue
        seen.add(k)
        facts.roles.append(
            RoleFact(
                person=r.person.key,
                org=r.org.key,
                title=title,
                span=Span(*r.span),
                confidence=0.7 if r.bare else 0.9,
            )
        )
    for a in agreements:
        facts.agreements.append(
            AgreementFact(
                title=a.title,
                kind=a.kind,
                date=a.date,
                parties=[p.key for p in a.parties],
                signatories=[p.key for p in a.signatories],
                witnesses=[p.key for p in a.witnesses],
                span=Span(*a.span),
            )
        )
    return facts


def _person_ref(name: str, reference: Reference) -> str | None:
    ref = reference.person_named(name)
    return ref.id if ref else None
