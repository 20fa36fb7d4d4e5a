"""甲部兼乙部 + title + name: 兼 ("concurrently") joins two bodies of one holder, who holds
the title at both; Singapore's junior ministers' titles (importers/zh/chained_posts.py,
store/text/words/zh.txt [verb_stops], [concurrent_joiners], [titles])."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run


def test_two_bodies_joined_by_jian_are_two_bodies_each_with_the_title() -> None:
    f = run("巴西外交部兼国防部高级顾问李明昨日抵达上海。")
    assert {"巴西外交部", "国防部"} <= org_names(f)
    assert not any("兼" in n for n in org_names(f))
    assert {("李明", "高级顾问", "巴西外交部"), ("李明", "高级顾问", "国防部")} <= roles(f)


def test_a_singapore_senior_minister_of_state_is_a_title() -> None:
    f = run("新加坡贸工部高级政务部长陈思远出席了论坛。")
    assert ("陈思远", "高级政务部长", "新加坡贸工部") in roles(f)


def test_a_body_named_only_by_its_head_s_title_opens_a_chain_of_posts() -> None:
    f = run("图书出版总署署长、国家版权局局长王大明出席了签字仪式。")
    assert "图书出版总署" in org_names(f)
    assert ("王大明", "署长", "图书出版总署") in roles(f)
    assert ("王大明", "局长", "国家版权局") in roles(f)


def test_a_clause_describing_the_holder_is_no_part_of_the_body_s_name() -> None:
    f = run("正在法国访问的图书出版总署署长王大明出席了签字仪式。")
    assert org_names(f) == {"图书出版总署"}
    assert ("王大明", "署长", "图书出版总署") in roles(f)
