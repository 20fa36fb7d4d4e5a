"""Research organisations, their units, trade-promotion bodies, geographical-indication councils
and the ministries of South-East Asian countries that sign IP cooperation documents are known in
English and, where sources write them so, in Chinese (Simplified and Traditional), each form
leading to one reference entry; a unit names its parent."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Chinese Academy of Sciences", "cas"),
        ("中国科学院", "cas"),
        ("中國科學院", "cas"),
        ("中国科学院知识产权运营管理中心", "cas-ipomc"),
        ("中國科學院知識產權運營管理中心", "cas-ipomc"),
        ("中国科学院科技促进发展局", "cas-bstd"),
        ("中国科学院国际合作局", "cas-bic"),
        ("中國科學院大學", "ucas"),
        ("University of Science and Technology of China", "ustc"),
        ("中国科学技术大学", "ustc"),
        ("中科大", "ustc"),
        ("中国科大", "ustc"),
        ("中国科学院深圳先进技术研究院", "cas-siat"),
        ("Fraunhofer-Gesellschaft", "fraunhofer"),
        ("弗劳恩霍夫协会", "fraunhofer"),
        ("Fraunhofer IIS", "fraunhofer-iis"),
        ("Max-Planck-Gesellschaft", "mpg"),
        ("BNIC", "bnic"),
        ("Consejo Regulador DOCa Rioja", "doca-rioja"),
        ("Consorzio del Prosciutto di Parma", "parma-ham"),
        ("Parmigiano Reggiano Consortium", "parmigiano-reggiano"),
        ("Comité Interprofessionnel du Vin de Champagne", "civc"),
        ("INAO", "inao"),
        ("CNRS", "cnrs"),
        ("法国国家科学研究中心", "cnrs"),
        ("INRAE", "inrae"),
        ("CSIRO", "csiro"),
        ("亥姆霍兹联合会", "helmholtz"),
        ("MATRADE", "matrade"),
        ("Thai Ministry of Commerce", "th-moc"),
        ("Ministry of Commerce of the Kingdom of Cambodia", "kh-moc"),
        ("Department of Intellectual Property Rights (Cambodia)", "kh-dipr"),
        ("Department of Industrial Property (Cambodia)", "kh-dip"),
        ("Ministry of Industry, Science, Technology and Innovation", "kh-misti"),
    ],
)
def test_a_research_or_trade_body_is_found_under_each_of_its_names(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


@pytest.mark.parametrize(
    ("unit", "parent"),
    [
        ("cas-ipomc", "cas"),
        ("cas-bstd", "cas"),
        ("ucas", "cas"),
        ("fraunhofer-iis", "fraunhofer"),
        ("kh-dipr", "kh-moc"),
        ("kh-dip", "kh-misti"),
    ],
)
def test_a_unit_of_a_research_body_or_ministry_names_its_parent(unit: str, parent: str) -> None:
    assert load_reference().orgs[unit].parent == parent


def test_a_ministry_of_commerce_is_known_only_with_its_country() -> None:
    """Many countries have a Ministry of Commerce: the bare name leads to none of them."""
    assert load_reference().org_named("Ministry of Commerce") is None


def test_a_trade_agency_with_offices_in_chinese_cities_is_known_by_its_latin_names_only() -> None:
    """MATRADE, like JETRO and KOTRA, has offices in Chinese cities that sign documents of
    their own; the Chinese extractor keeps such an office whole only when it does not know the
    agency, so the agency's Chinese name is left out."""
    ref = load_reference()
    for name in ("马来西亚对外贸易发展局", "馬來西亞對外貿易發展局"):
        assert ref.org_named(name) is None


def test_a_renamed_ministry_keeps_its_former_name_dated() -> None:
    misti = load_reference().orgs["kh-misti"]
    former = next(n for n in misti.names if n.text.startswith("Ministry of Industry and H"))
    assert former.kind == "previous" and former.valid_to == "2020"
