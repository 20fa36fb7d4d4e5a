"""Chinese text: a hall inside a conference centre, a fair's short name and bodies described as
another's subordinates are no organisations; a former post (原校长) is held at the body; a
head named before 以及 ends there; a party standing committee member (省委常委) is a title at
the committee; a two-character name jieba reads as an adjective still follows a title."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, people, roles, run

REF = load_reference()


def test_a_hall_named_right_after_a_conference_centre_is_a_room_not_a_body() -> None:
    facts = run("论坛于5月3日在青岛国际会议中心黄海厅开幕,青岛市商标协会主办。", reference=REF)
    assert not any(n.endswith("厅") for n in org_names(facts))
    assert "青岛市商标协会" in org_names(facts)


def test_a_fairs_short_name_is_an_event_not_a_body() -> None:
    facts = run("参观团随后前往第九十届华东进出口商品交易会(华交会)了解展品保护。", reference=REF)
    assert not any("交会" in n for n in org_names(facts))


def test_bodies_under_a_named_council_are_described_not_named() -> None:
    facts = run("南方贸促会下属仲裁机构近年来处理了大量涉外纠纷。", reference=REF)
    assert not any("下属" in n for n in org_names(facts))


def test_a_former_head_holds_the_title_without_the_word_former() -> None:
    facts = run("西北政法学院原院长孙德明出席了开幕式。", reference=REF)
    assert ("孙德明", "院长", "西北政法学院") in roles(facts)


def test_a_head_named_before_yiji_ends_there_and_the_next_item_is_its_own_body() -> None:
    facts = run("访问期间,他会见了新加坡旅游局局长江文辉以及星辰集团总裁马立群。", reference=REF)
    assert {"江文辉", "马立群"} <= people(facts)
    assert ("马立群", "总裁", "星辰集团") in roles(facts)
    assert not any("以及" in n for n in org_names(facts))


def test_a_provincial_committee_standing_member_is_a_title_at_the_committee() -> None:
    facts = run("浙江省委常委、杭州市委书记赵一鸣率团出访。", reference=REF)
    assert ("赵一鸣", "常委", "浙江省委") in roles(facts)
    assert "浙江省委常委" not in org_names(facts)


def test_two_characters_read_as_an_adjective_after_a_title_are_a_name() -> None:
    facts = run("午后,考察组拜访了国际电信联盟总干事高锐,随后返回酒店。", reference=REF)
    assert ("高锐", "总干事", "国际电信联盟") in roles(facts)


def test_deployment_is_no_body_ending_in_shu() -> None:
    facts = run("他说,各区要把省决策部署落到实处。", reference=REF)
    assert not any(n.endswith("部署") for n in org_names(facts))
