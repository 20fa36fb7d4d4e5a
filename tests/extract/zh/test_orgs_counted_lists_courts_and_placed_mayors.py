"""Firms listed before a count of establishments (A、B等十余家企业), a court numbered in its
city (某市第一中级人民法院), and a mayor written after the city (某市副市长某某)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()


def test_each_firm_listed_before_a_count_of_firms_is_an_organisation() -> None:
    text = "浪潮、海尔、联想、格力等二十余家在海外布局专利较多的民营企业负责人出席了座谈。"
    names = org_names(run(text))
    assert {"浪潮", "海尔", "联想", "格力"} <= names


def test_a_list_led_in_by_a_verb_starts_its_first_firm_after_the_verb() -> None:
    names = org_names(run("论坛邀请了海信、长虹等5家公司介绍经验。"))
    assert {"海信", "长虹"} <= names
    assert "邀请了海信" not in names


def test_places_counted_as_places_are_no_firms() -> None:
    names = org_names(run("来自杭州、宁波等多个城市的代表参加了培训。"))
    assert not {"杭州", "宁波"} & names


def test_a_list_whose_clause_names_no_kind_of_body_is_left_alone() -> None:
    names = org_names(run("会上展示了苹果、香蕉等十余家农户的产品样品。"))
    assert not {"苹果", "香蕉"} & names


def test_a_court_numbered_within_its_city_keeps_its_ordinal() -> None:
    names = org_names(run("代表团还参观了广州市第三中级人民法院和当地的一家科技企业。"))
    assert "广州市第三中级人民法院" in names
    assert "人民法院" not in names


def test_a_counted_meeting_of_a_city_is_no_court_or_body() -> None:
    names = org_names(run("杭州市第二次知识产权工作会议召开。"))
    assert not any(n.startswith("杭州市第二") for n in names)


def test_a_vice_mayor_written_after_the_city_holds_the_post_at_its_government() -> None:
    facts = run("签约仪式上,苏州市副市长林晓东致辞。", reference=REF)
    assert ("林晓东", "副市长", "苏州市人民政府") in roles(facts)
    gov = next(o for o in facts.orgs if o.name == "苏州市人民政府")
    assert "苏州市" in gov.aliases


def test_a_mayor_written_after_the_city_is_at_the_government_the_text_names() -> None:
    text = "天津市市长孙立会见了来宾。孙立说,天津市政府重视创新工作。"
    facts = run(text, reference=REF)
    gov = next(o for o in facts.orgs if o.name == "天津市政府")
    assert "天津市" in gov.aliases
    assert ("孙立", "市长", "天津市政府") in roles(facts)
