"""A foreign office named with the city it sits in before its country (a Chinese writer
placing the other side's office: 堪培拉 + 澳大利亚知识产权局) is that country's office, and a
country's name before one of its own bodies' names (台湾 + 经济部) is that body: neither is a
new organisation, nor one of the city."""

from __future__ import annotations

import pytest

from importers.resolve.national import national_office, own_country_body
from importers.resolve.reference import load_reference
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("堪培拉澳大利亚知识产权局", "ip-australia"),
        ("東京日本特許廳", "jpo"),
        ("渥太华加拿大知识产权局", "cipo"),
    ],
)
def test_a_city_before_the_country_names_the_countrys_office(name: str, entry: str) -> None:
    found = national_office(load_reference(), name)
    assert found is not None and found.id == entry


@pytest.mark.parametrize(
    "name",
    [
        "广东省澳大利亚知识产权局",  # a province is no city abroad
        "中国澳大利亚知识产权局",  # two countries
        "香港澳大利亚知识产权局",  # a Chinese region
    ],
)
def test_a_province_a_region_or_a_second_country_is_no_seat(name: str) -> None:
    assert national_office(load_reference(), name) is None


@pytest.mark.parametrize("name", ["台湾经济部", "臺灣經濟部", "中国国务院"])
def test_a_countrys_name_before_one_of_its_bodies_is_that_body(name: str) -> None:
    assert own_country_body(load_reference(), name) is not None


def test_a_countrys_name_before_another_countrys_body_is_not_that_body() -> None:
    """经济部 is Taiwan's ministry; Thailand's name before it names no body the data has."""
    assert own_country_body(load_reference(), "泰国经济部") is None


def test_a_known_body_after_a_foreign_city_is_found_whole_in_a_text(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2023年5月8日，台灣經濟部智慧財產局與東京日本特許廳簽署專利審查合作備忘錄。\n",
    )
    names = {o["name"] for o in data["organisations"]}
    assert "Japan Patent Office" in names
    assert not any(n.startswith("東京") for n in names)
    assert "Ministry of Economic Affairs (Taiwan)" in names
    assert "臺灣經濟部" not in names
