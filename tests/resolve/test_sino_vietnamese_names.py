"""A Vietnamese name in Latin letters (Nguyen Van Hung) and the same name in Chinese
characters (阮文雄) are one person when both hold the same role at the same body: a
Vietnamese name is the Sino-Vietnamese reading of its characters, read from Unihan's
kVietnamese field, which no Mandarin reading tells (阮 is ruan). A name whose characters
read otherwise stays apart."""

from __future__ import annotations

from pathlib import Path

from importers.resolve.romanised import vietnamese_readings
from store.db import Database
from tests.resolve.people_kb import import_texts, person_ids

LATIN = (
    "Hanoi, 12 March 2025 - Nguyen Van Hung, Deputy Director General of the Intellectual "
    "Property Office of Viet Nam, opened a seminar on geographical indications.\n"
)


def test_a_chinese_name_is_read_as_viet_nam_reads_it() -> None:
    assert "nguyenvanhung" in vietnamese_readings("阮文雄")
    assert "dinhhuuphi" in vietnamese_readings("丁友非")


def test_the_latin_and_the_chinese_form_of_a_vietnamese_name_are_one_person(
    db: Database, tmp_path: Path
) -> None:
    chinese = "2025年4月8日，越南知识产权局副局长阮文雄一行访问国家知识产权局。\n"
    import_texts(db, tmp_path, {"a.txt": LATIN, "b.txt": chinese})
    assert len(person_ids(db, "Nguyen Van Hung", "阮文雄")) == 1


def test_characters_that_read_otherwise_name_someone_else(db: Database, tmp_path: Path) -> None:
    chinese = "2025年4月8日，越南知识产权局副局长阮文明一行访问国家知识产权局。\n"
    import_texts(db, tmp_path, {"a.txt": LATIN, "b.txt": chinese})
    assert len(person_ids(db, "Nguyen Van Hung", "阮文明")) == 2
