"""An organisation for titles the text states without one.

A title with no organisation is given one from the document: state leaders' titles belong
to the government of the country the text is about, a mayor's to the city's government, an
office holder's ("Commissioner") to the organisation the document is by or about, and a
person the reference data knows to the organisation it records them at. Envoys' titles get
none: the mission is not named.
"""

from __future__ import annotations

from importers.en.names import is_pinyin_name
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People, PersonEntry
from importers.en.states import city_government, government_of
from importers.en.subject import country_context, document_org, publisher
from importers.en.titles import base_title, is_diplomatic, is_office_title
from importers.en.words import CITY_TITLES, COUNTRY_OF, GOVERNMENT_TITLES
from importers.gazetteer import Reference


def assign_bare_roles(text: str, people: People, orgs: Orgs, reference: Reference) -> None:
    """Give an organisation to titles stated without one, from what the document is about."""
    country = country_context(text, orgs)
    home = publisher(text, orgs) or document_org(orgs)
    places: dict[str, str] = {}
    for r in people.roles:
        if r.place:
            places.setdefault(r.person.key, r.place)
    for r in people.roles:
        if not r.bare and r.org is not None:
            continue
        base = base_title(r.title)
        place = r.place or places.get(r.person.key)
        if base in CITY_TITLES or base.endswith("mayor"):
            if place:
                r.org = city_government(orgs, place, country, reference)
            continue
        if is_diplomatic(base):
            continue  # "Mexico's Ambassador to ...": the embassy is not named
        if place and COUNTRY_OF.get(place.casefold()):
            r.org = government_of(orgs, COUNTRY_OF[place.casefold()], reference)
            continue
        known = _reference_org(r.person, reference, orgs)
        if known is not None:
            r.org = known
            continue
        is_gov = base in GOVERNMENT_TITLES and not base.startswith(
            ("president", "vice president", "vice-president")
        )
        if base in ("president",) and country == "CN" and is_pinyin_name(r.person.name):
            is_gov = True
        if is_gov and country:
            r.org = government_of(orgs, country, reference)
        elif is_office_title(base):
            r.org = home


def _reference_org(person: PersonEntry, reference: Reference, orgs: Orgs) -> OrgEntry | None:
    for form in person.forms:
        ref = reference.person_named(form)
        if ref is None:
            continue
        person.ref_id = ref.id
        for role in ref.roles:
            for e in orgs.entries:
                if e.ref and e.ref.id == role.organisation:
                    return e
    return None
