"""A foreign official written by sound in Simplified and in Traditional Chinese and in Latin
letters is one person when every form holds a role at the same body, even where a text
calls the official by the last part of the transliteration alone and that part opens with
a character that is also a Chinese family name (苏, 史)."""

from __future__ import annotations

from pathlib import Path

from store.db import Database
from tests.resolve.people_kb import import_texts, person_ids

ENGLISH = (
    "Riyadh, 2 February 2025 - Dr. Saeed Al-Suhaimi, Chief Executive Officer of the Saudi "
    "Authority for Intellectual Property (SAIP), opened a workshop on design searches.\n"
)


def test_a_family_part_opening_with_a_family_name_character_does_not_split_the_person(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "en.txt": ENGLISH,
            "simplified.txt": "2025年3月4日，沙特知识产权局首席执行官赛义德•苏海米访问上海。"
            "苏海米介绍了沙特的商标审查工作。\n",
            "traditional.txt": "2025年5月6日，沙特知識產權局行政總裁賽義德・蘇海密到訪香港。"
            "蘇海密表示期望加強合作。\n",
        },
    )
    assert len(person_ids(db, "Saeed Al-Suhaimi", "赛义德•苏海米", "賽義德・蘇海密")) == 1


def test_a_transliteration_at_another_body_stays_another_person(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "en.txt": ENGLISH,
            "other.txt": "2025年3月4日，沙特商务部副部长赛义德•苏海米访问上海。"
            "苏海米介绍了沙特的贸易政策。\n",
        },
    )
    assert len(person_ids(db, "Saeed Al-Suhaimi", "赛义德•苏海米")) == 2
