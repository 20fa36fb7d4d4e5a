"""A family name written first in capitals after "the Title of X,", and bodies named after a
country whose name holds "and"."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_capitalised_family_name_first_in_apposition_to_a_title_of_a_body() -> None:
    f = facts_text(
        "The Deputy Commissioner of the Korean Intellectual Property Office, SHIN Da-eun, "
        "toured the Kenyan office's new search room in Nairobi."
    )
    assert ("SHIN Da-eun", "Deputy Commissioner", "Korean Intellectual Property Office") in roles(f)


def test_a_japanese_name_in_capitals_first_after_the_title_of_the_office() -> None:
    f = facts_text(
        "The Commissioner of the Japan Patent Office, MORIYAMA Taro, opened the training week."
    )
    assert ("MORIYAMA Taro", "Commissioner", "Japan Patent Office") in roles(f)


def test_a_body_named_after_the_title_is_no_family_name_first() -> None:
    f = facts_text("The Director General of the Agency, IP Australia and the JPO held talks.")
    assert not people_names(f)


def test_a_country_whose_name_holds_and_ends_the_body_s_name() -> None:
    f = facts_text(
        "The Director of the Patent Bureau of Bosnia and Herzegovina, Amira Kovač, opened "
        "the regional seminar in Mostar on 4 June 2024."
    )
    assert "Patent Bureau of Bosnia and Herzegovina" in org_set(f)
    assert ("Amira Kovač", "Director", "Patent Bureau of Bosnia and Herzegovina") in roles(f)


def test_two_bodies_of_one_country_joined_by_and_stay_two() -> None:
    f = facts_text(
        "The Patent Bureau of Bosnia and the Trade Mark Registry of Kosovo met in Sarajevo."
    )
    assert {"Patent Bureau of Bosnia", "Trade Mark Registry of Kosovo"} <= org_set(f)
