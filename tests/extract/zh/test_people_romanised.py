"""A Chinese name and the romanised form Hong Kong or Macao writes it in (李偉明 and Lei
Wai Meng) are one person of a bilingual text when both hold a role at one body
(importers/zh/sounds.py `romanised_like`, zh/bilingual.py); a transliteration's given name
with a closing nasal (安娜 for Ana) still sounds like the Latin one."""

from __future__ import annotations

import pytest

from importers.extract import extract
from importers.resolve.reference import parse
from importers.zh.sounds import romanised_like, sounds_like

REF = parse(
    [
        {
            "id": "hk-ipd",
            "name": "Intellectual Property Department (Hong Kong)",
            "kind": "ip_office",
            "country": "HK",
            "names": [
                {"text": "Intellectual Property Department"},
                {"text": "IPD", "kind": "acronym"},
                {"text": "知识产权署"},
                {"text": "知識產權署", "lang": "zh-Hant"},
            ],
        },
    ],
    [],
)


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("黃家明", "Wong Ka Ming"),  # 黄 huang written Wong
        ("陳志強", "Chan Chi Keung"),  # 强 qiang written Keung
        ("葉德華", "Yip Tak Wah"),  # a syllable with no consonant before its vowel
        ("林偉傑", "Wai Kit Lim"),  # the family name last
    ],
)
def test_a_chinese_name_is_read_in_its_southern_spelling(han: str, latin: str) -> None:
    assert romanised_like(han, latin)


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("黃家明", "Lee Ka Ming"),  # another family name
        ("黃家明", "Wong Ka"),  # a syllable short
        ("陳志強", "Ho Man Fai"),  # nothing alike
        ("安娜·卡瓦略", "Ana Carvalho"),  # a transliteration is `sounds_like`'s to judge
    ],
)
def test_other_names_are_not(han: str, latin: str) -> None:
    assert not romanised_like(han, latin)


def test_a_transliterated_given_name_with_a_closing_nasal_sounds_alike() -> None:
    assert sounds_like("安娜·卡瓦略", "Ana Carvalho")
    assert not sounds_like("安娜·卡瓦略", "Maria Carvalho")


def test_one_official_named_in_both_scripts_is_one_person() -> None:
    text = (
        "The Intellectual Property Department (IPD) held a seminar on patents today. "
        "The Director of Intellectual Property Department, Chan Chi Keung, opened the seminar "
        "and thanked the speakers from the region.\n\n"
        "知識產權署今日舉辦專利研討會。知識產權署署長陳志強致開幕辭，並感謝各地講者。\n"
    )
    facts = extract(text, "en", reference=REF)
    named = [p for p in facts.people if "陳志強" in [p.name, *p.aliases]]
    assert len(named) == 1 and "Chan Chi Keung" in [named[0].name, *named[0].aliases]
