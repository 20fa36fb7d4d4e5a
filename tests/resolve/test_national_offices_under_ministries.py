"""A country's one IP office is still meant when a Chinese name gives the state's long form,
the ministry the office belongs to, or Hong Kong's or Taiwan's word for an office; a ministry's
dated former name (a ministry split in two) is the same reference body."""

from __future__ import annotations

import pytest

from importers.resolve.national import national_office
from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("泰国商业部知识产权厅", "dip-th"),  # the ministry between the country and the office
        ("泰王國商業部智慧財產廳", "dip-th"),  # long form, ministry and Taiwan's term
        ("马来西亚联邦国内贸易部知识产权局", "myipo"),
        ("印度尼西亚法律和人权部知识产权总局", "dgip-id"),
        ("新加坡律政部知识产权局", "ipos"),
    ],
)
def test_a_parent_ministry_before_the_office_words_still_names_the_national_office(
    name: str, entry: str
) -> None:
    found = national_office(load_reference(), name)
    assert found is not None and found.id == entry


@pytest.mark.parametrize("name", ["泰王国知识产权厅", "泰王國智慧財產局"])
def test_a_one_character_country_in_its_long_form_names_its_office(name: str) -> None:
    """泰王国 keeps only 泰 of 泰国: the long form cannot be cut to a two-character name."""
    found = national_office(load_reference(), name)
    assert found is not None and found.id == "dip-th"


@pytest.mark.parametrize("name", ["英國智慧財產局", "英國知識產權署", "英国知识产权署"])
def test_the_uk_office_in_taiwan_and_hong_kong_words_is_the_uk_office(name: str) -> None:
    found = national_office(load_reference(), name)
    assert found is not None and found.id == "ukipo"


@pytest.mark.parametrize("name", ["澳洲智慧財產局", "澳洲知識產權局"])
def test_australia_by_its_taiwan_and_hong_kong_name_names_its_office(name: str) -> None:
    """澳洲 is Australia in Taipei, Hong Kong and Macao texts, 澳大利亚 on the mainland."""
    found = national_office(load_reference(), name)
    assert found is not None and found.id == "ip-australia"


@pytest.mark.parametrize(
    "name",
    [
        "英国驻华使馆经济部知识产权局",  # a section of a mission abroad, not a home ministry
        "印度尼西亚东部知识产权局",  # a region of the country, no ministry
        "越南广宁省知识产权局",  # a province's office, not the national one
        "泰国商业部",  # the ministry itself
    ],
)
def test_a_region_a_mission_or_the_ministry_alone_names_no_national_office(name: str) -> None:
    assert national_office(load_reference(), name) is None


def test_a_ministry_renamed_by_a_split_keeps_its_former_name_with_its_end() -> None:
    ref = load_reference()
    found = ref.org_named("Ministry of Law and Human Rights (Indonesia)")
    assert found is not None and found.id == "id-minlaw"
    former = [n for n in found.names if n.text == "Kementerian Hukum dan Hak Asasi Manusia"]
    assert former and former[0].kind == "previous" and former[0].valid_to == "2024-10"


def test_a_generic_office_name_placed_in_brackets_is_its_reference_entry() -> None:
    found = load_reference().org_named("Intellectual Property Office (United Kingdom)")
    assert found is not None and found.id == "ukipo"
