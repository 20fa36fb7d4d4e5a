"""A name ends before a verb of being present (在场, 亦在座); a Japanese or Korean official's
name needs no listed family name between their body and their title; a word jieba runs from
a name into a title is no crossing; a head of state's title with no country named has no
body; a unit the text names as a body of its own holds its head's role."""

from __future__ import annotations

import pytest

from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference, parse
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


def _bodiless(facts: DocumentFacts) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title) for r in facts.roles if r.org is None}


@pytest.mark.parametrize("after", ["在场见证", "亦出席", "也在座", "到场祝贺", "在场观礼"])
def test_a_japanese_name_after_a_title_ends_before_a_verb_of_being_present(after: str) -> None:
    facts = run(f"两会会长签字，日本特许厅技监冈田真司{after}。", reference=REF)
    assert ("冈田真司", "技监", "日本特许厅") in roles(facts)


@pytest.mark.parametrize("name", ["樱庭浩介", "宫之原健"])
def test_a_japanese_name_with_an_unlisted_family_name_between_body_and_title(name: str) -> None:
    facts = run(f"副市长会见了日本贸易振兴机构{name}理事长一行。", reference=REF)
    assert (name, "理事长", "日本贸易振兴机构") in roles(facts)


def test_a_japanese_body_s_unit_before_a_head_s_title_is_no_name() -> None:
    facts = run("日本特许厅国际政策课课长出席会议。", reference=REF)
    assert not people(facts)


def test_a_chinese_name_stays_a_name_when_jieba_joins_its_end_to_the_title() -> None:
    facts = run("由中国专利保护协会李嘉全会长与对方会长共同签字。", reference=REF)
    assert ("李嘉全", "会长", "中国专利保护协会") in roles(facts)


@pytest.mark.parametrize("text", ["王大明总统今日上午接见来访的代表团。", "会后，总统王大明致辞。"])
def test_a_presidents_title_with_no_country_named_is_a_role_with_no_body(text: str) -> None:
    assert ("王大明", "总统") in _bodiless(run(text, reference=REF))


_UNITS = parse(
    [
        {
            "id": "office-a",
            "name": "Example Patent Office",
            "kind": "ip_office",
            "country": "CN",
            "names": [{"text": "甲国专利局"}],
        },
        {
            "id": "office-a-data",
            "name": "Data Services Department (Example Patent Office)",
            "kind": "unit",
            "country": "CN",
            "parent": "office-a",
            "names": [{"text": "甲国专利局数据服务部"}],
        },
    ],
    [],
)


def test_a_units_head_is_at_the_unit_the_text_names_as_a_body_of_its_own() -> None:
    text = "甲国专利局数据服务部与乙方举行会谈。数据服务部部长赵志远致辞。"
    assert ("赵志远", "部长", "甲国专利局数据服务部") in roles(run(text, reference=_UNITS))


def test_a_former_head_of_states_title_after_a_country_gives_no_role_without_a_body() -> None:
    facts = run("代表团拜会了某国前首相山本一郎。", reference=REF)
    assert not _bodiless(facts)


def test_a_korean_body_s_bureau_before_a_head_s_title_is_no_name() -> None:
    facts = run("韩国特许厅专利审查局局长崔民浩出席。", reference=REF)
    assert ("崔民浩", "专利审查局局长", "韩国特许厅") in roles(facts)


def test_a_japanese_name_after_a_unit_s_title_and_in_the_list_item_after_it_is_whole() -> None:
    text = "来访人员包括日本特许厅企划调查课课长樱庭浩介、审查第二部部长宫之原健等人。"
    facts = run(text, reference=REF)
    assert ("樱庭浩介", "企划调查课课长", "日本特许厅") in roles(facts)
    assert ("宫之原健", "审查第二部部长", "日本特许厅") in roles(facts)
