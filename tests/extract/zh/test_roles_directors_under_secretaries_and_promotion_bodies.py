"""Directors of associations (代表理事, 执行理事) and a foreign ministry's under and assistant
secretaries (次卿, 助卿: store/text/words/zh.txt [titles]), a remit listed with 、 before the
title (importers/zh/listed_remits.py, role_context.remit), and an area word inside a body's
name after its field (orgs/shape._inner_area)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import held_roles, org_names, roles, run

REF = load_reference()


def test_an_association_s_representative_and_executive_directors_hold_their_posts() -> None:
    facts = run(
        "南屿市文化局与北岭影视促进协会代表理事森田和夫及东川音乐著作协会执行理事朴振浩签署合作备忘录。",
        reference=REF,
    )
    got = roles(facts)
    assert ("森田和夫", "代表理事", "北岭影视促进协会") in got
    assert ("朴振浩", "执行理事", "东川音乐著作协会") in got


def test_a_ministry_s_acting_assistant_secretary_holds_the_post() -> None:
    facts = run("北岭文化交流局代理助卿罗文德出席签字仪式。", reference=REF)
    assert ("罗文德", "代理助卿", "北岭文化交流局") in roles(facts)


def test_a_remit_closed_by_its_noun_of_affairs_stays_in_the_title() -> None:
    facts = run("北岭文化交流局主管文化事务次卿罗文德出席签字仪式。", reference=REF)
    assert ("罗文德", "主管文化事务次卿", "北岭文化交流局") in roles(facts)


def test_a_remit_listing_its_fields_with_pauses_stays_whole_in_the_title() -> None:
    facts = run("北岭文化交流局主管贸易、农业及渔业事务次卿罗文德出席签字仪式。", reference=REF)
    assert ("罗文德", "主管贸易、农业及渔业事务次卿", "北岭文化交流局") in roles(facts)


def test_a_list_of_fields_with_no_remit_verb_is_no_remit() -> None:
    facts = run("会议讨论贸易、农业及渔业事务次卿罗文德的报告。", reference=REF)
    assert not any(t.startswith("主管") for _, t, _ in roles(facts))


def test_an_area_word_after_a_body_s_field_is_a_word_of_its_name() -> None:
    facts = run("北岭国音乐海外推广协会会长森田和夫出席。", reference=REF)
    assert "北岭国音乐海外推广协会" in org_names(facts)
    assert ("森田和夫", "会长", "北岭国音乐海外推广协会") in roles(facts)


def test_an_area_word_right_after_the_place_still_describes_bodies() -> None:
    facts = run("北岭国海外机构代表出席。", reference=REF)
    assert "北岭国海外机构" not in org_names(facts)


def test_two_posts_joined_after_a_title_name_no_body_and_no_person() -> None:
    facts = run("王立新会见了北岭联盟驻华大使暨北岭联盟驻华代表团团长罗文德一行。", reference=REF)
    assert not any("暨" in name for name in org_names(facts))
    assert ("罗文德", "团长", "北岭联盟驻华代表团") in roles(facts)
    assert not any(name.startswith("暨") for name, _, _ in roles(facts))


def test_a_chair_s_title_after_a_name_with_no_body_before_is_an_office_of_its_own() -> None:
    facts = run("今年春天,张建国主席与罗文德首相举行会谈。", reference=REF)
    assert ("张建国", "主席", None) in held_roles(facts)


def test_a_chair_s_title_after_a_body_stays_the_body_s_post() -> None:
    facts = run("北岭音乐协会主席王立新出席会议。", reference=REF)
    assert ("王立新", "主席", "北岭音乐协会") in held_roles(facts)
    assert ("王立新", "主席", None) not in held_roles(facts)


def test_the_reference_knows_the_cppcc_national_committee_and_the_state_department() -> None:
    facts = run("全国政协副主席张建国会见了美国国务院次卿罗文德。", reference=REF)
    refs = {o.name: o.ref for o in facts.orgs}
    assert refs.get("全国政协") == "cppcc-national"
    assert refs.get("美国国务院") == "us-dos"
    assert ("张建国", "副主席", "全国政协") in roles(facts)


def test_the_reference_knows_the_visegrad_institute_by_its_chinese_usage() -> None:
    facts = run("两局祝贺维斯格拉德集团专利局成为国际检索单位。", reference=REF)
    assert {o.ref for o in facts.orgs} >= {"vpi"}


def test_areas_joined_before_a_kind_still_describe_bodies() -> None:
    facts = run("本署与内地及海外音乐推广机构保持联系。", reference=REF)
    assert not any("海外" in name for name in org_names(facts))
