"""A governor's title with "of <Place> Province" after it or after the holder's name: the post
is held at that province's government, as a mayor's is at the city's (importers/en/states.py
reads the province, roles/bare.py gives the body)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_vice_governor_named_before_the_province_holds_the_post_at_its_government() -> None:
    f = facts_text(
        "The patent week opened in Wuhan, China, on Monday. Vice-governor Gao Ling of Hubei "
        "Province and the guests from abroad toured the exhibition."
    )
    assert ("Gao Ling", "Vice-governor", "People's Government of Hubei Province") in roles(f)
    assert "Hubei Province" in org_set(f)


def test_a_governor_in_apposition_holds_the_post_at_the_provincial_government() -> None:
    f = facts_text(
        "The trademark forum met in Chengdu, China. Ma Rui, Vice Governor of Sichuan Province, "
        "gave the opening address."
    )
    assert ("Ma Rui", "Vice Governor", "People's Government of Sichuan Province") in roles(f)


def test_a_province_outside_china_gets_a_provincial_government() -> None:
    f = facts_text("Deputy Governor Anna Kim of Gangwon Province spoke at the design fair.")
    assert ("Anna Kim", "Deputy Governor", "Gangwon Provincial Government") in roles(f)


def test_a_governor_of_a_bank_is_no_provinces_officer() -> None:
    f = facts_text("Governor Paul Reyes of the Central Bank opened the fair.")
    assert roles(f) == {("Paul Reyes", "Governor", "Central Bank")}
