"""Lists of people that open each line with a label: a delegation notice's members (团长：
某某　X局局长), read like a row of cells, and a school's profile page, whose leaders stand
one title, a colon and a name a line (党委书记：某某, 院长：某某　教授) and whose text calls
the school 学院: each leader holds the post at the school, and 学院与X签署 is the school's
signing."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, people, roles, run

REF = load_reference()

DELEGATION = (
    "二、团组成员：\n"
    "团长：赵振华　江苏省知识产权局局长\n"
    "成员：钱佳慧　江苏省知识产权局条法处处长\n"
    "　　　孙浩然　江苏省知识产权保护中心副主任\n"
)


def test_a_member_after_a_line_label_holds_the_title_at_the_body_on_that_line() -> None:
    found = roles(run(DELEGATION, "2025-05-01", reference=REF, repaired=True))
    assert ("赵振华", "局长", "江苏省知识产权局") in found
    assert any(r[0] == "钱佳慧" and r[2] == "江苏省知识产权局" for r in found)
    assert ("孙浩然", "副主任", "江苏省知识产权保护中心") in found


def test_a_name_alone_after_a_label_takes_no_title_from_the_next_line() -> None:
    text = "审核：周子墨\n吴一凡　江苏省知识产权局副局长\n"
    found = roles(run(text, "2025-05-01", reference=REF, repaired=True))
    assert not any(r[0] == "周子墨" for r in found)


PROFILE = (
    "首页 > 学院介绍\n\n"
    "学院介绍\n\n"
    "华中科技大学法学院是国内较早设立的法学院之一，设有知识产权、国际法等专业。"
    "学院现有教师八十余人。\n\n"
    "学院领导\n"
    "党委书记：冯志远\n"
    "院长：陈思齐　教授\n"
    "副院长：褚文静　教授\n\n"
    "对外交流\n"
    "2023年5月，学院与欧洲专利局签署《学术交流谅解备忘录》。\n"
)


def test_each_leader_on_a_profile_page_holds_the_post_at_the_school() -> None:
    found = roles(run(PROFILE, "2025-05-01", reference=REF, repaired=True))
    assert ("冯志远", "党委书记", "华中科技大学法学院") in found
    assert ("陈思齐", "院长", "华中科技大学法学院") in found
    assert ("褚文静", "副院长", "华中科技大学法学院") in found


def test_an_academic_rank_after_a_leaders_name_is_no_part_of_the_name() -> None:
    assert {"陈思齐", "褚文静"} <= people(run(PROFILE, "2025-05-01", reference=REF, repaired=True))


def test_the_school_a_profile_calls_by_its_kind_signs_its_agreements() -> None:
    found = agreements(run(PROFILE, "2025-05-01", reference=REF, repaired=True))
    assert [(t, p) for t, _k, _d, p in found] == [
        ("学术交流谅解备忘录", {"华中科技大学法学院", "欧洲专利局"})
    ]
