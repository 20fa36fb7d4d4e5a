"""A mayor's title with "of" and a city after it: the post is held at that city's
government (importers/en/roles/portfolio.py reads the place, roles/bare.py the body)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_deputy_mayor_of_a_chinese_city_holds_the_post_at_its_peoples_government() -> None:
    f = facts_text(
        "Zhou Lanfang, deputy mayor of Hangzhou, toured the patent fair on Tuesday. "
        "The fair is the largest of its kind in China."
    )
    assert ("Zhou Lanfang", "deputy mayor", "Hangzhou Municipal People's Government") in roles(f)


def test_a_mayor_of_a_made_up_town_holds_the_post_at_the_town_government() -> None:
    f = facts_text("Peter Walsh, mayor of Dunmore, opened the new patent library on Monday.")
    assert ("Peter Walsh", "mayor", "Dunmore City Government") in roles(f)


def test_a_mayor_title_before_the_name_keeps_the_city_apart_from_the_name() -> None:
    f = facts_text("Deputy Mayor of Hangzhou Zhou Lanfang opened the fair on Friday.")
    assert {r[:2] for r in roles(f)} == {("Zhou Lanfang", "Deputy Mayor")}


def test_a_mayor_of_a_city_the_text_names_as_a_body_holds_the_post_there() -> None:
    f = facts_text("Lee Jae-won, Mayor of Gwangju Metropolitan City, opened the fair.")
    assert ("Lee Jae-won", "Mayor", "Gwangju Metropolitan City") in roles(f)
