"""An office whose Chinese name gives a remit it shares with IP (competition and IP) is still
its country's one office; science funds and foundations that sign technology-transfer
agreements, and a city's IP protection centre, are known in English, in their own language
and in both Chinese scripts, each form leading to one reference entry."""

from __future__ import annotations

import pytest

from importers.resolve.national import national_office
from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    "name",
    [
        "秘鲁竞争与知识产权保护局",  # a remit and 与 before the head
        "秘鲁国家保护竞争和知识产权局",  # 国家, a longer remit, then the usual head
        "秘魯國家競爭和知識產權保護局",  # the same in Traditional script
    ],
)
def test_a_remit_shared_with_ip_before_the_head_still_names_the_national_office(
    name: str,
) -> None:
    found = national_office(load_reference(), name)
    assert found is not None and found.id == "indecopi"


@pytest.mark.parametrize(
    "name",
    [
        "美国版权局和专利商标局",  # a body's name before 和: two bodies, not one
        "日本经济产业省和特许厅",  # a ministry and an office joined
        "秘鲁国家竞争和知识产权保护中心",  # no office head after the remit
    ],
)
def test_two_bodies_joined_by_a_conjunction_name_no_national_office(name: str) -> None:
    assert national_office(load_reference(), name) is None


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("秘鲁国家竞争和知识产权保护局", "indecopi"),
        (
            "National Institute for the Defence of Competition and the Protection of "
            "Intellectual Property",
            "indecopi",
        ),
        ("FDCT", "mo-fdct"),
        ("Science and Technology Development Fund (Macao)", "mo-fdct"),
        ("澳門特別行政區政府科學技術發展基金", "mo-fdct"),
        ("澳门科学技术发展基金", "mo-fdct"),
        ("Fundação para a Ciência e a Tecnologia", "pt-fct"),
        ("葡萄牙科學技術基金會", "pt-fct"),
        ("葡萄牙科学技术基金会", "pt-fct"),
        ("Shenzhen Intellectual Property Protection Center", "shenzhen-ippc"),
        ("深圳市知识产权保护中心", "shenzhen-ippc"),
        ("深圳市知識產權保護中心", "shenzhen-ippc"),
    ],
)
def test_an_office_a_fund_and_a_centre_are_found_under_each_of_their_names(
    name: str, ref_id: str
) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


@pytest.mark.parametrize("name", ["科技基金", "科学技术发展基金", "FCT"])
def test_a_fund_s_generic_short_forms_name_no_reference_body(name: str) -> None:
    """科技基金 and a bare FCT are what many funds and foundations are called."""
    assert load_reference().org_named(name) is None


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("厄瓜多尔国家知识产权局", "ec-senadi"),
        ("巴拉圭国家知识产权局", "py-dinapi"),
        ("玻利维亚知识产权局", "bo-senapi"),
        ("多米尼加共和国工业产权局", "do-onapi"),
        ("多米尼加国家工业产权局", "do-onapi"),  # the short name, without 共和国
        ("突尼斯工业产权局", "tn-innorpi"),
        ("乌干达知识产权局", "ug-ursb"),
        ("Intellectual Property Office of Ecuador", "ec-senadi"),
        ("Bolivian Intellectual Property Office", "bo-senapi"),
    ],
)
def test_offices_of_latin_america_and_africa_are_named_by_country_and_office_words(
    name: str, ref_id: str
) -> None:
    found = national_office(load_reference(), name)
    assert found is not None and found.id == ref_id


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("SENADI", "ec-senadi"),
        ("Servicio Nacional de Derechos Intelectuales", "ec-senadi"),
        ("DINAPI", "py-dinapi"),
        ("Oficina Cubana de la Propiedad Industrial", "cu-ocpi"),
        ("ONAPI", "do-onapi"),
        ("Institut National Algérien de la Propriété Industrielle", "dz-inapi"),
        ("INNORPI", "tn-innorpi"),
        ("BRELA", "tz-brela"),
        ("URSB", "ug-ursb"),
    ],
)
def test_an_office_is_found_under_its_own_language_name_and_acronym(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id
