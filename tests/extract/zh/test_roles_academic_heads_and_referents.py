"""Heads of universities and research institutes in Chinese text: first, standing and
executive deputies are titles; a body's bracketed short form between its name and a title is
no unit; a title after the body's short form and a unit keeps the unit and is held at the
body; 该 and a body's kind of two characters (该中心) refers to the body of that kind named
last; a name jieba reads as a noun is a name before an honorific."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


@pytest.mark.parametrize(
    "title", ["首席副校长", "常务副校长", "执行副校长", "常务副所长", "执行院长", "常务副理事长"]
)
def test_first_standing_and_executive_deputies_of_academic_bodies_are_titles(title: str) -> None:
    facts = run(f"西南交通大学{title}周立峰在仪式上致辞。")
    assert ("周立峰", title, "西南交通大学") in roles(facts)


def test_a_traditional_first_deputy_vice_chancellor_is_a_title() -> None:
    facts = run("臺灣海洋大學首席副校長林志遠出席簽約儀式。")
    assert ("林志遠", "首席副校長", "臺灣海洋大學") in roles(facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南方材料研究院（南材院）院长陈子航出席。", ("陈子航", "院长", "南方材料研究院")),
        ("嶺南海事大學（海大）校長何美琪教授出席。", ("何美琪", "校長", "嶺南海事大學")),
        ("南方材料研究院（SMRI）副院长陈子航出席。", ("陈子航", "副院长", "南方材料研究院")),
    ],
)
def test_a_bracketed_short_form_between_a_body_and_a_title_is_no_part_of_the_title(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in roles(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "南方材料研究院（南材院）与一家企业签约。南材院成果转化与法务中心执行长陈子航作了介绍。",
            ("陈子航", "成果转化与法务中心执行长", "南方材料研究院"),
        ),
        (
            "西南交通大学（西交大）与企业签约。西交大技术转移中心主任周立峰介绍了成果。",
            ("周立峰", "技术转移中心主任", "西南交通大学"),
        ),
        (
            "嶺南海事大學（海大）與企業簽約。海大研究發展處處長何美琪介紹了成果。",
            ("何美琪", "研究發展處處長", "嶺南海事大學"),
        ),
    ],
)
def test_a_title_after_the_short_form_and_a_unit_keeps_the_unit_at_the_body(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in roles(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "考察团走访了宁波知识产权保护中心，该中心主任吴海涛介绍了快速预审。",
            ("吴海涛", "主任", "宁波知识产权保护中心"),
        ),
        (
            "考察團走訪了寧波知識產權保護中心，該中心副主任吳海濤介紹了快速預審。",
            ("吳海濤", "副主任", "寧波知識產權保護中心"),
        ),
        (
            "代表团访问了西南交通大学，该大学常务副校长周立峰会见了来宾。",
            ("周立峰", "常务副校长", "西南交通大学"),
        ),
        (
            "代表团参观了东海生物技术研究所，该所所长何文涛作了介绍。",
            ("何文涛", "所长", "东海生物技术研究所"),
        ),
    ],
)
def test_this_and_a_kind_of_body_before_a_title_is_the_body_of_that_kind_named_last(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in roles(run(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("西南交通大学技术转移中心主任黄家明博士介绍了成果。", "黄家明"),
        ("西南交通大学校长王家明教授主持仪式。", "王家明"),
        ("西南交通大學技術轉移中心主任黃家明博士介紹了成果。", "黃家明"),
    ],
)
def test_a_name_whose_first_characters_jieba_reads_as_a_noun_is_a_name_before_an_honorific(
    text: str, name: str
) -> None:
    assert name in people(run(text))


@pytest.mark.parametrize("dot", ["·", "•", "・", "･", "．", "‧", "∙", "⋅"])
def test_the_given_part_of_a_dotted_name_before_a_title_is_that_person(dot: str) -> None:
    facts = run(
        f"马来西亚知识产权局局长诺拉扎{dot}阿布巴卡出席会议。诺拉扎局长表示，双方合作顺利。",
        reference=REF,
    )
    (person,) = facts.people
    assert person.name.startswith("诺拉扎") and person.name.endswith("阿布巴卡")
    assert "诺拉扎" in person.aliases


def test_a_traditional_given_part_after_a_dotted_name_is_that_person() -> None:
    facts = run("泰國國家創新署署長帕尼・素旺納出席。帕尼署長指出，合作將擴大。", reference=REF)
    (person,) = facts.people
    assert "帕尼" in person.aliases


def test_a_given_part_two_dotted_names_open_with_refers_to_neither() -> None:
    facts = run(
        "欧亚专利局局长萨伊德·卡里莫夫与副局长萨伊德·鲁斯塔莫夫出席。萨伊德局长致辞。",
        reference=REF,
    )
    for person in facts.people:
        assert "萨伊德" not in person.aliases


def test_a_unit_after_a_short_form_that_its_title_heads_stays_a_body_of_its_own() -> None:
    facts = run(
        "經濟及科技發展局（經科局）與企業簽約。經科局知識產權廳廳長何美琪出席。", reference=REF
    )
    assert ("何美琪", "廳長", "經科局知識產權廳") in roles(facts)
