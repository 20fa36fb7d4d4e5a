"""Japanese family names from a sourced list, names that end before a time word or 透过, an
envoy's field in the title, a foreign family name alone between a body and a title."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("日方代表团团长、协会理事长石黑和彦签字。", "石黑和彦"),
        ("日本某商社总经理佐佐木健二表示将加强合作。", "佐佐木健二"),
        ("研讨会上，株式会社董事长长谷川雅子介绍经验。", "长谷川雅子"),
    ],
)
def test_a_common_japanese_family_name_keeps_the_whole_given_name(sentence: str, name: str) -> None:
    assert name in people(run(sentence, reference=REF))


def test_a_japanese_name_in_traditional_script_ends_before_the_word_for_by_means_of() -> None:
    facts = run("日本特許廳長官松本和夫透過網路向研討會致詞。", reference=REF)
    assert ("松本和夫", "長官", "日本特許廳") in roles(facts)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("日本特許廳商標部部長中村直樹於3月赴首爾出席研討會。", "中村直樹"),
        ("韩国特许厅审查局局长朴成民于2024年5月来访。", "朴成民"),
    ],
)
def test_a_kanji_name_after_a_title_ends_before_the_preposition_of_a_date(
    sentence: str, name: str
) -> None:
    """于/於 before a figure opens the date, as before a verb: no given character."""
    assert name in people(run(sentence, reference=REF))


@pytest.mark.parametrize("when", ["去年", "今年", "昨天", "上午"])
def test_a_foreign_family_name_alone_after_a_title_ends_before_a_time_word(when: str) -> None:
    facts = run(f"欧洲专利局副局长贝克尔{when}在慕尼黑会见了代表团。", reference=REF)
    assert ("贝克尔", "副局长", "欧洲专利局") in roles(facts)


@pytest.mark.parametrize("field", ["科技参赞", "经济商务参赞", "教育领事", "经济公使"])
def test_an_envoys_field_before_the_title_stays_in_the_title_at_the_embassy(field: str) -> None:
    facts = run(f"德国驻华大使馆{field}汉斯·穆勒出席了活动。", reference=REF)
    assert ("汉斯·穆勒", field, "德国驻华大使馆") in roles(facts)


def test_an_envoy_of_a_government_the_text_names_is_at_that_government() -> None:
    facts = run("智利政府代表团访华。智利驻华大使马科斯·加西亚出席。", reference=REF)
    assert ("马科斯·加西亚", "驻华大使", "智利政府") in roles(facts)


def test_a_foreign_family_name_alone_between_a_body_and_a_title_is_a_person() -> None:
    text = "尊敬的欧洲专利局贝克尔副局长，各位嘉宾：欢迎来到研讨会。"
    assert ("贝克尔", "副局长", "欧洲专利局") in roles(run(text, reference=REF))


def test_a_body_s_regional_bureau_before_a_title_is_no_foreign_name() -> None:
    facts = run("会上，世界知识产权组织亚太局局长介绍了项目进展。", reference=REF)
    assert not facts.people


@pytest.mark.parametrize(("name", "title"), [("滨野幸一", "长官"), ("长谷川雅子", "审查员")])
def test_a_japanese_name_between_a_japanese_body_and_a_title_holds_that_title(
    name: str, title: str
) -> None:
    facts = run(f"尊敬的日本特许厅{name}{title}，尊敬的各位来宾：", reference=REF)
    assert (name, title, "日本特许厅") in roles(facts)
