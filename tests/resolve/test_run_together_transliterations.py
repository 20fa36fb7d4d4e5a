"""A foreign name transliterated into Chinese without name dots (卡里姆哈米德拉扎克) and the
Latin name it renders (Karim Hamid Razak) are one person when both hold a role at the same
body: with no dot to tell the words apart, the sounds of the whole name are compared."""

from __future__ import annotations

import json
from pathlib import Path


def _people(ipx, db: str) -> list[dict]:
    return json.loads(ipx("export", "--no-text", "--db", db).stdout)["people"]


def test_a_run_together_transliteration_and_the_latin_name_are_one_person(
    ipx, empty_db, tmp_path: Path
) -> None:
    en, zh = tmp_path / "en.txt", tmp_path / "zh.txt"
    en.write_text(
        "Kuala Lumpur, 8 April 2025 - The Director General of the Intellectual Property "
        "Corporation of Malaysia (MyIPO), Karim Hamid Razak, opened the patent clinic.\n",
        encoding="utf-8",
    )
    zh.write_text(
        "2025年6月3日，马来西亚知识产权局总监卡里姆哈米德拉扎克来访国家知识产权局。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(en), str(zh), "--db", empty_db).exit_code == 0
    named = [p for p in _people(ipx, empty_db) if "Karim Hamid Razak" in [p["name"], *p["aliases"]]]
    [person] = named
    assert "卡里姆哈米德拉扎克" in [person["name"], *person["aliases"]]
