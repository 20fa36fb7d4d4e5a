"""A body's other names as an entry or a history gives them are names of that one body
(importers/zh/orgs/infobox.py, history.py, aliases.latin_headed): an encyclopedia entry's
简称 and 外文名 fields, a renaming (更名为) with or without its subject, a body built on an
earlier one of its kind (在A基础上组建B), and a known body's acronym standing for its Chinese
name before the same words (IPOS国际公司 beside 新加坡知识产权局国际公司)."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run

ENTRY = (
    "中国(福建)知识产权运营中心\n"
    "基本信息\n"
    "中文名：中国(福建)知识产权运营中心\n"
    "外文名：China (Fujian) IP Operation Centre\n"
    "简　称：闽运营中心\n"
    "成立时间：2019年4月\n"
    "沿革\n"
    "2011年3月，福建省知识产权局设立福建省专利信息服务中心。\n"
    "2016年8月，更名为福建省知识产权公共服务中心。\n"
    "2019年4月，在福建省知识产权公共服务中心基础上组建中国(福建)知识产权运营中心。\n"
    "2023年，闽运营中心与欧洲专利局签署合作备忘录。\n"
)


def _one_body(facts_orgs: list, *names: str) -> bool:
    return any(all(n in {o.name, *o.aliases} for n in names) for o in facts_orgs)


def test_an_entry_s_short_form_and_foreign_name_fields_name_the_entry_s_body() -> None:
    facts = run(ENTRY, repaired=True)
    assert _one_body(
        facts.orgs, "中国(福建)知识产权运营中心", "闽运营中心", "China (Fujian) IP Operation Centre"
    )


def test_a_renamed_body_and_one_built_on_it_are_one_body_with_its_present_name() -> None:
    facts = run(ENTRY, repaired=True)
    current = next(o for o in facts.orgs if "福建省专利信息服务中心" in {o.name, *o.aliases})
    assert current.name == "中国(福建)知识产权运营中心"
    assert "福建省知识产权公共服务中心" in current.aliases
    assert "福建省知识产权局" in org_names(facts)
    assert not _one_body(facts.orgs, "福建省知识产权局", "福建省专利信息服务中心")


def test_a_renaming_with_its_subject_joins_the_two_names() -> None:
    facts = run("2015年，深圳市专利服务中心更名为深圳市知识产权服务中心，职能随之扩展。")
    assert _one_body(facts.orgs, "深圳市专利服务中心", "深圳市知识产权服务中心")


def test_a_body_built_on_a_body_of_another_kind_stays_apart() -> None:
    facts = run("2020年，在厦门大学基础上组建厦门知识产权研究中心，双方分工合作。")
    assert not _one_body(facts.orgs, "厦门大学", "厦门知识产权研究中心")


def test_fields_without_an_entry_s_chinese_name_field_give_no_other_names() -> None:
    facts = run("联系人：陈志远\n简称：闽运营中心\n中国(福建)知识产权运营中心发布通知。\n")
    assert not _one_body(facts.orgs, "中国(福建)知识产权运营中心", "闽运营中心")


def test_a_known_body_s_acronym_before_the_words_after_its_chinese_name_is_one_body() -> None:
    text = (
        "6月3日，新加坡知识产权局国际公司与某省知识产权局签署合作协议。IPOS国际公司总裁出席并致辞。"
    )
    assert _one_body(run(text).orgs, "新加坡知识产权局国际公司", "IPOS国际公司")
