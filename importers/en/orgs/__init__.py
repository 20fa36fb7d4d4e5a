"""Organisations named in an English text, grouped per organisation.

Names are found four ways: capitalised phrases that end in an organisation head noun or
start with one ("Danish Patent and Trademark Office", "Ministry of Justice of Israel",
"Government of the Republic of Tajikistan"; `phrases`, cut by the rules of `chunks`, less
the `units` of a body), acronyms the text defines after a name ("... (SIPO)") or uses
repeatedly on their own (`acronyms`), the reference gazetteer (`gazetteer`), and a few fixed
forms of governments and counterparts ("the Guangdong provincial government", "the IP
authority of Armenia"; `importers.en.states`, `countries`), and what surrounds a name
(`context`; the two sides of an agreement "between A and B", `parties`). Every form of
one organisation goes into one `OrgEntry` (`model`).

The finders run in a fixed order: each skips what an earlier one has covered, so the order
is part of the behaviour.
"""

from __future__ import annotations

from importers.en.orgs.acronyms import (
    find_acronym_uses,
    find_bare_acronyms,
    find_definitions_of_non_orgs,
    find_native_names,
)
from importers.en.orgs.bare_offices import find_unplaced_acronyms, join_bare_offices
from importers.en.orgs.bracket_owners import give_acronyms_their_body
from importers.en.orgs.capacities import find_capacity_acronyms
from importers.en.orgs.chapters import find_chapters
from importers.en.orgs.classes import drop_defined_classes
from importers.en.orgs.context import (
    find_camel_orgs,
    find_described_names,
    find_examples,
    find_law_firms,
    find_list_members,
    find_title_groups,
)
from importers.en.orgs.countries import (
    described_org,
    find_described,
    find_ip_country,
    qualify_by_document,
    qualify_by_parent,
    qualify_by_row,
    qualify_by_trailing_country,
)
from importers.en.orgs.country_acronyms import find_country_acronyms
from importers.en.orgs.credits import drop_credits
from importers.en.orgs.delegations import find_union_delegations
from importers.en.orgs.demonym_offices import find_demonym_offices
from importers.en.orgs.faculties import name_university_units, qualify_faculties
from importers.en.orgs.gazetteer import (
    find_gazetteer_orgs,
    join_foreign_namesakes,
    link_references,
)
from importers.en.orgs.handles import find_handle_orgs
from importers.en.orgs.headless import find_headless_forms
from importers.en.orgs.inserted import join_bare_general_heads, join_inserted_words
from importers.en.orgs.legal_forms import join_legal_forms
from importers.en.orgs.lower_case import find_sentence_case_names
from importers.en.orgs.lower_missions import find_lower_case_missions
from importers.en.orgs.ministry_units import qualify_ministry_bodies
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.orgs.modifiers import drop_modifiers
from importers.en.orgs.parties import find_named_parties
from importers.en.orgs.phrases import find_phrase_orgs
from importers.en.orgs.placed_acronyms import find_placed_acronyms
from importers.en.orgs.planned import drop_planned
from importers.en.orgs.portfolios import (
    find_portfolio_references,
    find_sentence_case_ministries,
    join_capitalised_portfolios,
)
from importers.en.orgs.posted_delegations import find_posted_delegations
from importers.en.orgs.regions import find_region_governments
from importers.en.orgs.short import (
    join_country_less_in_paragraph,
    join_demonym_less,
    join_national_heads,
    join_short_forms,
)
from importers.en.orgs.tables import drop_cut_cell_names, find_table_names
from importers.en.orgs.treasury import find_treasury
from importers.en.orgs.treaty_unions import drop_treaty_unions
from importers.en.orgs.union_forms import join_union_short_forms
from importers.en.orgs.units import drop_unit_fields
from importers.en.orgs.work_titles import drop_work_titles
from importers.en.states import find_city_governments, find_governments
from importers.gazetteer import Reference

__all__ = ["OrgEntry", "Orgs", "described_org", "find_acronym_uses", "find_orgs"]


