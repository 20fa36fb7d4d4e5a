"""A body's own Party organ written between its name and a title (某局 + 党委 + 书记): the
post is held at the body, the organ kept in the title; a place's Party committee is a body."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run


def test_a_bureau_s_party_committee_before_its_secretary_is_the_bureau() -> None:
    facts = run("昨日,上海市商务局党委书记、局长王大明出席了论坛开幕式。")
    assert org_names(facts) == {"上海市商务局"}
    assert ("王大明", "党委书记", "上海市商务局") in roles(facts)
    assert ("王大明", "局长", "上海市商务局") in roles(facts)  # two titles, two roles


def test_a_university_s_party_committee_deputy_secretary_holds_the_post_at_the_university() -> None:
    facts = run("甲乙大学党委副书记赵小东会见了来访的代表团。")
    assert org_names(facts) == {"甲乙大学"}
    assert ("赵小东", "党委副书记", "甲乙大学") in roles(facts)


def test_a_place_s_party_committee_is_a_body_of_its_own() -> None:
    facts = run("广西壮族自治区党委书记王大明出席了开幕式。")
    assert "广西壮族自治区党委" in org_names(facts)
