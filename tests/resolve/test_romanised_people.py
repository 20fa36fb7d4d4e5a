"""A person named in one document as Hong Kong, Macao or Viet Nam spell the name in Latin
letters (Chan Kin Fai, Dinh Van Son) and in another in Chinese characters (陳建輝, 丁文山) is
one person when both hold the same role at the same body; another role there, or the name
of someone else, keeps them apart."""

from __future__ import annotations

from pathlib import Path

from store.db import Database
from tests.resolve.people_kb import import_texts, person_ids

MACAO_EN = (
    "Macao, 4 March 2024 - Chan Kin Fai, Director of the Economic and Technological "
    "Development Bureau (DSEDT), opened a seminar on trade mark searches.\n"
)
VIET_NAM_EN = (
    "Hanoi, 11 June 2024 - Mr Dinh Van Son, Director General of the Intellectual Property "
    "Office of Viet Nam, received a delegation of examiners.\n"
)


def test_a_macao_name_in_latin_letters_and_in_characters_is_one_person(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "en.txt": MACAO_EN,
            "zh.txt": "2024年5月8日，澳門經濟及科技發展局局長陳建輝會見葡萄牙工業產權局代表團。\n",
        },
    )
    assert len(person_ids(db, "Chan Kin Fai", "陳建輝")) == 1


def test_a_vietnamese_name_in_latin_letters_and_in_characters_is_one_person(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "en.txt": VIET_NAM_EN,
            "zh.txt": "2024年9月2日，越南知识产权局局长丁文山访问国家知识产权局。\n",
        },
    )
    assert len(person_ids(db, "Dinh Van Son", "丁文山")) == 1


def test_another_role_at_the_same_body_keeps_two_people_apart(db: Database, tmp_path: Path) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "en.txt": VIET_NAM_EN,
            "zh.txt": "2024年9月2日，越南知识产权局副局长丁文山访问国家知识产权局。\n",
        },
    )
    assert len(person_ids(db, "Dinh Van Son", "丁文山")) == 2


def test_a_person_whose_chinese_name_is_known_is_not_joined_to_another_chinese_name(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "en.txt": MACAO_EN,
            "zh.txt": "2024年5月8日，澳門經濟及科技發展局局長陳建輝會見葡萄牙工業產權局代表團。\n",
            "zh2.txt": "2025年7月3日，澳門經濟及科技發展局局長陳建飛出席商標註冊講座。\n",
        },
    )
    assert len(person_ids(db, "Chan Kin Fai", "陳建輝")) == 1
    assert len(person_ids(db, "陳建輝", "陳建飛")) == 2
