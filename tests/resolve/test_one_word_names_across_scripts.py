"""An official known by one name only (common in Indonesia) is written in Latin letters in one
text and by sound in Chinese, with no dot to split, in another: when both hold a post at the
same body the two are one person; a name of other sounds at that body stays another."""

from __future__ import annotations

from pathlib import Path

from store.db import Database
from tests.resolve.people_kb import import_texts, person_ids

ENGLISH = (
    "Jakarta, 12 March 2025 - The Directorate General of Intellectual Property (DGIP) of "
    "Indonesia hosted a seminar on trade mark searches.\n\nThe Director General of the "
    "Directorate General of Intellectual Property of Indonesia, Wiratno, opened the seminar. "
    "Wiratno said examiners from the region were welcome.\n"
)


def _chinese(name: str) -> str:
    return (
        f"2025年4月8日，印度尼西亚知识产权总局局长{name}率团访问南宁，"
        f"双方就地理标志保护交换了意见。{name}局长表示，希望扩大合作。\n"
    )


def test_a_one_word_latin_name_and_its_chinese_sounds_at_one_body_are_one_person(
    db: Database, tmp_path: Path
) -> None:
    import_texts(db, tmp_path, {"en.txt": ENGLISH, "zh.txt": _chinese("维拉特诺")})
    assert len(person_ids(db, "Wiratno", "维拉特诺")) == 1


def test_a_one_word_name_of_other_sounds_at_that_body_stays_another_person(
    db: Database, tmp_path: Path
) -> None:
    import_texts(db, tmp_path, {"en.txt": ENGLISH, "zh.txt": _chinese("哈米德")})
    assert len(person_ids(db, "Wiratno", "哈米德")) == 2
