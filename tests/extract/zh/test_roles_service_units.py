"""Heads of an institution's service units (importers/zh/service_units.py): a library, an
office or a department named between a university's or an academy's name and its head's title
is part of the title; the post is the institution's, and the unit is no body of the text."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run

SIGNING = (
    "3月5日，北京师范大学与某研究院签署合作协议。"
    "北京师范大学图书馆馆长陈立新、江苏省农业科学院对外合作部主任王海燕出席签约仪式。"
    "江苏省农业科学院对外合作部、北京师范大学有关部门负责人参加。"
)


def test_a_university_librarian_holds_the_library_title_at_the_university() -> None:
    facts = run(SIGNING, repaired=True)
    assert ("陈立新", "图书馆馆长", "北京师范大学") in roles(facts)
    assert "北京师范大学图书馆" not in org_names(facts)


def test_an_academy_department_head_holds_the_department_title_at_the_academy() -> None:
    facts = run(SIGNING, repaired=True)
    assert ("王海燕", "对外合作部主任", "江苏省农业科学院") in roles(facts)
    assert not any(n.endswith("对外合作部") for n in org_names(facts))


def test_an_office_with_a_long_name_goes_into_its_heads_title() -> None:
    text = "武汉大学与某公司签约。武汉大学技术转移与成果转化办公室专利事务主任赵丽出席。"
    facts = run(text, repaired=True)
    assert ("赵丽", "技术转移与成果转化办公室专利事务主任", "武汉大学") in roles(facts)
    assert not any(n.endswith("办公室") for n in org_names(facts))


def test_a_faculty_before_its_deans_title_stays_a_body() -> None:
    facts = run("北京师范大学法学院院长张伟出席。", repaired=True)
    assert ("张伟", "院长", "北京师范大学法学院") in roles(facts)


def test_a_governments_office_before_its_heads_title_stays_a_body() -> None:
    facts = run("国务院新闻办公室主任刘建国出席发布会。", repaired=True)
    assert ("刘建国", "主任", "国务院新闻办公室") in roles(facts)


def test_the_next_items_of_the_list_are_heads_of_other_units_of_the_same_institution() -> None:
    text = "武汉大学与某公司签约。武汉大学技术转移办公室主任赵丽、档案馆事务主管钱伟等出席。"
    assert ("钱伟", "档案馆事务主管", "武汉大学") in roles(run(text, repaired=True))
