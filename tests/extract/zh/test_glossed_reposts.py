"""Reposts that a converter glossed with pinyin readings (產(chǎn), 長(zhǎng)): the extractor reads
names and titles past the readings, and each name keeps the form the text wrote as an alias."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference
from store.text.glosses import as_glossed, gloss_ranges
from store.text.script import LOST_HAN
from tests.extract.zh.helpers import people, roles

REF = load_reference()
GLOSSED = (
    "臺北訊 國家知識產(chǎn)權局局長(zhǎng)申長(zhǎng)雨昨日會見了"
    "澳洲發明人協會會長彼得·科達(dá)一行。"
)


def test_a_glossed_office_and_its_head_are_read_past_the_readings() -> None:
    facts = extract(GLOSSED, "zh", reference=REF)
    office = next(o for o in facts.orgs if o.ref == "cnipa")
    assert "國家知識產(chǎn)權局" in office.aliases
    assert any(p.name in ("申長雨", "Shen Changyu") for p in facts.people)
    assert any(t == "局長" for _, t, _ in roles(facts))


def test_a_name_ending_on_a_glossed_character_keeps_its_reading_as_written() -> None:
    facts = extract(GLOSSED, "zh", reference=REF)
    assert "彼得·科達" in people(facts)
    peter = next(p for p in facts.people if p.name == "彼得·科達")
    assert "彼得·科達(dá)" in peter.aliases


def test_only_a_toned_syllable_right_after_a_character_is_a_reading() -> None:
    own = "协议(签署)于2019年生效,附件(b)与说明(de)见下文;Office (chǎn) 與世界組織(WIPO)"
    assert gloss_ranges(own) == []
    text = "知識產(chǎn)權"
    assert [text[a:b] for a, b in gloss_ranges(text)] == ["(chǎn)"]
    assert as_glossed("科達(dá)一行", 0, 2) == "科達(dá)"


LOST = "奧地利專利局局長(zhǎng)瑪麗亞·施?mì)特_勞—霍夫曼昨日出席了研討會並致辭。"


def test_a_name_runs_on_over_characters_the_converter_lost_and_keeps_them_as_written() -> None:
    facts = extract(LOST, "zh", reference=REF)
    person = next(p for p in facts.people if p.name.startswith("瑪麗亞"))
    assert person.name == "瑪麗亞·施?特_勞—霍夫曼"
    assert "瑪麗亞·施?mì)特_勞—霍夫曼" in person.aliases
    assert not any(LOST_HAN in a for a in [person.name, *person.aliases])


def test_a_reading_that_lost_its_bracket_to_a_question_mark_is_still_a_reading() -> None:
    text = "施?mì)特"
    assert [text[a:b] for a, b in gloss_ranges(text)] == ["mì)"]
    assert gloss_ranges("是吗?mì) 不") == []
