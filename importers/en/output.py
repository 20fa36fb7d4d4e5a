"""The facts contract from the extractor's working records: what a document states, and no more.

The finders keep everything they saw, so that later finders can use it: organisations that
are only units inside titles, counterparts described rather than named, roles without an
organisation. Only what a document states about the world goes out: an organisation it
mentions (or that a role or an agreement needs), each role once, and every agreement.
"""

from __future__ import annotations

import re
from collections import defaultdict

from importers.en.agreements import Found
from importers.en.orgs import Orgs
from importers.en.orgs.countries import state_named_once
from importers.en.roles import People
from importers.en.roles.governments import state_of_title
from importers.en.roles.portfolio_before import says_portfolio
from importers.en.titles import base_title, is_diplomatic, title_run
from importers.en.words import COUNTRY_OF, LOOSE_POSTS, PROVISIONAL_MODIFIERS
from importers.facts import (
    AgreementFact,
    DocumentFacts,
    OrgFact,
    PersonFact,
    RoleFact,
    Span,
    one_role_per_title,
)
from importers.gazetteer import Reference
from store.text import lexicon

EXTRACTOR = "en/1"

#: "the Federal Government", "the Cabinet of Ministers": a state's organ called only by its
#: level, with no place, is a reference to the country, as "the government" is.
_GENERIC_STATE_BODIES = lexicon.wordset("en_orgs.txt", "generic_state_bodies")


def document_facts(
    orgs: Orgs, people: People, agreements: list[Found], reference: Reference
) -> DocumentFacts:
    used = {r.org.key for r in people.roles if r.org} | {
        p.key for a in agreements for p in a.parties if not p.made_up
    }
    return DocumentFacts(
        extractor=EXTRACTOR,
        orgs=_org_facts(orgs, used),
        people=_person_facts(people, reference),
        roles=one_role_per_title(_role_facts(people), title_run),
        agreements=[_agreement_fact(a) for a in agreements],
    )


