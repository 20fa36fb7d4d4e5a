"""A region's own texts name its bodies without the region (自治区人民政府, 省知识产权局): the
body is that of the one region or province of that level the document's other names give."""

from __future__ import annotations

from typing import Any

from importers.resolve.local_forms import local_places, with_place
from importers.resolve.reference import load_reference
from tests.imported import import_texts


def test_the_one_place_of_a_level_the_names_give() -> None:
    names = ["宁夏回族自治区知识产权局", "自治区人民政府", "银川市知识产权局"]
    assert local_places(load_reference(), names) == {"自治区": "宁夏回族自治区"}


def test_a_place_whose_government_is_unknown_is_no_place_of_its_level() -> None:
    assert local_places(load_reference(), ["日本经济产业省特许厅"]) == {}


def test_two_places_of_one_level_decide_nothing() -> None:
    names = ["宁夏回族自治区知识产权局", "广西壮族自治区知识产权局"]
    assert local_places(load_reference(), names) == {}


def test_a_name_that_opens_with_its_level_is_placed() -> None:
    places = {"自治区": "宁夏回族自治区"}
    assert with_place("自治区人民政府", places) == ["宁夏回族自治区人民政府"]
    assert with_place("自治區人民政府", places) == ["宁夏回族自治区人民政府"]
    assert with_place("省人民政府", places) == []
    assert with_place("市场监督管理局", places) == []


def test_the_regional_government_of_a_regional_text_is_the_regions(
    ipx: Any, empty_db: str, tmp_path: Any
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2026年4月8日，宁夏回族自治区知识产权局与约旦工业贸易部在银川签署地理标志合作备忘录，"
        "自治区人民政府副主席马立新出席。\n",
    )
    government = [o for o in data["organisations"] if "人民政府" in str(o)]
    assert [o["reference_id"] for o in government] == ["ningxia-hui-government"]
