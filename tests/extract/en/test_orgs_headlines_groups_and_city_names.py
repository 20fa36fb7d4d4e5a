"""Names in title-case headlines, a country after a comma, one long name written twice,
groups of an organisation's members, programmes, funders and self-governing cities
(importers/en/orgs/chunks.py, countries.py, phrases.py, inserted.py, meetings.py,
modifiers.py, importers/en/states.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_capitalised_between_in_a_headline_starts_the_first_party() -> None:
    f = facts_text(
        "Letter of Intent on Patent Training Between Ministry of Industry of the Republic of "
        "Chile and Ministry of Trade, Industry and Energy, Korea\n\n"
        "Officials of the Ministry of Industry of the Republic of Chile met in Santiago."
    )
    names = org_set(f)
    assert "Ministry of Industry of the Republic of Chile" in names
    assert not any(n.startswith("Patent Training") for n in names)


def test_a_generic_ministry_followed_by_a_comma_and_its_country_is_that_countrys() -> None:
    f = facts_text(
        "A trade mission called on the Ministry of Trade, Industry and Energy, Korea.\n\n"
        "The Ministry of Trade, Industry and Energy of Korea will host the next round."
    )
    ministries = [o for o in f.orgs if "Trade, Industry and Energy" in o.name]
    assert len(ministries) == 1
    assert ministries[0].country == "KR"


def test_an_acronym_after_a_capitalised_and_in_a_headline_is_a_second_body() -> None:
    f = facts_text(
        "Peru: Accord Between The National Council For The Promotion Of Crafts And UNIDO\n\n"
        "The National Council for the Promotion of Crafts and the United Nations Industrial "
        "Development Organization (UNIDO) agreed to train weavers."
    )
    assert not any("UNIDO" in n and "Crafts" in n for n in org_set(f))


def test_a_long_name_written_once_with_one_more_word_and_its_bare_head_are_one_body() -> None:
    f = facts_text(
        "The General Secretariat of the Association for the Andean States of the Pacific "
        "opened a registry. Later the General Secretariat of the Association for the States "
        "of the Pacific published its rules, and the General Secretariat thanked its staff."
    )
    secretariats = [o for o in f.orgs if "Secretariat" in o.name]
    assert len(secretariats) == 1


def test_an_experts_group_of_an_organisation_is_where_its_members_meet() -> None:
    f = facts_text(
        "Both economies sit on the Competition Policy Experts Group of Asia-Pacific "
        "Economic Cooperation and trade notes every spring."
    )
    names = org_set(f)
    assert "Asia-Pacific Economic Cooperation" in names
    assert not any("Experts Group" in n for n in names)


def test_a_union_written_before_a_capitalised_funded_is_a_funder_only() -> None:
    f = facts_text("The Nordic Patent Institute will run several EU Funded courses in Quito.")
    assert not org_set(f) & {"EU", "European Union"}


def test_a_programme_and_its_part_named_together_is_no_body() -> None:
    f = facts_text(
        "Trainees may join the Regional Examiner Exchange Programme and Skills Bank next year."
    )
    assert not any("Skills Bank" in n for n in org_set(f))


def test_a_metropolitan_city_is_its_government() -> None:
    f = facts_text("Lee Jae-won, Mayor of Gwangju Metropolitan City, opened the fair.")
    city = [o for o in f.orgs if o.name == "Gwangju Metropolitan City"]
    assert city and city[0].kind == "government"


def test_a_headline_verb_after_a_body_the_story_names_alone_is_not_part_of_it() -> None:
    f = facts_text(
        "Ministers of the Organisation of Eastern Caribbean States Convene in Castries\n\n"
        "Ministers of the Organisation of Eastern Caribbean States met on 4 May 2023 to "
        "review trade mark rules. The Organisation of Eastern Caribbean States (OECS) will "
        "meet again next year."
    )
    names = org_set(f)
    assert "Organisation of Eastern Caribbean States" in names
    assert not any("Convene" in n for n in names)
