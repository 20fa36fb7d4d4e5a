"""A word's pinyin spelled in square brackets after its characters (版权[BanQuan]) is no part
of the word: the Chinese extractor reads past it, and the name keeps the form as written."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference
from store.text.glosses import gloss_ranges
from store.text.spelled_readings import spelled_ranges


def test_a_bracket_that_spells_the_characters_before_it_is_a_reading() -> None:
    text = "欧亚专利[ZhuanLi]组织和上海合作[HeZuo]组织"
    assert [text[a:b] for a, b in spelled_ranges(text)] == ["[ZhuanLi]", "[HeZuo]"]
    assert gloss_ranges(text) == spelled_ranges(text)


def test_a_bracket_of_the_texts_own_words_stays() -> None:
    own = "华为公司[Huawei]、世界组织[WIPO]、某某咨询[McKinsey]与合作[ZhuanLi]"
    assert spelled_ranges(own) == []


def test_a_known_body_named_with_a_spelled_reading_inside_is_found_with_that_form() -> None:
    text = "本报讯 欧亚专利[ZhuanLi]组织昨天在莫斯科与一家研究院签署了培训合作协议。"
    facts = extract(text, "zh", reference=load_reference())
    eaporg = next(o for o in facts.orgs if o.ref == "eaporg")
    assert "欧亚专利[ZhuanLi]组织" in eaporg.aliases
