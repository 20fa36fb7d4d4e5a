"""A foreign official a Chinese text names by the transliteration of the family name alone
(巴蒂斯泰利 for 伯努瓦·巴蒂斯泰利) is the reference person when the text gives that name a post
at a body the reference data has the person serve at."""

from __future__ import annotations

import json
from pathlib import Path


def _people(ipx, db: str) -> list[dict]:
    return json.loads(ipx("export", "--no-text", "--db", db).stdout)["people"]


def _with(people: list[dict], name: str) -> list[dict]:
    return [p for p in people if name in [p["name"], *p["aliases"]]]


def test_a_family_name_part_with_a_post_at_the_persons_body_is_that_person(
    ipx, empty_db, tmp_path: Path
) -> None:
    doc = tmp_path / "zh.txt"
    doc.write_text(
        "2015年4月10日，欧洲专利局局长巴蒂斯泰利在慕尼黑会见了来访的代表团。\n", encoding="utf-8"
    )
    assert ipx("import", str(doc), "--db", empty_db).exit_code == 0
    [person] = _with(_people(ipx, empty_db), "巴蒂斯泰利")
    assert person["name"] == "Benoît Battistelli"


def test_the_same_characters_with_a_post_elsewhere_stay_someone_else(
    ipx, empty_db, tmp_path: Path
) -> None:
    doc = tmp_path / "zh.txt"
    doc.write_text(
        "2015年4月10日，中国专利代理人协会会长巴蒂斯泰利在北京会见了来访的代表团。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(doc), "--db", empty_db).exit_code == 0
    [person] = _with(_people(ipx, empty_db), "巴蒂斯泰利")
    assert person["name"] == "巴蒂斯泰利"
