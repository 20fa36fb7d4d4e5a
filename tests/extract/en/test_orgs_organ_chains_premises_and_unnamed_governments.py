"""A body's organs and buildings are no bodies of their own (importers/en/orgs/
organ_chains.py, gazetteer._drop_acronym_organ, not_bodies.is_premises)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_chain_of_party_organs_names_the_central_committee_it_ends_in() -> None:
    text = (
        "Li Wenhua, a member of the Standing Committee of the Political Bureau of the "
        "LWP Central Committee, opened the trade fair in Kunming on Monday."
    )
    names = org_set(facts_text(text))
    assert "LWP Central Committee" in names
    assert not any("Political Bureau" in n or "Standing Committee" in n for n in names)


def test_an_organ_of_a_union_of_states_stays_an_organ_without_naming_the_union() -> None:
    text = "Ghana sat on the Executive Committee of the Lisbon Union in Geneva this year."
    names = org_set(facts_text(text))
    assert "Lisbon Union" not in names


def test_a_council_after_a_known_bodys_acronym_is_its_organ() -> None:
    text = (
        "Both offices gained observer status at the WTO TRIPS Council last autumn, the "
        "Nordic Patent Institute said in Oslo."
    )
    names = org_set(facts_text(text))
    assert "WTO TRIPS Council" not in names
    assert "WTO" in names


def test_a_bodys_office_inside_an_address_is_its_building() -> None:
    text = (
        "The National Seed Directorate (NSD) welcomed the visitors. The letter was signed "
        "on 3 May 2021 at the Cendana Meeting Room, NSD Office, Surabaya."
    )
    names = org_set(facts_text(text))
    assert "NSD Office" not in names
    assert "National Seed Directorate" in names


def test_a_department_of_a_party_central_committee_is_a_body_of_its_own() -> None:
    f = facts_text(
        "Deputy head of the United Front Department of the Central Committee Li Hong read "
        "the decision. Zhou Ping, head of the Publicity Department of the VCP Central "
        "Committee, also spoke."
    )
    assert ("Li Hong", "Deputy head", "United Front Department of the Central Committee") in roles(
        f
    )
    assert (
        "Zhou Ping",
        "head",
        "Publicity Department of the VCP Central Committee",
    ) in roles(f)
    assert "Central Committee" not in org_set(f)


def test_a_department_of_a_ministry_stays_a_unit_of_the_ministry() -> None:
    f = facts_text(
        "Dr Ana Silva, Head of the Legal Department of the Ministry of Economy, opened the talks."
    )
    assert "Legal Department of the Ministry of Economy" not in org_set(f)


def test_a_party_named_with_of_its_country_keeps_its_whole_name_before_its_committee() -> None:
    text = (
        "Ola Nordmann, a member of the Political Bureau of the Workers' Party of Norland "
        "Central Committee, opened the fair in Oslo on Monday. The Labour Party of Westland "
        "Central Committee sent a letter."
    )
    names = org_set(facts_text(text))
    assert "Workers' Party of Norland Central Committee" in names
    assert "Labour Party of Westland Central Committee" in names
    assert "Norland Central Committee" not in names
    assert "Westland Central Committee" not in names
