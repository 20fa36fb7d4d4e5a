"""Units named by their field, unions of states named in passing, organs and national
groups of associations, deputies, counsellors' fields and programme leaders
(importers/en/orgs/chunks.py, units.py, phrases.py, acronyms.py, modifiers.py;
importers/en/roles/anchors.py, bare.py, portfolio.py, functions.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_directorate_general_whose_field_has_and_ends_before_the_body_that_owns_it() -> None:
    f = facts_text(
        "Officials of the Directorate-General for Fisheries and Maritime Affairs of the "
        "European Commission gave a briefing in Lisbon."
    )
    names = org_set(f)
    assert "Directorate-General for Fisheries and Maritime Affairs" in names
    assert "European Commission" in names
    assert "Directorate-General for Fisheries" not in names


def test_a_department_named_by_its_field_is_a_unit_and_its_ministry_a_body() -> None:
    f = facts_text(
        "A team from the Department of Planning and Statistics of the Ministry of Health of "
        "Ruritania visited the archive."
    )
    names = org_set(f)
    assert "Department of Planning and Statistics" in names
    assert any(n.startswith("Ministry of Health") for n in names)
    assert "Department of Planning" not in names


def test_two_bodies_joined_by_and_stay_two_when_the_second_opens_with_its_head() -> None:
    f = facts_text(
        "The Ruritanian Patent Office and Ministry of Justice of Ruritania signed a protocol."
    )
    names = org_set(f)
    assert "Ruritanian Patent Office" in names
    assert any(n.startswith("Ministry of Justice") for n in names)


def test_an_acronym_that_shortens_a_lower_case_phrase_of_the_text_is_no_body() -> None:
    f = facts_text(
        "The workshop covered traditional knowledge in depth. TK holders spoke first, and "
        "TK databases were shown later."
    )
    assert "TK" not in org_set(f)


def test_an_organ_written_after_its_bodys_acronym_is_no_body_of_its_own() -> None:
    f = facts_text(
        "The Nordic Trademark Agents Federation (NTAF) met in Oslo. The NTAF Council approved "
        "the budget, and the NTAF Programme Committee set the agenda."
    )
    names = org_set(f)
    assert "Nordic Trademark Agents Federation" in names
    assert "NTAF Council" not in names
    assert "NTAF Programme Committee" not in names


def test_a_title_at_a_national_group_of_an_association_is_held_at_the_group() -> None:
    f = facts_text(
        "The Pacific Licensing Society (PLS) held its congress. Speakers included Mr Tomas "
        "Lindqvist, Chair of the Swedish Group of PLS, who reported on membership. Later the "
        "Swedish Group hosted a reception."
    )
    assert ("Tomas Lindqvist", "Chair", "Swedish Group") in roles(f)


def test_another_member_after_a_unions_name_mentions_no_union() -> None:
    f = facts_text(
        "The Thai office said that a similar arrangement with another ASEAN office could "
        "follow next year."
    )
    assert not {"ASEAN", "Association of Southeast Asian Nations"} & org_set(f)


def test_a_union_of_states_named_as_a_funder_or_for_its_rules_is_no_body() -> None:
    f = facts_text(
        "The training is financed by the European Union and run by the EUIPO. Trainers "
        "compared the EU's design protection system with national law."
    )
    names = org_set(f)
    assert not {"EU", "European Union"} & names
    assert "EUIPO" in names


def test_a_union_of_states_named_as_a_territory_is_no_body() -> None:
    f = facts_text(
        "The Danish Patent Office briefed the Benelux Office on tools it offers to "
        "applicants outside the EU and to firms across ASEAN."
    )
    names = org_set(f)
    assert not {"EU", "European Union", "ASEAN"} & names
    assert {"Danish Patent Office", "Benelux Office"} <= names


def test_a_union_of_states_named_for_its_members_region_or_rules_is_no_body() -> None:
    f = facts_text(
        "The Danish Patent Office will train examiners from the ASEAN economies and from "
        "EU governments, and will follow EU laws in doing so."
    )
    names = org_set(f)
    assert not {"EU", "European Union", "ASEAN"} & names
    assert "Danish Patent Office" in names


def test_a_union_of_states_named_for_its_members_and_as_an_actor_stays_a_body() -> None:
    f = facts_text("ASEAN adopted a work plan that ASEAN countries will carry out by 2030.")
    assert "ASEAN" in org_set(f)


def test_a_union_of_states_listed_as_a_region_among_partner_bodies_stays_a_body() -> None:
    f = facts_text(
        "The Danish Patent Office works with partners such as the Benelux Office, the ASEAN "
        "region and the Andean Community."
    )
    assert "ASEAN" in org_set(f)


def test_a_union_of_states_that_acts_elsewhere_stays_a_body() -> None:
    f = facts_text("The EU signed a plan with the Benelux Office to help offices outside the EU.")
    assert {"EU"} <= org_set(f)


def test_a_union_institution_named_as_a_funder_is_still_a_body() -> None:
    f = facts_text("The course is part of a project funded by the European Commission.")
    assert "European Commission" in org_set(f)


def test_a_deputy_named_after_the_holder_of_the_full_title_serves_the_same_body() -> None:
    f = facts_text(
        "The Lemurian Bar Council (LBC) visited the Intellectual Property Office of the "
        "Philippines (IPOPHL). The LBC team was welcomed by Director General Rowena Cruz of "
        "IPOPHL and Deputy Director General Atty. Paolo M. Reyes. The LBC thanked its hosts, "
        "and the LBC will return."
    )
    assert (
        "Paolo M. Reyes",
        "Deputy Director General",
        "Intellectual Property Office of the Philippines",
    ) in roles(f)


def test_a_minister_counsellor_keeps_a_lower_case_field_and_serves_at_the_mission() -> None:
    f = facts_text(
        "Guests included Ms Ines Duarte, Minister Counsellor for economic affairs at the "
        "Embassy of Portugal in Tokyo."
    )
    assert (
        "Ines Duarte",
        "Minister Counsellor for economic affairs",
        "Embassy of Portugal in Tokyo",
    ) in roles(f)


def test_a_team_leader_of_a_named_programme_holds_the_post_at_the_body_after_at() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office (KIPO) hosted the panel. Dr Mina Park, Team "
        "Leader of Patent Bridge Asia at the KIPO, chaired it."
    )
    assert "Mina Park" in people_names(f)
    assert (
        "Mina Park",
        "Team Leader of Patent Bridge Asia",
        "Korean Intellectual Property Office",
    ) in roles(f)


def test_a_name_the_body_had_until_recently_is_no_second_body_but_its_own_form() -> None:
    f = facts_text(
        "The Andean Design Registry, known until recently as the Design Bureau of the Andes, "
        "renewed its agreement."
    )
    assert [o.name for o in f.orgs] == ["Andean Design Registry"]
    assert "Design Bureau of the Andes" in f.orgs[0].aliases
