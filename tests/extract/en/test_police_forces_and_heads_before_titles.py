"""A police force is a body named by its head word "Police" ("the Royal X Police"); a head
that opens a run before a title says the holder's field, and the body is the one named after
the holder's "of" (importers/en/orgs/chunks.trim, titled_holders.past_head_title, words in
en_orgs.txt [org_heads])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_national_police_force_is_an_organisation() -> None:
    f = facts_text(
        "The Royal Brunei Police Force and the Indonesian National Police seized fake medicines."
    )
    names = org_set(f)
    assert "Indonesian National Police" in names


def test_a_police_crime_unit_with_its_acronym_is_an_organisation() -> None:
    f = facts_text(
        "Detectives from the Police Counterfeit Goods Crime Unit (PCGCU) raided a market."
    )
    assert {"Police Counterfeit Goods Crime Unit", "PCGCU"} <= org_set(f)


def test_a_head_and_title_before_a_holder_name_no_body_of_their_own() -> None:
    f = facts_text(
        "Police Commissioner Rafael Mendoza of the Bolivian National Police met "
        "Agency Director Lin Wei of the Kenya Space Agency."
    )
    names = org_set(f)
    assert {"Bolivian National Police", "Kenya Space Agency"} <= names
    assert not any("Mendoza" in n or "Lin Wei" in n for n in names)


def test_a_single_head_word_after_and_is_more_of_the_name_not_a_second_body() -> None:
    f = facts_text("Officials of the Federal Ministry of Justice and Police presented the bill.")
    assert "Federal Ministry of Justice and Police" in org_set(f)
