"""Constructions found by probes of our own wording: a document concluded by an exchange of
notes (通过换文方式确认), a unit title whose two fields are joined by 及, a Mongolian or Central
Asian name written with no separator, and the one who held a post before its new holder."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, roles, run

CNIPA = "中国国家知识产权局"
IPOS = "新加坡知识产权局"


def test_a_plan_confirmed_by_exchange_of_notes_is_concluded_then_by_both_sides() -> None:
    text = (
        "2024年5月8日，中国国家知识产权局与新加坡知识产权局举行会谈。"
        "双方通过换文方式确认了2024-2025年合作计划。"
    )
    assert agreements(run(text, date="2024-05-10")) == [
        ("2024-2025年合作计划", "work_plan", "2024-05-08", {CNIPA, IPOS})
    ]


def test_by_exchange_of_notes_is_the_means_not_an_adopted_document() -> None:
    text = "2024年5月8日，中国国家知识产权局与新加坡知识产权局通过换文方式确认了合作计划。"
    assert [a[0] for a in agreements(run(text, date="2024-05-10"))] == ["合作计划"]


def test_a_unit_title_joined_by_ji_keeps_both_fields() -> None:
    text = "2024年5月8日，新加坡知识产权局政策及国际事务司司长陈美玲会见了欧洲专利局代表团。"
    assert roles(run(text, date="2024-05-10")) == {("陈美玲", "政策及国际事务司司长", IPOS)}


def test_an_undotted_mongolian_name_after_a_title_ends_where_the_name_ends() -> None:
    text = "2024年5月8日，蒙古知识产权局局长巴特额尔登会见了中国国家知识产权局代表团。"
    got = run(text, date="2024-05-10", reference=load_reference())
    assert {p.name for p in got.people} == {"巴特额尔登"}


def test_an_undotted_name_beginning_with_a_mongolian_syllable_is_read_whole() -> None:
    text = "2024年5月8日，蒙古国知识产权局局长额尔登巴雅尔在乌兰巴托会见中方代表团。"
    got = run(text, date="2024-05-10", reference=load_reference())
    assert {p.name for p in got.people} == {"额尔登巴雅尔"}


def test_the_one_who_held_a_post_before_its_new_holder_held_that_post_too() -> None:
    text = "2024年5月8日，新加坡知识产权局宣布，陈美玲接任局长一职，此前由林国华担任。"
    assert roles(run(text, date="2024-05-10")) == {
        ("陈美玲", "局长", IPOS),
        ("林国华", "局长", IPOS),
    }


def test_a_post_the_new_holder_held_before_is_no_predecessor() -> None:
    text = "2024年5月8日，陈美玲出任新加坡知识产权局局长，此前她担任副局长。"
    assert roles(run(text, date="2024-05-10")) == {("陈美玲", "局长", IPOS)}
