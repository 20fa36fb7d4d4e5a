"""A foreign leader named by sound before the title of a head of state or government, in
passing (某某总理今年访华时…): a person with that post, at no government, since the text
says no country; a country's name before such a title is no person."""

from __future__ import annotations

from tests.extract.zh.helpers import held_roles, people, run


def test_a_name_by_sound_before_a_leaders_title_is_a_person_with_that_post() -> None:
    facts = run("会长表示，塔尔维宁总理去年访华时参观了这家企业。")
    assert ("塔尔维宁", "总理", None) in held_roles(facts)


def test_a_country_before_a_leaders_title_names_no_person() -> None:
    facts = run("会长表示，芬兰总理去年访华时参观了这家企业。")
    assert "芬兰" not in people(facts)
