"""Roles of Chinese officials in an event plan's attendee list (name, a space, then body and
title, items closed by ；: importers/zh/bios.py), a plan's drafting unit under its
heading (importers/zh/role_context.py), career lines dated by years and a profile's subject
named again by the bare name (importers/zh/careers.py), a department's head named by the
field of a directorate-general (总司长), an office for retired staff, and a department every
kind of body has named alone (importers/zh/orgs/units.py, store/text/words/zh.txt)."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run

PLAN = (
    "国家知识产权局与新加坡知识产权局\n"
    "商标审查合作会谈工作方案\n"
    "条法司\n"
    "2025年9月3日\n"
    "\n"
    "会谈由我局条法司承办，地点在北京。\n"
    "一、出席人员\n"
    "我方：郑国平 国家知识产权局副局长；孙立新 条法司司长；何静怡 商标局审查一部部长。\n"
    "新方：陈伟杰 新加坡知识产权局副局长。\n"
)


def test_each_name_first_item_of_an_attendee_list_is_a_role() -> None:
    found = roles(run(PLAN, repaired=True))
    assert ("郑国平", "副局长", "国家知识产权局") in found
    assert ("陈伟杰", "副局长", "新加坡知识产权局") in found


def test_a_unit_head_in_an_attendee_list_holds_the_unit_title_at_the_plans_body() -> None:
    found = roles(run(PLAN, repaired=True))
    assert ("孙立新", "条法司司长", "国家知识产权局") in found
    assert ("何静怡", "商标局审查一部部长", "国家知识产权局") in found


def test_the_drafting_unit_under_a_plans_heading_is_no_body_of_its_own() -> None:
    assert "条法司" not in org_names(run(PLAN, repaired=True))


def test_a_name_and_a_title_in_prose_after_a_space_make_no_attendee_item() -> None:
    text = "会后，代表团参观了展厅 郑国平副局长陪同参观，并介绍了有关情况。"
    assert not any(t == "副局长" and n != "郑国平" for n, t, _o in roles(run(text)))


OBITUARY = (
    "原国家知识产权局专利局副局长林振华同志因病于2025年10月3日逝世。"
    "世界知识产权组织总干事邓鸿森致函吊唁。\n"
    "林振华同志1950年生于福建，1982年进入中国专利局，历任审查员、科长，"
    "1991年起担任国际交流部主任。离休以后，他于2010年至2014年任中国发明协会副理事长。\n"
    "丧事由国家知识产权局离退休干部办公室负责办理。\n"
)


def test_a_post_held_from_a_year_is_a_role_of_the_person_named_last() -> None:
    assert ("林振华", "副理事长", "中国发明协会") in roles(run(OBITUARY, repaired=True))


def test_career_posts_go_to_the_profiled_person_not_to_a_titled_mourner() -> None:
    found = roles(run(OBITUARY, repaired=True))
    assert not any(n == "邓鸿森" and t != "总干事" for n, t, _o in found)


def test_a_common_department_named_alone_is_no_organisation() -> None:
    assert "国际交流部" not in org_names(run(OBITUARY, repaired=True))


def test_an_office_for_retired_staff_is_named_whole() -> None:
    assert "国家知识产权局离退休干部办公室" in org_names(run(OBITUARY, repaired=True))


def test_a_bodys_general_office_still_names_the_body() -> None:
    found = org_names(run("请与浙江省知识产权局办公室联系。", repaired=True))
    assert "浙江省知识产权局" in found
    assert "浙江省知识产权局办公室" not in found


def test_a_directorate_generals_field_stays_in_its_heads_title() -> None:
    text = "欧洲专利局法律事务总司长玛丽亚·兰格出席了研讨会。"
    assert ("玛丽亚·兰格", "法律事务总司长", "欧洲专利局") in roles(run(text))


def test_a_career_line_after_another_person_s_bare_name_is_not_the_titled_person_s() -> None:
    facts = run(
        "新加坡知识产权局局长邝美玲出席。\n据介绍，程致远是南洋理工大学法学硕士，曾任该局审查员、科长。"
    )
    assert {r for r in roles(facts) if r[0] == "邝美玲"} == {("邝美玲", "局长", "新加坡知识产权局")}