def find_orgs(text: str, reference: Reference) -> Orgs:
    orgs = Orgs()
    find_governments(text, orgs)
    find_city_governments(text, orgs)
    find_region_governments(text, orgs)
    find_title_groups(text, orgs)
    find_phrase_orgs(text, orgs, reference)
    find_native_names(text, orgs)
    find_sentence_case_names(text, orgs, reference)  # "the Eurasian patent office (EAPO)"
    find_sentence_case_ministries(text, orgs)  # "the Ministry of commerce"
    find_table_names(text, orgs)
    find_definitions_of_non_orgs(text, orgs)
    find_capacity_acronyms(text, orgs)
    find_gazetteer_orgs(text, orgs, reference)
    find_handle_orgs(text, orgs, reference)
    find_ip_country(text, orgs)
    find_acronym_uses(text, orgs)
    find_placed_acronyms(text, orgs)
    find_bare_acronyms(text, orgs)
    find_country_acronyms(text, orgs)
    find_described(text, orgs)
    find_list_members(text, orgs)
    find_examples(text, orgs)
    find_camel_orgs(text, orgs)
    find_described_names(text, orgs)
    find_law_firms(text, orgs)
    known = {id(e) for e in orgs.entries}
    find_named_parties(text, orgs)
    # "between IPOS and Acme Asia Advisory Services (Acme)": later uses of the short name of
    # a party only the agreement's "between" named are mentions of it, as an acronym's are
    find_acronym_uses(text, orgs, [e for e in orgs.entries if id(e) not in known])
    find_chapters(text, orgs)
    join_short_forms(orgs)
    join_union_short_forms(orgs)  # "EU Observatory" and "European Observatory on X"
    join_legal_forms(orgs)  # "Acme" after "Acme Berhad"
    join_inserted_words(orgs)
    join_bare_general_heads(orgs)
    qualify_ministry_bodies(text, orgs)  # "X Centre of the Ministry of Y of Z"
    qualify_by_parent(text, orgs)
    qualify_by_trailing_country(text, orgs)
    qualify_faculties(text, orgs)
    name_university_units(text, orgs, reference)
    qualify_by_row(text, orgs)
    qualify_by_document(text, orgs)
    find_treasury(text, orgs)
    find_portfolio_references(text, orgs)  # "the Ministry of Justice ... the justice ministry"
    join_capitalised_portfolios(orgs)  # "the Justice Ministry" beside it
    find_headless_forms(text, orgs)  # "Federal Trade and Industry": its Department
    give_acronyms_their_body(text, orgs, reference)  # "A from the B (A's acronym)"
    link_references(orgs, reference)
    join_foreign_namesakes(text, orgs)  # "State X Office" beside "State X Office of <Country>"
    find_demonym_offices(text, orgs, reference)  # "the Slovak office", "the Chilean office, INAPI,"
    find_lower_case_missions(text, orgs)  # "the Swedish embassy" in a text about Peru
    find_unplaced_acronyms(text, orgs)
    join_bare_offices(orgs)
    join_national_heads(orgs)
    join_country_less_in_paragraph(text, orgs)
    join_demonym_less(orgs)  # "the Xian Consumer Agency" and "the Consumer Agency"
    find_union_delegations(text, orgs)
    find_posted_delegations(text, orgs)  # "the Xland Delegation to Geneva": its mission
    drop_modifiers(text, orgs)
    drop_treaty_unions(text, orgs)  # "the Madrid Union" beside "the Madrid Protocol"
    drop_planned(text, orgs)  # "to establish an IP Institute": no body yet
    drop_defined_classes(text, orgs)  # "each Partner Office (PO) ... all POs"
    drop_credits(text, orgs)  # "X and Y sign pact (Xland News Agency)"
    drop_work_titles(text, orgs)  # "a report titled “The Patent Office of Tomorrow”"
    drop_cut_cell_names(text, orgs)
    drop_unit_fields(orgs)
    return orgs
