"""IP offices of Europe and Central Asia are known by the Chinese names Chinese and Taiwanese
writing gives them: Simplified, and Traditional where Taiwan writes one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import load_reference
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("保加利亚专利局", "bg-bpo"),
        ("克罗地亚共和国国家知识产权局", "hr-dziv"),
        ("克羅埃西亞國家智慧財產局", "hr-dziv"),
        ("斯洛伐克共和國工業產權局", "sk-upv"),
        ("斯洛伐克工業產權局", "sk-upv"),
        ("摩尔多瓦国家知识产权局", "md-agepi"),
        ("阿塞拜疆共和国知识产权局", "az-ipa"),
        ("芬兰国家专利注册局", "prh"),
        ("拉脱维亚专利局", "lv-lrpv"),
        ("立陶宛共和國國家專利局", "lt-vpb"),
    ],
)
def test_each_chinese_name_leads_to_its_one_office(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_an_office_named_in_chinese_is_the_listed_office(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2026年3月9日，摩尔多瓦国家知识产权局派员来访，双方交流了地理标志审查实务。\n",
    )
    assert "md-agepi" in {o["reference_id"] for o in data["organisations"]}
