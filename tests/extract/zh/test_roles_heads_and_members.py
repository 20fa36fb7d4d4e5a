"""Titles stated without the body right before them (importers/zh/roles.py): a member of a
legislature named before the name, the head of the one body of its kind the sentence named
(also at the end of a chain of titles), a three-character short form of a headed body, a
name jieba reads as a noun after a title, and Vietnamese names of four characters
(importers/zh/names.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run


def test_a_legislator_titled_before_the_name_sits_in_the_chamber_the_text_names() -> None:
    text = "立法院财政委员会今日审查预算。\n立法委员陈志明质询时表示，应加强专利审查。\n"
    assert ("陈志明", "立法委员", "立法院") in roles(run(text, repaired=True))


def test_the_short_title_of_a_legislator_is_a_title_too() -> None:
    text = "立法院今日开会。\n立委黄美玲则关心商标申请的进度。\n"
    found = run(text, repaired=True)
    assert "黄美玲" in people(found)
    assert ("黄美玲", "立委", "立法院") in roles(found)


def test_a_legislator_with_no_chamber_named_holds_the_title_alone() -> None:
    found = run("立委黄美玲关心商标申请的进度。", repaired=True)
    names = {p.key: p.name for p in found.people}
    assert [(names[r.person], r.title, r.org) for r in found.roles] == [("黄美玲", "立委", None)]


def test_the_convenor_of_a_committee_is_a_title_at_the_committee() -> None:
    text = "经济委员会召集委员吴国平在会议结束前宣布散会。"
    assert ("吴国平", "召集委员", "经济委员会") in roles(run(text, repaired=True))


def test_a_head_title_alone_names_the_head_of_the_one_body_of_its_kind_just_named() -> None:
    text = "下午，考察团参观了德国专利研究院，由院长汉斯·穆勒介绍了研究院的工作。"
    assert ("汉斯·穆勒", "院长", "德国专利研究院") in roles(run(text, repaired=True))


def test_a_chain_of_titles_ending_in_a_head_title_names_the_head_of_that_body_too() -> None:
    text = "省市场监督管理局局长周建平，党组成员、副局长孙小梅出席了座谈会。"
    got = roles(run(text))
    assert ("孙小梅", "党组成员", "省市场监督管理局") in got
    assert ("孙小梅", "副局长", "省市场监督管理局") in got


def test_a_head_title_alone_after_two_bodies_of_its_kind_has_no_organisation() -> None:
    text = "甲省知识产权局与乙省知识产权局签署协议，副局长孙立群出席。"
    assert not [r for r in roles(run(text, repaired=True)) if r[0] == "孙立群"]


def test_a_three_character_short_form_of_a_headed_body_refers_to_it() -> None:
    text = "经济部国际贸易署发布新闻稿。次日，国贸署副署长刘志远出席说明会。"
    found = [r for r in roles(run(text, repaired=True)) if r[0] == "刘志远"]
    assert [(t, o.endswith("国际贸易署")) for _n, t, o in found] == [("副署长", True)]


def test_a_name_read_as_a_noun_after_a_title_is_a_name_before_a_following_verb() -> None:
    text = "中华人民共和国驻德国大使馆参赞方坤出席活动。"
    assert ("方坤", "参赞", "中华人民共和国驻德国大使馆") in roles(run(text, repaired=True))


def test_a_vietnamese_womans_name_with_thi_keeps_four_characters() -> None:
    found = run("越南工贸部副部长阮氏红梅出席会议。", repaired=True)
    assert "阮氏红梅" in people(found)


def test_a_vietnamese_name_with_van_keeps_four_characters_near_viet_nam() -> None:
    found = run("越南科技部副部长黎文春明表示，两国合作前景广阔。", repaired=True)
    assert "黎文春明" in people(found)


def test_a_chinese_name_with_wen_stays_three_characters() -> None:
    found = run("浙江省知识产权局局长王文明表示，将加强合作。", repaired=True)
    assert "王文明" in people(found)
