"""A body's history page lists its past heads in a table of names and terms under a line
that names the post (历任局长): each name held that post at the body the page is of
(importers/zh/heads.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run

PAGE = (
    "新加坡知识产权局　历史沿革\n\n"
    "本局成立以来的历任局长如下：\n"
    "| 序号 | 姓名 | 任期 |\n"
    "|---|---|---|\n"
    "| 1 | 陈国华 | 2001年—2010年 |\n"
    "| 2 | 林美玲 | 2010年至今 |\n"
)


def test_each_name_of_a_past_heads_table_held_the_post_at_the_page_s_body() -> None:
    found = roles(run(PAGE, repaired=True))
    assert ("陈国华", "局长", "新加坡知识产权局") in found
    assert ("林美玲", "局长", "新加坡知识产权局") in found


def test_a_rule_line_glued_to_the_first_row_still_gives_its_name() -> None:
    glued = PAGE.replace("|---|---|---|\n", "|---|---|---| ")
    assert ("陈国华", "局长", "新加坡知识产权局") in roles(run(glued, repaired=True))


def test_a_table_of_names_without_a_term_column_is_not_a_list_of_heads() -> None:
    page = PAGE.replace("任期", "备注")
    assert not {"陈国华", "林美玲"} & people(run(page, repaired=True))


def test_a_later_post_stated_in_a_past_heads_row_is_a_role_of_that_head_too() -> None:
    page = PAGE.replace("| 序号 | 姓名 | 任期 |", "| 序号 | 姓名 | 任期 | 离任后 |")
    page = page.replace("|---|---|---|", "|---|---|---|---|")
    page = page.replace("2001年—2010年 |", "2001年—2010年 | 2012年起任世界知识产权组织副总干事 |")
    page = page.replace("2010年至今 |", "2010年至今 | — |")
    found = roles(run(page, repaired=True))
    assert ("陈国华", "局长", "新加坡知识产权局") in found
    assert ("陈国华", "副总干事", "世界知识产权组织") in found
    assert not any(n == "林美玲" and o == "世界知识产权组织" for n, _t, o in found)


ENTRY = (
    "新加坡知识产权局\n"
    "新加坡知识产权局是新加坡律政部所属法定机构。\n"
    "历任首长\n"
    "1. 陈国华(2001年3月-2010年6月)\n"
    "2. 黄志明(2010年6月-2015年4月),后出任世界知识产权组织副总干事\n"
    "3. 林美玲(2015年4月-今)\n"
    "合作\n"
    "2020年,新加坡知识产权局与欧洲专利局签署合作备忘录,局长林美玲出席。\n"
)


def test_a_list_of_heads_with_terms_under_a_generic_marker_takes_the_page_s_title() -> None:
    found = roles(run(ENTRY, repaired=True))
    assert ("陈国华", "局长", "新加坡知识产权局") in found
    assert ("黄志明", "局长", "新加坡知识产权局") in found
    assert ("林美玲", "局长", "新加坡知识产权局") in found


def test_a_later_post_on_a_head_s_list_line_is_a_role_of_that_head() -> None:
    found = roles(run(ENTRY, repaired=True))
    assert ("黄志明", "副总干事", "世界知识产权组织") in found
    assert not any(n == "陈国华" and o == "世界知识产权组织" for n, _t, o in found)


def test_a_generic_list_whose_heads_the_page_never_titles_gives_no_roles() -> None:
    entry = ENTRY.replace("局长林美玲出席", "双方代表出席")
    assert not {"陈国华", "黄志明"} & people(run(entry, repaired=True))


def test_a_list_of_names_with_terms_under_a_titled_marker_holds_that_title() -> None:
    page = "新加坡知识产权局 机构沿革\n本局历任局长:\n陈国华(2001年-2010年)\n林美玲(2010年至今)\n"
    found = roles(run(page, repaired=True))
    assert ("陈国华", "局长", "新加坡知识产权局") in found
    assert ("林美玲", "局长", "新加坡知识产权局") in found


LEADERS = (
    "中国(福建)知识产权运营中心\n"
    "中文名：中国(福建)知识产权运营中心\n"
    "历任领导\n"
    "姓名|职务|任职时间\n"
    "郑文涛|主任|2011年3月—2017年9月\n"
    "黄秀英|副主任|2014年1月—2020年2月\n"
    "林国栋|主任|2017年9月至今\n"
)


def test_a_leaders_table_gives_each_name_the_post_its_title_cell_states() -> None:
    found = roles(run(LEADERS, repaired=True))
    assert ("郑文涛", "主任", "中国(福建)知识产权运营中心") in found
    assert ("黄秀英", "副主任", "中国(福建)知识产权运营中心") in found
    assert ("林国栋", "主任", "中国(福建)知识产权运营中心") in found


def test_a_leaders_table_without_a_title_column_gives_no_roles() -> None:
    page = LEADERS.replace("姓名|职务|任职时间", "姓名|籍贯|任职时间")
    assert not {"郑文涛", "林国栋"} & people(run(page, repaired=True))
