"""A leadership page lists its body's heads one title and name a line, with no organisation
stated, and gives their earlier posts in a career line (曾任…) without the name again: each
head holds the title at the body the page is of, and each earlier post at the body it names."""

from __future__ import annotations

from tests.extract.zh.helpers import roles, run

PAGE = (
    "新加坡知识产权局　领导成员\n\n"
    "局长　陈国华\n"
    "主持全面工作，分管国际合作。\n\n"
    "副局长　林美玲\n"
    "协助局长工作。曾任本局商标处处长、欧洲专利局审查部主任。\n"
)


def test_each_head_on_a_roster_line_holds_the_title_at_the_body_of_the_page() -> None:
    found = roles(run(PAGE, repaired=True))
    assert ("陈国华", "局长", "新加坡知识产权局") in found
    assert ("林美玲", "副局长", "新加坡知识产权局") in found


def test_a_career_line_gives_earlier_posts_at_the_bodies_it_names() -> None:
    found = roles(run(PAGE, repaired=True))
    assert ("林美玲", "审查部主任", "欧洲专利局") in found


def test_an_earlier_post_at_the_same_body_adds_no_second_role() -> None:
    found = roles(run(PAGE, repaired=True))
    assert [r for r in found if r[0] == "林美玲" and r[2] == "新加坡知识产权局"] == [
        ("林美玲", "副局长", "新加坡知识产权局")
    ]


def test_a_traditional_roster_reads_the_same_way() -> None:
    page = "新加坡知識產權局　首長介紹\n\n主任秘書　黃志明\n督導秘書及人事工作。\n"
    assert ("黃志明", "主任秘書", "新加坡知識產權局") in roles(run(page, repaired=True))


def test_a_post_after_a_pronoun_is_at_the_body_the_sentence_named_before_it() -> None:
    text = (
        "国家知识产权局条法司司长王丽娟接受了采访。\n"
        "王丽娟大学毕业后从审查员做起。2010年，她被派往世界知识产权组织工作，"
        "任专利合作条约法律司法律顾问。\n"
    )
    found = roles(run(text, repaired=True))
    assert ("王丽娟", "条法司司长", "国家知识产权局") in found
    assert ("王丽娟", "专利合作条约法律司法律顾问", "世界知识产权组织") in found


def test_a_title_inside_a_sentence_is_no_roster_line() -> None:
    text = "新加坡知识产权局　新闻\n\n会上，局长陈国华介绍了情况。\n"
    assert ("陈国华", "局长", "新加坡知识产权局") not in roles(run(text, repaired=True))
