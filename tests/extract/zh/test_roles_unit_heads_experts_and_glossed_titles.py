"""Officials written body, unit, name, title (某局某司 + 某某 + 副司长); experts with their
field; two dotted names joined after an honorific; a title a converter glossed inside; a
body a writer puts in book brackets."""

from __future__ import annotations

from importers.extract import extract
from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference

REF = load_reference()


def _roles(text: str) -> tuple[DocumentFacts, set[tuple[str, str, str | None]]]:
    facts = extract(text, "zh", reference=REF)
    people = {p.key: p.name for p in facts.people}
    orgs = {o.key: o.name for o in facts.orgs}
    return facts, {(people[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_units_deputy_head_named_between_unit_and_title_serves_the_body() -> None:
    _, roles = _roles("國家知識產權局規劃發展司李文華副司長、專利管理司周敏副司長出席了座談會。")
    assert ("李文華", "副司長", "國家知識產權局") in roles
    assert ("周敏", "副司長", "國家知識產權局") in roles


def test_a_courts_division_before_its_deputy_head_leaves_the_post_at_the_court() -> None:
    _, roles = _roles("上海市高級人民法院民事審判庭王曉明副庭長介紹了審判情況。")
    assert ("王曉明", "副庭長", "上海市高級人民法院") in roles


def test_a_two_character_name_read_as_an_adjective_before_an_honorific_is_a_name() -> None:
    _, roles = _roles("世界知識產權組織總干事高銳博士昨日抵達北京。")
    assert ("高銳", "總干事", "世界知識產權組織") in roles


def test_a_preposition_before_a_whole_name_opens_no_name_of_its_own() -> None:
    facts, _ = _roles("會後，法國專家向王立強轉達了問候。")
    assert not any(p.name.startswith("向") for p in facts.people)


def test_an_experts_field_and_seniority_are_the_title_and_joined_names_are_two() -> None:
    facts, roles = _roles("歐洲專利局機械領域資深專家漢斯·穆勒博士和安娜·施密特博士到訪。")
    assert ("漢斯·穆勒", "機械領域資深專家", "歐洲專利局") in roles
    assert not any("和" in p.name for p in facts.people)


def test_a_title_glossed_inside_keeps_the_form_the_repost_wrote() -> None:
    _, roles = _roles("會上，駐日內瓦代表團臨時(shí)代辦李文峰致辭。")
    assert ("李文峰", "臨時(shí)代辦", "駐日內瓦代表團") in roles


def test_a_body_a_writer_puts_in_book_brackets_is_a_body() -> None:
    facts, _ = _roles("研討會由《台灣電子設備協會》主辦。")
    assert "台灣電子設備協會" in [o.name for o in facts.orgs]