def _org_facts(orgs: Orgs, used: set[str]) -> list[OrgFact]:
    """The organisations the text names, less units no role or agreement needs, and less
    counterparts the text only describes ("the IP authority of A", "Cambodia and the US
    signed"): a body made up from a country and a kind (`OrgEntry.made_up`) is no organisation of
    the text, and no party of an agreement (`_agreement_fact`), whatever the agreement rules
    made of it."""
    out = []
    for e in orgs.entries:
        if not e.spans and e.key not in used:
            continue
        if e.made_up or ((e.described or orgs.only_unit(e)) and e.key not in used):
            continue
        if e.key not in used and (orgs.only_in_passing(e) or state_named_once(e)):
            continue
        name = re.sub(r"\s+", " ", e.name).strip()
        if _generic(name) and e.key not in used:
            continue
        aliases = [f for f in e.forms if f != name]
        out.append(
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
    return out


def _generic(name: str) -> bool:
    """A state's government or cabinet named by its level alone ("Federal Government")."""
    return re.sub(r"^the\s+", "", name, flags=re.I).casefold() in _GENERIC_STATE_BODIES


def _person_facts(people: People, reference: Reference) -> list[PersonFact]:
    return [
        PersonFact(
            key=p.key,
            name=p.name,
            aliases=[f for f in p.forms if f != p.name],
            ref=p.ref_id or _person_ref(p.name, reference),
            spans=[Span(s, x) for s, x in sorted(set(p.spans))],
        )
        for p in people.entries
    ]


def _role_facts(people: People) -> list[RoleFact]:
    """Each (person, organisation, title) once. A title the text states with no organisation
    ("Senior Minister of State", a minister whose ministry it never names) is a role with
    none, unless the person holds that title at an organisation the text names."""
    out = []
    seen: set[tuple[str, str, str]] = set()
    placed = {(r.person.key, _title(r.title).casefold()) for r in people.roles if r.org}
    titles: dict[tuple[int, int], list[str]] = defaultdict(list)
    for r in people.roles:
        if r.org is not None:
            titles[id(r.person), id(r.org)].append(_title(r.title).casefold())
    for r in people.roles:
        title = _title(r.title)
        if r.org is None and (
            (r.person.key, title.casefold()) in placed
            or not (_says_its_post(title) or _of_a_country(r.place))
        ):
            continue
        if r.org is not None and _said_more_fully(title, titles[id(r.person), id(r.org)]):
            continue
        k = (r.person.key, r.org.key if r.org else "", title.casefold())
        if k in seen:
            continue
        seen.add(k)
        out.append(
            RoleFact(
                person=r.person.key,
                org=r.org.key if r.org else None,
                title=title,
                span=Span(*r.span),
                confidence=0.7 if r.bare else 0.9,
            )
        )
    return out


def _said_more_fully(title: str, others: list[str]) -> bool:
    """'Minister' beside 'Minister of Science and Technology' for one person at one body:
    the rank alone is the same post said less fully (one role per person and body); so is
    "the head of the office" beside that person's title there."""
    low = title.casefold()
    if low in LOOSE_POSTS and any(o not in LOOSE_POSTS for o in others):
        return True
    if _held_for_a_while(low, others):
        return True
    # "Director General" beside "Director General-elect": the post to be taken up, said again
    return any(o.startswith((low + " ", low + "-")) for o in others)


def _held_for_a_while(low: str, others: list[str]) -> bool:
    """'Acting Commissioner for Patents' beside 'Commissioner for Patents' for one person at
    one body: the post held before the appointment is the same post (one role per person
    and body)."""
    first, _, rest = low.partition(" ")
    return first in PROVISIONAL_MODIFIERS and rest in others


#: Titles that say what their holder does without naming a body: "Senior Minister of State
#: (Law and Finance)", "Minister of Domestic Trade", "Undersecretary for Trade" (one word, as
#: Latin American and Philippine texts write it), and envoys' titles with their posting
#: ("Ambassador to Japan", "Permanent Representative of X to the Y"). Other titles without an
#: organisation ("Ambassador", "First Secretary", a bare "Director") say too little to be a role;
#: two envoy posts held at once ("Deputy Permanent Representative and Chargé d'Affaires") say
#: which posts of a mission the holder fills, a role with no body.
_MINISTERIAL = re.compile(
    r"\b(?i:Minister|(?:Under)?Secretary)\s+(?:of|for)\s+\S|\b(?i:Ambassador|Envoy|Representative)\b.*\bto\s+(?:the\s+)?[A-Z]"
)


#: An envoy's posting inside the title: "High Commissioner to India", "Consul General of X
#: in Y", "Ambassador in Geneva", or the state that sends them ("Ambassador of X").
_POSTED_TO = re.compile(r"\b(?:to|of|in)\s+(?:the\s+)?[A-Z]")


def _says_its_post(title: str) -> bool:
    """Whether a title with no organisation says what its holder does: a minister's
    portfolio, or any envoy's title with the country or body it is posted to (a High
    Commissioner or a Consul General as much as an Ambassador)."""
    if _MINISTERIAL.search(title) or says_portfolio(title):
        return True
    if state_of_title(base_title(title)) is not None:
        return True  # "President of Mongolia"
    posts = re.split(r"\s+and\s+", base_title(title))
    if len(posts) == 2 and all(is_diplomatic(p) for p in posts):
        return True  # "Deputy Permanent Representative and Chargé d'Affaires": two envoy posts
    return is_diplomatic(base_title(title)) and _POSTED_TO.search(title) is not None


def _of_a_country(place: str | None) -> bool:
    """'India's Prime Minister NAME', 'President NAME of Chile', "Nigeria's Solicitor-General
    NAME" in a text that names no government of that country: the title and its country say
    the post, held at no body the text names."""
    return place is not None and place.casefold() in COUNTRY_OF


def _title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip()


def _agreement_fact(a: Found) -> AgreementFact:
    return AgreementFact(
        title=a.title,
        kind=a.kind,
        date=a.date,
        parties=[p.key for p in a.parties if not p.made_up],
        signatories=[p.key for p in a.signatories],
        witnesses=[p.key for p in a.witnesses],
        span=Span(*a.span),
    )


def _person_ref(name: str, reference: Reference) -> str | None:
    ref = reference.person_named(name)
    return ref.id if ref else None
