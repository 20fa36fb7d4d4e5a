"""Participant tables (importers/zh/table.py) and names alone in table cells."""

from __future__ import annotations

from importers import zh
from tests.extract.zh.helpers import SMALL_REF, people, roles, run

PARTICIPANTS = """出席人员名单

姓名 单位 职务
王建国 国家知识产权局 司长
努尔兰·别克 哈萨克斯坦共和国司法部国家知识产权 院长
研究院
阿卜杜拉·卡西莫 乌兹别克斯坦共和国司法部知识产 局长夫 权局
"""


def test_a_participant_table_is_read_row_by_row_with_wrapped_cells() -> None:
    from importers.read import repair_text

    facts = zh.extract(repair_text(PARTICIPANTS), date=None, reference=SMALL_REF, repaired=True)
    got = roles(facts)
    assert ("努尔兰·别克", "院长", "哈萨克斯坦共和国司法部国家知识产权研究院") in got
    assert ("阿卜杜拉·卡西莫夫", "局长", "乌兹别克斯坦共和国司法部知识产权局") in got
    assert "夫" not in people(facts)


def test_a_name_cell_in_a_table_takes_the_organisation_and_title_of_the_next_cell() -> None:
    facts = run("主讲人 单位及职务 \n赵雪梅 \n上海市浦东新区知识产权局 副局长 \n")
    assert ("赵雪梅", "副局长", "上海市浦东新区知识产权局") in roles(facts)


BAR_TABLE = """附件：来宾名单

┌────────────┬────────┬──────────────┐
│ 单 位      │ 姓 名  │ 职 务        │
├────────────┼────────┼──────────────┤
│ 新加坡知识 │ 卡洛斯 │ 副局长       │
│ 产权局     │ ·门多萨│              │
│            │ 林志强 │ 法律事务司司长│
│ 欧洲专利局 │ 周可欣 │ 首席顾问     │
└────────────┴────────┴──────────────┘
"""


def test_a_table_drawn_with_bars_is_read_by_column() -> None:
    got = roles(run(BAR_TABLE, repaired=True))
    assert ("周可欣", "首席顾问", "欧洲专利局") in got  # any text of the title column


def test_a_bar_table_line_without_a_title_continues_the_unit_and_name_above() -> None:
    facts = run(BAR_TABLE, repaired=True)
    assert ("卡洛斯·门多萨", "副局长", "新加坡知识产权局") in roles(facts)
    assert not any("│" in n for o in facts.orgs for n in [o.name, *o.aliases])


def test_an_empty_unit_cell_in_a_bar_table_repeats_the_unit_above() -> None:
    got = roles(run(BAR_TABLE, repaired=True))
    assert ("林志强", "法律事务司司长", "新加坡知识产权局") in got
