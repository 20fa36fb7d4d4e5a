"""Name variants and generic names: the forms in which one body's name is looked up."""

from __future__ import annotations

import pytest

from importers.resolve.countries import demonyms, english_names, is_country_name
from importers.resolve.places import is_generic, qualified
from importers.resolve.variants import (
    acronym_first,
    country_forms,
    fold_tokens,
    name_variants,
    short_form,
)


def test_ip_is_intellectual_property_and_office_bureau_administration_are_one() -> None:
    assert name_variants("Shanghai Intellectual Property Bureau") == [
        "Shanghai Intellectual Property Bureau",
        "Shanghai IP Bureau",
        "Shanghai Intellectual Property Office",
        "Shanghai Intellectual Property Administration",
    ]
    assert "Korean Intellectual Property Office" in name_variants("Korean IP Office")


def test_a_country_qualifies_a_body_in_four_ways() -> None:
    forms = [
        "Kenyan Copyright Board",
        "Kenya Copyright Board",
        "Copyright Board (Kenya)",
        "Copyright Board of Kenya",
    ]
    for form in forms:
        assert set(name_variants(form)) == set(forms), form
    assert country_forms("the French National Institute of Industrial Property") == [
        "France National Institute of Industrial Property",
        "National Institute of Industrial Property (France)",
        "National Institute of Industrial Property of France",
    ]
    assert country_forms("Copyright Board of Atlantis") == []


def test_a_country_named_before_a_body_in_several_words_or_its_acronym_qualifies_it() -> None:
    long_name = "United Arab Emirates Ministry of Tourism"
    assert "Ministry of Tourism (United Arab Emirates)" in name_variants(long_name)
    assert "Ministry of Tourism (United Arab Emirates)" in name_variants("UAE Ministry of Tourism")
    assert country_forms("Atlantis Ministry of Tourism") == []


def test_a_countrys_adjective_and_its_name_before_a_body_are_one_body() -> None:
    assert "Ghana Standards Authority" in name_variants("Ghanaian Standards Authority")
    assert "Ghanaian Standards Authority" in name_variants("Ghana Standards Authority")


@pytest.mark.parametrize(
    ("name", "short"),
    [
        (
            "Intellectual Property Office of the Republic of Lithuania",
            "Intellectual Property Office of Lithuania",
        ),
        ("IP Office of the Federal Democratic Republic of Ethiopia", "IP Office of Ethiopia"),
        (
            "Ministry of Economy of the United Arab Emirates",
            "Ministry of Economy of the United Arab Emirates",
        ),
        ("Office of the Grand Duchy of Luxembourg", "Office of Luxembourg"),
        ("哈萨克斯坦共和国司法部", "哈萨克斯坦司法部"),
        ("刚果民主共和国司法部", "刚果司法部"),
    ],
)
def test_a_state_long_form_becomes_its_short_name(name: str, short: str) -> None:
    assert short_form(name) == short


def test_the_peoples_republic_keeps_its_long_form() -> None:
    assert short_form("State Intellectual Property Office of the People's Republic of China") == (
        "State Intellectual Property Office of the People's Republic of China"
    )
    assert short_form("中华人民共和国国家知识产权局") == "中华人民共和国国家知识产权局"


def test_the_name_itself_comes_first_and_no_form_twice() -> None:
    variants = name_variants("Intellectual Property Office of the Republic of Lithuania")
    assert variants[0] == "Intellectual Property Office of the Republic of Lithuania"
    assert len(variants) == len(set(variants))
    assert "Lithuanian Intellectual Property Administration" in variants


def test_generic_names_and_their_placed_forms() -> None:
    assert is_generic("Ministry of Justice") and is_generic("the State Council")
    assert is_generic("Supreme People’s Court")
    assert not is_generic("Shanghai Intellectual Property Bureau")
    assert not is_generic("知识产权局") and not is_generic("")
    assert qualified("the State Council", ["Chinese"]) == [
        "Chinese State Council",
        "State Council of Chinese",
        "State Council of the Chinese",
    ]


def test_folded_tokens() -> None:
    assert fold_tokens("Daren TANG Heng-Shim") == ["daren", "tang", "heng", "shim"]


def test_the_countries_table_as_the_resolver_reads_it() -> None:
    assert english_names()["CN"][:2] == ("China", "Chinese")
    adjective, noun = demonyms()
    assert adjective["Kenyan"] == "Kenya" and noun["Kenya"] == "Kenyan"
    assert is_country_name("singapore") and not is_country_name("Shanghai")


def test_a_patent_bureau_and_a_patent_office_are_one_office() -> None:
    assert "Andean Patent Office" in name_variants("Andean Patent Bureau")
    assert "Patent Bureau of Ruritania" in name_variants("Patent Office of Ruritania")


def test_a_body_of_a_body_named_by_its_acronym_is_written_with_the_acronym_first() -> None:
    assert acronym_first("Patent Bureau of the ARIPO") == "ARIPO Patent Bureau"
    assert acronym_first("Academy of WIPO") == "WIPO Academy"
    assert "ARIPO Patent Office" in name_variants("Patent Bureau of the ARIPO")
    assert acronym_first("Patent Office of Ruritania") is None
    assert acronym_first("Office of the Director General") is None


@pytest.mark.parametrize(
    ("name", "turned"),
    [
        ("Federal Court Patent Division", "Patent Division of the Federal Court"),
        ("Constitutional Court Registry", "Registry of the Constitutional Court"),
        ("Appeals Division of the Federal Court", "Federal Court Appeals Division"),
    ],
)
def test_a_unit_is_written_after_its_bodys_name_or_before_of_it(name: str, turned: str) -> None:
    assert turned in name_variants(name)


@pytest.mark.parametrize(
    "name",
    [
        "Ministry of Justice of the Republic of Lithuania",  # a country, not a body, after "of"
        "China Council for the Promotion of International Trade Suzhou Committee",
        "Korean Intellectual Property Office",  # one head only
    ],
)
def test_a_name_without_a_body_and_a_unit_is_not_turned(name: str) -> None:
    from importers.resolve.variants import unit_turned

    assert unit_turned(name) == []


def test_a_body_of_a_country_is_the_body_of_any_form_of_that_countrys_name() -> None:
    forms = name_variants("Patent Office of P.R.C")
    assert "Patent Office of the People's Republic of China" in forms
    assert "Patent Office of the PRC" in forms
    assert not [f for f in name_variants("Patent Office of Atlantis") if "China" in f]


def test_an_office_named_by_its_subject_is_written_in_either_order() -> None:
    assert "Department of Intellectual Property (Laos)" in name_variants(
        "Intellectual Property Department (Laos)"
    )
    assert "Industrial Property Department of Peru" in name_variants(
        "Department of Industrial Property of Peru"
    )


def test_a_country_called_the_mainland_names_the_countrys_body() -> None:
    assert "中国国家药品监督管理局" in name_variants("中國大陸國家藥品監督管理局")
    assert not [f for f in name_variants("大陸專利代理人協會") if f.startswith("中国")]


def test_an_ampersand_between_words_is_and_written_short() -> None:
    assert "Danish Patent and Trademark Office" in name_variants("Danish Patent & Trademark Office")
    assert "Patent and Design Board" in name_variants("Patent&Design Board")
