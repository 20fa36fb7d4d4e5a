"""A body named first after its bare city (武汉华中科技大学) and then without it is one body
(importers/zh/orgs/aliases.py `without_place`); a name whose first word opens with the
character that joins two events (暨 of 暨南) is still a name (orgs/shape.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import run


def orgs_of(text: str) -> dict[str, set[str]]:
    return {o.name: set(o.aliases) for o in run(text).orgs}


def test_a_university_named_after_its_city_and_then_alone_is_one_body() -> None:
    orgs = orgs_of("武汉华中科技大学今天举行校庆。华中科技大学还与多家企业开展合作。")
    assert orgs == {"武汉华中科技大学": {"华中科技大学"}}


def test_a_city_office_keeps_its_city() -> None:
    orgs = orgs_of("武汉市知识产权局与华中科技大学签署协议。会上知识产权局代表发言。")
    assert "武汉市知识产权局" in orgs
    assert "知识产权局" not in orgs.get("华中科技大学", set())


def test_a_faculty_whose_university_opens_with_the_event_joiner_is_a_body() -> None:
    orgs = orgs_of("暨南大学管理学院的成立,为两地合作搭建了平台。")
    assert "暨南大学管理学院" in orgs


def test_two_events_joined_are_still_no_body() -> None:
    orgs = orgs_of("第三届知识产权论坛暨专利代理协会年会在广州举行。")
    assert not any(n.startswith("暨") for n in orgs)
