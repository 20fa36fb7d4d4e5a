"""Colombia's IP office and the ministry it is attached to, Hong Kong's Department of Justice
and arbitration centre, Macao's lawyers' association and legal training centre, and the IP
department of Macao's economic bureau named with its bureau in English are known in each of
their languages; an English text that names the Superintendence without its
country but beside its ministry is about Colombia's, and its Superintendent, written by
sound in a Chinese text about the same office, is one person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import load_reference
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Superintendencia de Industria y Comercio", "co-sic"),
        ("哥伦比亚工商监管局", "co-sic"),
        ("MinCIT", "co-mincit"),
        ("Ministerio de Comercio, Industria y Turismo", "co-mincit"),
        ("律政司", "hk-doj"),
        ("Hong Kong Department of Justice", "hk-doj"),
        ("HKIAC", "hk-hkiac"),
        ("香港國際仲裁中心", "hk-hkiac"),
        ("澳門律師公會", "mo-aam"),
        ("Associação dos Advogados de Macau", "mo-aam"),
        ("法律及司法培訓中心", "mo-cfjj"),
        ("Centro de Formação Jurídica e Judiciária", "mo-cfjj"),
        ("Intellectual Property Office of Pakistan", "ipo-pk"),
        ("Intellectual Property Organisation of Pakistan", "ipo-pk"),
        (
            "Intellectual Property Department, Macao Economic and Technological Development Bureau",
            "mo-dsedt-ipd",
        ),
        (
            "Intellectual Property Department of the Macao Economic and Technological "
            "Development Bureau",
            "mo-dsedt-ipd",
        ),
    ],
)
def test_each_name_leads_to_its_one_body(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_the_superintendence_sits_under_its_ministry() -> None:
    assert load_reference().orgs["co-sic"].parent == "co-mincit"


def test_a_superintendent_named_in_latin_and_by_sound_in_chinese_is_one_person(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    english = (
        "Medellín, 9 March 2023. A regional patent library of the Superintendence of Industry "
        "and Commerce (SIC), which reports to the Ministry of Commerce, Industry and Tourism "
        "(MinCIT), opened its doors. Mariana Toledo Rojas, Superintendent of the SIC, "
        "inaugurated it.\n"
    )
    chinese = (
        "2023年10月17日，哥伦比亚工商监管局局长玛丽安娜·托莱多·罗哈斯一行访问上海，"
        "与当地企业座谈。\n"
    )
    export = import_texts(ipx, empty_db, tmp_path, english, chinese)
    sic = [o for o in export["organisations"] if o["reference_id"] == "co-sic"]
    assert len(sic) == 1 and "Superintendence of Industry and Commerce" in sic[0]["aliases"]
    people = [p for p in export["people"] if "Mariana Toledo Rojas" in [p["name"], *p["aliases"]]]
    assert len(people) == 1
    assert "玛丽安娜·托莱多·罗哈斯" in [people[0]["name"], *people[0]["aliases"]]
