"""Facts stated by an English document: organisations, officials with roles, agreements.

The work is done on a masked copy of the text in which page furniture (navigation,
copyright, contact blocks, teaser lists) is blanked out (`chrome`), so that offsets stay
those of the text given. Organisations come first (`orgs`, with governments from `states`),
then people, found next to their titles, whose titles may name more organisations (`roles`,
reading names with `names` and titles with `titles`), then agreements, whose parties are the
organisations found (`agreements`). `output` turns what was found into the facts contract.
The word lists all of them read are data (`words`).
"""

from __future__ import annotations

from importers.en.agreements import find_agreements
from importers.en.cased import extract_cased
from importers.en.chrome import mask
from importers.en.mangled import extract_unmangled
from importers.en.orgs import find_acronym_uses, find_orgs
from importers.en.output import EXTRACTOR, document_facts
from importers.en.roles import (
    assign_bare_roles,
    find_own_bodies,
    find_people,
    find_predecessors,
    find_surname_mentions,
    find_untitled,
    place_units_in_parents,
)
from importers.en.roles.assemblies import place_assembly_chairs
from importers.en.roles.cabinets import find_members_titles, place_cabinet_posts
from importers.en.roles.captions import find_caption_people
from importers.en.roles.corrections import drop_corrected_roles
from importers.en.roles.elected import find_elected_officers
from importers.en.roles.groups import place_group_posts
from importers.en.roles.known_surnames import find_known_surnames
from importers.en.roles.listed import find_listed_members
from importers.en.roles.party_members import find_party_seats
from importers.en.roles.posted_bodies import drop_posting_bodies
from importers.en.roles.shared_titles import find_shared_titles
from importers.en.roles.stationed import place_posted_units
from importers.facts import DocumentFacts
from importers.gazetteer import Reference

__all__ = ["EXTRACTOR", "extract"]


def extract(text: str, *, date: str | None, reference: Reference) -> DocumentFacts:
    """Facts of `text`, read as a reader sees it where a site mangled GBK punctuation
    ("People¡¯s", importers.en.mangled); spans are offsets into `text` as given."""
    return extract_unmangled(
        text,
        lambda seen: extract_cased(
            seen, reference, lambda cased: _extract(cased, date=date, reference=reference)
        ),
    )


def _extract(text: str, *, date: str | None, reference: Reference) -> DocumentFacts:
    body = mask(text)
    orgs = find_orgs(body, reference)
    people = find_people(body, orgs)
    place_assembly_chairs(body, people, orgs)  # "Chair of the WIPO General Assembly"
    find_shared_titles(body, people, orgs)  # "the Presidents of X NAME and Y NAME2"
    find_listed_members(body, people, orgs)  # "..., member of the X Office Dr. NAME and ..."
    find_members_titles(body, people, orgs)  # "NAME, member of the X and Title of Y"
    find_party_seats(body, people, orgs)  # "NAME, member of the Political Bureau of the X"
    drop_corrected_roles(body, people)  # "incorrectly described NAME as Title"
    find_acronym_uses(body, orgs)  # acronyms that titles defined ("Minister ... (MIH)")
    find_predecessors(body, people)
    place_units_in_parents(body, people, orgs)
    place_posted_units(body, people, orgs)  # "Head of the X Group stationed in the Y Office"
    drop_posting_bodies(body, people, orgs)  # "Permanent Representative to the X in Geneva"
    place_group_posts(body, people, orgs)
    find_own_bodies(body, people, orgs)
    find_untitled(body, people)
    find_caption_people(body, people)  # "From left: NAME, NAME2 and NAME3"
    find_surname_mentions(body, people)
    find_known_surnames(body, people, orgs, reference)  # "President X" of a known office holder
    place_cabinet_posts(body, people, orgs, reference)  # "Vice Premier of the State Council"
    assign_bare_roles(body, people, orgs, reference)
    find_elected_officers(body, people, orgs)  # "The Council elected: (a) Chair: NAME"
    agreements = find_agreements(body, orgs, people, date=date)
    return document_facts(orgs, people, agreements, reference)
