"""Collective references (importers/zh/orgs/collective.py): offices named together by their
countries' initials and a count, or by the count alone, are groups of the bodies the text
names, never organisations of their own; a group the reference knows (IP5) is that group."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, run

REF = load_reference()

HEADS = "中国国家知识产权局局长申长雨、日本特许厅长官冈本和子、韩国特许厅厅长朴敏浩率团出席。"


def test_initials_and_a_count_name_no_new_organisation() -> None:
    facts = run(
        "第十五次中日韩知识产权局局长会议以线上方式召开。" + HEADS + "中日韩三局将深化合作。",
        reference=REF,
    )
    names = org_names(facts)
    assert {"中国国家知识产权局", "日本特许厅", "韩国特许厅"} <= names
    assert not names & {"中日韩知识产权局", "中日韩三局", "三局"}


def test_a_meeting_of_two_offices_named_by_initials_adds_no_organisation() -> None:
    facts = run("第三十次中韩知识产权局局长会议在首尔举行。", reference=REF)
    assert "中韩知识产权局" not in org_names(facts)


def test_a_country_whose_name_is_two_initials_still_names_its_office() -> None:
    facts = run("巴西国家工业产权局与南非公司与知识产权委员会签署合作备忘录。", reference=REF)
    assert "巴西国家工业产权局" in org_names(facts)


def test_a_group_the_reference_knows_is_that_group_and_its_count_refers_back() -> None:
    facts = run(
        "中美欧日韩世界五大知识产权局局长会议在首尔开幕。五局合作已走过十多年。",
        reference=REF,
    )
    (ip5,) = [o for o in facts.orgs if o.ref == "ip5"]
    assert {"中美欧日韩世界五大知识产权局", "五局"} <= {ip5.name, *ip5.aliases}
    assert len(facts.orgs) == 1


def test_an_ordinal_is_no_group() -> None:
    facts = run("中美欧日韩五局局长会议召开。第五局的工作报告获得通过。", reference=REF)
    ip5 = next(o for o in facts.orgs if o.ref == "ip5")
    assert "第五局" not in ip5.aliases and "五局" not in ip5.aliases


def test_a_group_signs_through_the_offices_the_text_names() -> None:
    facts = run(
        "中美欧日韩五局局长在会上共同签署《五局合作愿景声明》。中国国家知识产权局局长申长雨、"
        "欧洲专利局局长卡洛斯·门多萨、日本特许厅长官冈本和子、韩国特许厅厅长朴敏浩、"
        "美国专利商标局副局长罗伯特·格林出席会议。",
        reference=REF,
    )
    ((title, kind, _date, parties),) = agreements(facts)
    assert title == "五局合作愿景声明" and kind == "joint_statement"
    assert parties == {
        "中国国家知识产权局",
        "欧洲专利局",
        "日本特许厅",
        "韩国特许厅",
        "美国专利商标局",
    }
    signed = {p.name for p in facts.people if p.key in facts.agreements[0].signatories}
    assert signed == {"申长雨", "卡洛斯·门多萨", "冈本和子", "朴敏浩"}  # heads, not the deputy


def test_a_group_of_offices_named_with_the_words_for_ip_is_a_group() -> None:
    from importers.resolve.reference import load_reference

    facts = run(
        "作为中美欧日韩知识产权五局合作的成员，双方交换了意见。", reference=load_reference()
    )
    assert [o.ref for o in facts.orgs] == ["ip5"]


def test_a_country_and_a_union_written_together_before_an_office_word_name_no_body() -> None:
    facts = run(
        "中国欧洲知识产权局局长对话在布鲁塞尔举行。中国东盟知识产权局局长论坛次日开幕。",
        reference=REF,
    )
    names = org_names(facts)
    assert not any(n.endswith("知识产权局") for n in names)


def test_a_statement_the_meeting_of_a_group_adopts_is_its_members() -> None:
    facts = run(
        "第九次中日韩知识产权局局长会议在首尔举行。"
        + HEADS
        + "会议通过了联合声明，明确了三局合作重点。",
        date="2019-11-20",
        reference=REF,
    )
    ((title, kind, _date, parties),) = agreements(facts)
    assert kind == "joint_statement"
    assert parties == {"中国国家知识产权局", "日本特许厅", "韩国特许厅"}
