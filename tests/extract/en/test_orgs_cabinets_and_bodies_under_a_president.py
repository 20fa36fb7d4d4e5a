"""A government's cabinet named by "Cabinet of ..." and a body that sits "under the President
of" its state (importers/en/orgs/chunks.py with en_orgs.txt [of_only_heads] and
[under_holders]); a cabinet or government called only by its level, with no place, is the
country's and names no body (importers/en/output.py, en_orgs.txt [generic_state_bodies]).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_cabinet_of_ministers_and_a_ministry_joined_by_and_are_two_names() -> None:
    names = org_set(
        facts_text(
            "In Tashkent the Secretary-General called on the Cabinet of Ministers of Xland and "
            "Ministry of Innovation in turn.\n"
        )
    )
    assert {"Cabinet of Ministers of Xland", "Ministry of Innovation"} <= names
    assert not any(n.startswith("Ministers") for n in names)


def test_a_bare_cabinet_of_ministers_ends_the_name_before_a_ministry_and_names_no_body() -> None:
    names = org_set(
        facts_text(
            "The secretary said the Cabinet of Ministers and Ministry of Innovation had "
            "approved the amendments.\n"
        )
    )
    assert "Ministry of Innovation" in names
    assert not any("Cabinet" in n or n.startswith("Ministers") for n in names)


def test_a_federal_government_with_no_place_is_the_country_s_and_names_no_body() -> None:
    names = org_set(
        facts_text(
            "The Seed Board of Xland advises the Federal Government on plant variety policy, "
            "while the Federal Government of Nigeria funds the national gene bank. The Federal "
            "Government of Nigeria also names its board.\n"
        )
    )
    assert "Federal Government" not in names
    assert "Federal Government of Nigeria" in names


def test_a_cabinet_before_a_title_names_no_body() -> None:
    names = org_set(facts_text("Cabinet Secretary Ruth Wanjiru met exporters in Nairobi.\n"))
    assert not any("Cabinet" in n for n in names)


def test_a_body_under_the_president_of_a_state_keeps_its_parent_in_its_name() -> None:
    names = org_set(
        facts_text(
            "The delegation toured the Civil Service Academy under the President of the "
            "Republic of Kazakhstan and gave a lecture there.\n"
        )
    )
    assert "Civil Service Academy under the President of the Republic of Kazakhstan" in names
    assert "Civil Service Academy" not in names


def test_a_body_under_a_named_president_ends_before_him() -> None:
    names = org_set(
        facts_text("The Export Agency under President Lena Brandt doubled its staff.\n")
    )
    assert "Export Agency" in names
    assert not any("Brandt" in n for n in names)


def test_a_federation_s_cabinet_is_a_body() -> None:
    names = org_set(
        facts_text("Last month the Federal Cabinet cleared the treaty with Chile for signature.\n")
    )
    assert "Federal Cabinet" in names


def test_a_federation_s_cabinet_before_a_title_names_no_body() -> None:
    names = org_set(facts_text("Union Cabinet Minister Arun Mehra met exporters in Pune.\n"))
    assert not any("Cabinet" in n for n in names)


def test_a_federal_government_of_a_state_opening_a_sentence_is_one_body() -> None:
    """ "The Federal Government of Nigeria and X signed": the government is found whole; its
    level and head after the capitalised article are no second body, nor a third party."""
    f = facts_text(
        "The Federal Government of Nigeria and the Danube Patent Office signed a memorandum "
        "of understanding in Abuja on 3 May 2024.\n"
    )
    assert org_set(f) == {"Federal Government of Nigeria", "Danube Patent Office"}
    assert [len(a.parties) for a in f.agreements] == [2]
