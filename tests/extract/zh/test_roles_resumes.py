"""A profile's 简历: each line a term and a post, each post a role of the person the
profile names, the latest post at a body the one kept (importers/zh/resumes.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import roles, run

NOTICE = (
    "干部任职前公示\n"
    "张丽华\n"
    "性别:女\n"
    "出生年月:1979年4月\n"
    "现任职务:杭州市知识产权局副局长\n"
    "简历:\n"
    "1997.09—2001.07 浙江大学法学院学习\n"
    "2001.07—2008.03 宁波市知识产权局法规处副处长\n"
    "2008.03—2015.10 宁波市知识产权局法规处处长\n"
    "2015.10—2019.12 嘉兴市科学技术局副局长\n"
    "2019.12— 杭州市知识产权局副局长\n"
    "公示时间:2024年5月6日至5月10日。\n"
)


def test_each_post_of_a_resume_is_a_role_of_the_profiled_person() -> None:
    found = roles(run(NOTICE, repaired=True))
    assert ("张丽华", "副局长", "嘉兴市科学技术局") in found
    assert ("张丽华", "副局长", "杭州市知识产权局") in found


def test_of_several_posts_at_one_body_the_latest_is_kept() -> None:
    found = roles(run(NOTICE, repaired=True))
    assert ("张丽华", "法规处处长", "宁波市知识产权局") in found
    assert not any(t == "法规处副处长" for _n, t, _o in found)


def test_lines_of_study_give_no_role() -> None:
    assert not any("浙江大学" in o for _n, _t, o in roles(run(NOTICE, repaired=True)))


def test_a_resume_whose_person_is_given_in_a_name_field_reads_the_same() -> None:
    notice = NOTICE.replace("张丽华\n", "姓名:张丽华\n")
    assert ("张丽华", "副局长", "嘉兴市科学技术局") in roles(run(notice, repaired=True))


def test_a_resume_with_no_person_before_it_gives_no_roles() -> None:
    notice = NOTICE.replace("张丽华\n", "以下为拟任人选情况。\n")
    assert not roles(run(notice, repaired=True))
