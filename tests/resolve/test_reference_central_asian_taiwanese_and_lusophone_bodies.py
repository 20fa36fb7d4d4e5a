"""Kazakhstan's Ministry of Justice and the patent institute under it, Xinjiang's IP office
under its market-regulation name plate, Taiwan's offices in India and the UK, the Macao
Forum's secretariat and Angola's IP office are known in each of their languages; a minister
named in English in one text and by sound in Chinese in another is one person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import load_reference
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Ministry of Justice of the Republic of Kazakhstan", "kz-moj"),
        ("Ministry of Justice (Kazakhstan)", "kz-moj"),
        ("哈萨克斯坦司法部", "kz-moj"),
        ("National Institute of Intellectual Property (Kazakhstan)", "kz-niip"),
        ("新疆维吾尔自治区市场监督管理局", "xinjiang-uygur-ipo"),
        ("驻印度台北经济文化中心", "tw-tecc-india"),
        ("驻英国台北代表处", "tw-tro-uk"),
        ("中葡論壇常設秘書處", "forum-macao-secretariat"),
        ("中国—葡语国家经贸合作论坛（澳门）常设秘书处", "forum-macao-secretariat"),
        ("Instituto Angolano da Propriedade Industrial", "ao-iapi"),
    ],
)
def test_each_name_leads_to_its_one_body(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_the_patent_institute_sits_under_the_ministry_of_justice() -> None:
    assert load_reference().orgs["kz-niip"].parent == "kz-moj"


def test_angolas_ip_office_named_in_chinese_is_angolas_one_office(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2026年2月5日，澳门经济及科技发展局与安哥拉工业产权局举行视频会议，商讨商标审查人员培训。\n",
    )
    assert "ao-iapi" in {o["reference_id"] for o in data["organisations"]}


def test_a_minister_named_in_latin_and_by_sound_in_chinese_is_one_person(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    english = (
        "Almaty, 3 February 2026. Marat Dzhaksybekov, Minister of Justice of the Republic of "
        "Kazakhstan, opened a seminar on trade mark oppositions for regional judges.\n"
    )
    chinese = (
        "2026年3月10日，哈萨克斯坦共和国司法部部长马拉特·扎克瑟别科夫访问喀什，与当地企业座谈。\n"
    )
    export = import_texts(ipx, empty_db, tmp_path, english, chinese)
    ministry = [o for o in export["organisations"] if o["reference_id"] == "kz-moj"]
    assert len(ministry) == 1
    people = [p for p in export["people"] if "Dzhaksybekov" in str(p)]
    assert len(people) == 1 and "马拉特·扎克瑟别科夫" in [people[0]["name"], *people[0]["aliases"]]
