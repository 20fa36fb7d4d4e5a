"""A word that follows names (代表, 陪同), read whole right after a title, is the verb of the
official named before the title (某某副局长代表某局致辞), never a family name and its given
characters: no person 代表国 or 代表中 is read there. A region's Chief Executive whose title
the region's name opens (香港特别行政区行政长官) holds it at that region's government. A
joiner after a title (局长与某·某) opens no dotted name, and 以 opening 以色列 is the body's
own first character, not a preposition before it. A field before a director's title in a
、-list (资深审查主任) stays in the title, held at the list's body."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


def test_on_behalf_of_after_a_name_and_title_is_no_second_person() -> None:
    facts = run("欧洲专利局的周海峰副局长代表欧洲专利局在开幕式上致辞。")
    assert not any(name.startswith("代表") for name in people(facts))


def test_on_behalf_of_a_side_after_a_title_is_no_person() -> None:
    facts = run("吴慧敏处长代表中方在备忘录上签字。")
    assert people(facts) == {"吴慧敏"}


def test_a_title_before_a_name_still_reads_its_holder() -> None:
    facts = run("欧洲专利局副局长代玉林出席了研讨会。")
    assert ("代玉林", "副局长", "欧洲专利局") in roles(facts)


def test_a_chief_executive_after_the_region_s_name_is_at_its_government() -> None:
    text = "在澳门特别行政区行政长官何志远的见证下，两家机构交换了合作文本。"
    assert ("何志远", "行政长官", "澳门特别行政区政府") in roles(run(text, reference=REF))


def test_a_traditional_chief_executive_after_the_region_s_name_is_at_its_government() -> None:
    text = "香港特別行政區行政長官陳德明今日為展覽會主持開幕禮。"
    found = {(name, org) for name, _title, org in roles(run(text, reference=REF))}
    assert ("陳德明", "香港特别行政区政府") in found


def test_a_chief_executive_with_no_region_written_keeps_no_body() -> None:
    facts = run("行政长官何志远为展览会主持开幕。", reference=REF)
    assert [r.org for r in facts.roles] == [None]


def test_a_joiner_after_a_title_opens_no_dotted_name() -> None:
    text = "午宴后，欧洲专利局周海峰局长与玛丽亚·罗西局长一起参观了展厅。"
    names = people(run(text))
    assert "玛丽亚·罗西" in names
    assert not any(name.startswith("与") for name in names)


def test_a_body_of_israel_keeps_its_first_character_before_a_title() -> None:
    text = "以色列专利局局长艾拉·科恩在研讨会上发言。"
    facts = run(text, reference=REF)
    assert ("艾拉·科恩", "局长", "以色列专利局") in roles(facts)
    assert {o.name for o in facts.orgs} == {"以色列专利局"}


def test_a_field_before_a_director_s_title_in_a_list_keeps_the_list_s_body() -> None:
    text = "欧洲专利局副局长周海峰、资深审查主任李文静出席了座谈会。"
    assert ("李文静", "资深审查主任", "欧洲专利局") in roles(run(text))
