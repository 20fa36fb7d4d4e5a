"""A university's faculty named with its university: before its representative the body is the
university (one who signs for a faculty signs for the university); a faculty named with its
dean or its professors, or as a body that acts, stays a body."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run


def test_a_faculty_s_representative_signs_for_the_university() -> None:
    facts = run("北岭大学与东湾大学医学院代表签署了《联合培养合作协议》。", repaired=True)
    assert "东湾大学" in org_names(facts)
    assert "东湾大学医学院" not in org_names(facts)


def test_a_professor_of_a_faculty_holds_the_rank_at_the_faculty() -> None:
    facts = run("研讨会邀请了南海大学商学院教授周明远作主题发言。", repaired=True)
    assert ("周明远", "教授", "南海大学商学院") in roles(facts)


def test_a_faculty_named_with_its_dean_stays_a_body() -> None:
    facts = run("活动由南海大学法学院协办，法学院院长许立文致辞。", repaired=True)
    assert "南海大学法学院" in org_names(facts)


def test_a_faculty_s_delegation_is_not_its_representative() -> None:
    facts = run("南海大学法学院代表团访问了新加坡知识产权局。", repaired=True)
    assert "南海大学" not in org_names(facts)
