"""A title and a name set apart by a space, as bylines of speeches and contact lines of
press releases write them (importers/zh/people.py), and the organisation of a unit's head
that no body is named with: the one the document's heading names (roles.py `home_org`)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run


def test_the_speaker_s_byline_gives_the_speaker_s_role() -> None:
    text = (
        "在知识产权国际研讨会上的讲话\n\n世界知识产权组织总干事\u3000邓鸿森\n\n各位来宾：大家好！"
    )
    assert ("邓鸿森", "总干事", "世界知识产权组织") in roles(run(text, repaired=True))


def test_a_contact_line_names_an_officer_of_the_office_that_issued_the_release() -> None:
    text = (
        "新加坡知识产权局新闻稿\n\n"
        "新加坡知识产权局今日宣布扩大专利加速审查计划。\n\n"
        "联络人：对外合作组科长 林美玲\n"
    )
    assert ("林美玲", "对外合作组科长", "新加坡知识产权局") in roles(run(text, repaired=True))


def test_a_unit_head_without_an_issuing_office_gets_no_organisation() -> None:
    text = "关于举办培训班的通知\n\n联络人：综合组科长 林美玲\n"
    assert not any(org for name, _t, org in roles(run(text, repaired=True)) if name == "林美玲")


def test_a_spaced_word_in_the_middle_of_a_sentence_is_no_name() -> None:
    facts = run("会议由欧洲专利局局长 主持，各方代表发言。")
    assert not people(facts)
