"""A crown's minister named by the portfolio (英国某某大臣, 日本某某大臣): the title is an office
of its own, recorded with no organisation, the portfolio kept and the country left out."""

from __future__ import annotations

from tests.extract.zh.helpers import held_roles, people, run


def test_a_british_minister_by_portfolio_holds_the_title_with_no_body() -> None:
    facts = run("国家版权局局长王大明会见了英国知识产权大臣朱迪斯•威尔考克斯男爵。")
    assert "朱迪斯•威尔考克斯" in people(facts)
    assert ("朱迪斯•威尔考克斯", "知识产权大臣", None) in held_roles(facts)


def test_a_japanese_minister_by_portfolio_keeps_the_portfolio() -> None:
    facts = run("日本经济产业大臣山田太郎出席了签字仪式。")
    assert ("山田太郎", "经济产业大臣", None) in held_roles(facts)


def test_a_secretary_of_state_stays_a_bare_office() -> None:
    facts = run("王大明会见了美国国务卿约翰·史密斯。")
    assert ("约翰·史密斯", "国务卿", None) in held_roles(facts)
