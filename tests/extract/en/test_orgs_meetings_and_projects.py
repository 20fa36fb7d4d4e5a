"""Names that look like bodies but are meetings, projects, parts of titles or of a country's
name, and record paragraphs that only look like page furniture (importers/en/orgs/meetings.py,
orgs/context.py, orgs/acronyms.py, importers/en/chrome.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set

RECORD = """Record of the Second Session
Oslo, 3-4 June 2024

1. Opening
1.1 The Norwegian Industrial Property Office hosted the session.
1.2 Its director noted that the office is part of the Ministry of Trade, Industry and
Fisheries.
"""


def test_a_numbered_paragraph_naming_a_parent_ministry_is_not_a_publisher_line() -> None:
    f = facts_text(RECORD.replace("and\nFisheries", "and Fisheries"))
    assert "Ministry of Trade, Industry and Fisheries" in org_set(f)


def test_a_word_closing_a_units_name_in_a_list_of_delegates_is_no_organisation() -> None:
    f = facts_text(
        "The talks were co-chaired by Mr Ole Berg, Head, Legal Services and Outreach, IP "
        "Australia, and Ms Ana Silva, Director of Policy and Promotion, EUIPO."
    )
    names = org_set(f)
    assert {"IP Australia", "EUIPO"} <= names
    assert not {"Outreach", "Promotion"} & names


def test_capitals_that_finish_a_countrys_name_are_not_an_acronym() -> None:
    f = facts_text(
        "The office signed with the Department of Intellectual Property of the Lao PDR. "
        "Examiners from the Lao PDR will visit Munich next year."
    )
    assert "PDR" not in org_set(f)


def test_a_working_group_held_by_two_offices_is_a_meeting_not_a_body() -> None:
    f = facts_text(
        "Japan Patent Office – INPI Brazil Working Group on Patent Examination\n\n"
        "The Working Group met for the third time. The Japan Patent Office and INPI Brazil "
        "exchanged statistics."
    )
    names = org_set(f)
    assert "Japan Patent Office" in names
    assert not any("Working Group" in n for n in names)


def test_a_regional_working_group_with_a_name_of_its_own_stays_a_body() -> None:
    f = facts_text(
        "The Japan Patent Office briefed the ASEAN Working Group on Intellectual Property "
        "Cooperation (AWGIPC) on its programmes."
    )
    assert "ASEAN Working Group on Intellectual Property Cooperation" in org_set(f)


def test_a_standing_committee_of_member_states_is_not_an_organisation() -> None:
    f = facts_text(
        "She represented the Norwegian Industrial Property Office at the WIPO Standing "
        "Committee on Copyright and Related Rights (SCCR). The SCCR meets twice a year, and "
        "the SCCR chair thanked her."
    )
    names = org_set(f)
    assert "Norwegian Industrial Property Office" in names
    assert not any("Committee" in n for n in names)
    assert "SCCR" not in names


def test_a_name_the_text_calls_a_project_is_not_an_organisation() -> None:
    f = facts_text(
        "The Eurasian Patent Organization and OAPI agreed to set up the EAPO Training Centre. "
        "OAPI staff will teach in the Centre project from 2026."
    )
    names = org_set(f)
    assert "Eurasian Patent Organization" in names
    assert "EAPO Training Centre" not in names


ROSTER = (
    "Heads of delegation\n\n"
    "Cambodia Mr. Chan Dara, Director General, Department of Intellectual Property Rights, "
    "Ministry of Commerce\n"
    "Lao PDR Ms. Noy Vongsa, Deputy Director General, Department of Intellectual Property, "
    "Ministry of Industry and Commerce\n"
    "Thailand Mr. Somsak Rattana, Director, Department of Intellectual Property of Thailand "
    "(DIP)\n"
)


def test_a_generic_body_on_a_row_opening_with_a_country_is_that_countrys() -> None:
    names = org_set(facts_text(ROSTER))
    assert "Department of Intellectual Property (Lao PDR)" in names
    assert "Ministry of Commerce (Cambodia)" in names
    assert "Department of Intellectual Property (Thailand)" in names


def test_a_department_named_without_a_head_noun_is_known_from_the_reference() -> None:
    f = facts_text(
        "Patent examiners at CIPO, which reports to Innovation, Science and Economic "
        "Development Canada (ISED), will train in Alicante."
    )
    assert "Innovation, Science and Economic Development Canada" in org_set(f)


def test_a_union_named_only_as_a_modifier_is_not_mentioned_as_a_body() -> None:
    f = facts_text(
        "The Benelux Office for Intellectual Property hosted examiners from EU member states. "
        "The exchange is part of EU-funded training."
    )
    names = org_set(f)
    assert "Benelux Office for Intellectual Property" in names
    assert not {"EU", "European Union"} & names


def test_a_union_paired_with_a_country_stays_a_body() -> None:
    f = facts_text("The China-EU dialogue on patents met in Brussels with EU-funded experts.")
    assert {"EU", "European Union"} & org_set(f)


def test_a_trade_agency_known_by_its_short_name_is_an_organisation() -> None:
    f = facts_text("Twelve exporters travelled to Jakarta on a mission organised by Austrade.")
    assert "Australian Trade and Investment Commission" in org_set(f) or "Austrade" in org_set(f)


def test_a_group_named_with_the_kind_of_its_members_ends_before_of() -> None:
    f = facts_text("She speaks for the office in the Lisbon Group of IP offices each spring.")
    names = org_set(f)
    assert "Lisbon Group" in names
    assert "Lisbon Group of IP" not in names


def test_a_groups_generic_office_before_its_heads_plural_title_is_no_body() -> None:
    f = facts_text(
        "Talks took place on the margins of the 9th Meeting of ASEAN Patent Office Heads, "
        "with the Nordland Patent Office (NPO) in attendance."
    )
    names = org_set(f)
    assert "ASEAN Patent Office" not in names
    assert "Nordland Patent Office" in names


def test_a_bodys_own_name_before_a_singular_title_stays_a_body() -> None:
    assert "EU Intellectual Property Office" in org_set(
        facts_text("The EU Intellectual Property Office President spoke in Alicante.")
    )


def test_an_event_noun_ending_a_bodys_of_complement_names_the_event() -> None:
    text = (
        "The minister opened the 2025 International Federation of Seed Breeders World Congress "
        "in Lima, and later spoke at the Institute of Patent Attorneys Annual Conference."
    )
    names = org_set(facts_text(text))
    assert not any("Congress" in n or "Conference" in n for n in names)


def test_an_event_noun_joined_by_and_to_a_field_is_more_of_the_field() -> None:
    text = "Talks began with the Helsinki Institute for Markets and Competition in March."
    assert "Helsinki Institute for Markets and Competition" in org_set(facts_text(text))
