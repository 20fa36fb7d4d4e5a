"""Roles stated without a title next to the name: a profile's opening apposition
(importers/zh/bios.py), a meeting record's chair and attendance lines (labelled.py), a
signature block set in columns (columns.py), a region head's title with no body (facts.py),
and a conjunction after a title that is no family name (names.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.zh.helpers import people, roles, run


def _bodiless(facts: DocumentFacts) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title) for r in facts.roles if r.org is None}


def test_a_conjunction_after_a_title_opens_no_name() -> None:
    facts = run(
        "座谈会由韩立明局长和魏晓峰司长共同主持，欧洲专利局副局长和新加坡知识产权局代表出席。"
    )
    assert not any(name.startswith("和") for name in people(facts))


def test_a_profile_line_gives_the_post_after_the_comma() -> None:
    text = "嘉宾简介：\n韩立明，欧洲专利局对外合作处处长。\n"
    assert ("韩立明", "对外合作处处长", "欧洲专利局") in roles(run(text, repaired=True))


def test_a_profile_line_takes_the_first_of_chained_titles_and_a_later_career_post() -> None:
    text = "报告人：魏晓峰，新加坡知识产权局局长、教授。曾任国家知识产权局规划发展司司长。\n"
    found = roles(run(text, repaired=True))
    assert ("魏晓峰", "局长", "新加坡知识产权局") in found
    assert ("魏晓峰", "规划发展司司长", "国家知识产权局") in found


def test_a_profile_line_without_a_body_gives_no_role() -> None:
    facts = run("嘉宾简介：\n韩立明，男，长期从事专利审查工作。\n", repaired=True)
    assert not roles(facts)


def test_the_chair_and_attendance_lines_of_a_record_name_posts_at_the_body_that_keeps_it() -> None:
    text = (
        "新加坡知识产权局2026年第3次局务会议纪要\n\n"
        "主持：局长韩立明　　记录：方志诚\n"
        "出席：副局长魏晓峰、主任秘书罗建平\n\n"
        "一、会议听取了工作汇报。\n"
    )
    found = roles(run(text, repaired=True))
    assert ("韩立明", "局长", "新加坡知识产权局") in found
    assert ("魏晓峰", "副局长", "新加坡知识产权局") in found
    assert ("罗建平", "主任秘书", "新加坡知识产权局") in found


def test_a_bare_title_after_a_colon_that_is_no_attendance_label_gets_no_body() -> None:
    text = "新加坡知识产权局工作简报\n\n决定：副局长魏晓峰下月率团出访。\n"
    assert not roles(run(text, repaired=True))


def test_a_signature_block_in_columns_pairs_each_name_with_the_title_and_body_above() -> None:
    text = (
        "本备忘录于2026年5月8日在日内瓦签署，一式两份。\n\n"
        "欧洲专利局　　　　　　国家知识产权局\n"
        "局长　　　　　　　　　副局长\n"
        "韩立明　　　　　　　　魏晓峰\n"
    )
    found = roles(run(text, repaired=True))
    assert ("韩立明", "局长", "欧洲专利局") in found
    assert ("魏晓峰", "副局长", "国家知识产权局") in found


def test_columns_whose_top_line_is_not_all_bodies_are_no_signature_block() -> None:
    text = "欧洲专利局　　　代表团成员\n局长　　　副局长\n韩立明　　　魏晓峰\n"
    found = roles(run(text, repaired=True))
    assert not any(name == "魏晓峰" for name, _t, _o in found)


def test_a_region_head_s_title_with_no_body_is_a_role_without_an_organisation() -> None:
    text = "特此公告。\n\n二零二六年五月八日發佈。\n\n行政長官　韓立明\n"
    assert ("韓立明", "行政長官") in _bodiless(run(text, repaired=True))
