"""An official titled at two bodies in one chain, a signing recalled in a since-clause
between the two sides of a meeting, a federal body opening with 联邦, and a renamed Russian
office's former Chinese name."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, roles, run


def test_a_name_after_two_bodies_titles_joined_by_a_comma_holds_both_posts() -> None:
    facts = run("出席论坛的欧洲专利局副局长、世界知识产权组织顾问李文涛在会上作了发言。")
    assert ("李文涛", "副局长", "欧洲专利局") in roles(facts)
    assert ("李文涛", "顾问", "世界知识产权组织") in roles(facts)


def test_titles_of_one_body_joined_by_a_comma_are_two_posts_at_that_body() -> None:
    facts = run("欧洲专利局党组书记、副局长李文涛在会上作了发言。")
    assert {r for r in roles(facts) if r[0] == "李文涛"} == {
        ("李文涛", "党组书记", "欧洲专利局"),
        ("李文涛", "副局长", "欧洲专利局"),
    }


def test_a_signing_that_opens_a_time_since_is_between_the_meeting_s_two_sides() -> None:
    text = (
        "9月8日，国家知识产权局局长周明远会见了来访的欧洲专利局副局长马丁·科赫。\n"
        "周明远指出，自2016年11月签订合作备忘录以来，双方在审查员培训方面成果丰富。"
    )
    found = agreements(run(text, date="2021-09-10"))
    assert [(k, d, p) for _t, k, d, p in found] == [
        ("mou", "2016-11", {"国家知识产权局", "欧洲专利局"})
    ]


def test_a_body_named_after_its_federal_level_keeps_its_whole_field() -> None:
    facts = run("该议定书将由联邦农业和食品安全监督局负责落实。")
    assert "联邦农业和食品安全监督局" in org_names(facts)


def test_the_russian_office_s_former_chinese_name_is_the_reference_office() -> None:
    facts = run("俄罗斯联邦知识产权、专利与商标局局长在京出席会议。", reference=load_reference())
    assert any(o.ref == "rospatent" for o in facts.orgs)


def test_a_signing_said_to_matter_is_the_one_reported_not_one_more() -> None:
    text = (
        "3月2日，国家知识产权局与欧洲专利局在慕尼黑签署了合作谅解备忘录。\n"
        "双方认为，在建交纪念日前夕签署合作谅解备忘录具有特殊意义。"
    )
    assert len(agreements(run(text, date="2022-03-02"))) == 1
