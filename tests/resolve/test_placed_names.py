"""Names that several countries' bodies share, placed by the document; and the qualified
names the reference data gives bodies of Hong Kong, Macao, Korea, Indonesia and Shenzhen."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference
from tests.imported import import_texts


def test_a_shared_name_is_the_body_of_the_country_the_document_is_about(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "The National Confederation of Industry (CNI) and the National Institute of "
        "Industrial Property (INPI) agreed in Brasília on 3 April 2024 to run joint "
        "training for small manufacturers.\n",
    )
    inpi = next(o for o in data["organisations"] if "INPI" in [o["name"], *o["aliases"]])
    assert inpi["reference_id"] == "inpi-br"
    assert "National Institute of Industrial Property" in inpi["aliases"]


def test_a_shared_name_followed_by_its_country_is_that_countrys_body(
    ipx, empty_db, tmp_path
) -> None:
    """A table's partner cell ("X (INPI), Brazil") places a name several countries' bodies
    share, though no other body of the text is Brazilian."""
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Table 3. Partners in 2024\n\n"
        "Partner | Instrument | Date | Type\n"
        "Eurasian Patent Organization (EAPO) | Work plan on training | 4 June 2024 | Work plan\n"
        "National Institute of Industrial Property (INPI), Brazil | Letter of intent on "
        "search tools | 9 July 2024 | Other\n",
    )
    inpi = next(o for o in data["organisations"] if "INPI" in [o["name"], *o["aliases"]])
    assert inpi["reference_id"] == "inpi-br"


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("Intellectual Property Department (Hong Kong)", "hkipd"),
        ("Commerce and Economic Development Bureau (Hong Kong)", "hk-cedb"),
        ("Economic and Technological Development Bureau (Macao)", "mo-dsedt"),
        ("Ministry of Intellectual Property (Republic of Korea)", "kipo"),
        ("韩国知识产权处", "kipo"),
        ("印度尼西亚法律部", "id-minlaw"),
        ("巴西全国工业联合会", "br-cni"),
        ("欧盟驻华代表团", "eu-delegation-cn"),
        ("香港贸发局", "hk-tdc"),
        ("深圳市市场监督管理局", "shenzhen-amr"),
        ("Shenzhen Municipal Administration for Market Regulation", "shenzhen-amr"),
    ],
)
def test_the_qualified_and_other_script_names_find_their_body(name: str, entry: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == entry


def test_a_generic_name_in_a_text_about_hong_kong_bodies_is_the_hong_kong_body(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "The Hong Kong Trade Development Council will host a licensing fair in May 2026 "
        "together with the Intellectual Property Department (IPD), which is reviewing "
        "its design registration rules.\n",
    )
    ipd = next(o for o in data["organisations"] if "IPD" in [o["name"], *o["aliases"]])
    assert ipd["reference_id"] == "hkipd"


def test_regions_the_countries_table_names_in_chinese_only_still_place_names() -> None:
    from store.text.places import region_places

    assert "Hong Kong" in region_places()["HK"]
    assert "Macao" in region_places()["MO"]
