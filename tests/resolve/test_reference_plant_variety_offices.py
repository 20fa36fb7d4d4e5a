"""China's two plant-variety protection offices (the forestry one under its name before and after
the State Forestry Administration became the National Forestry and Grassland Administration in
April 2018, and the agriculture ministry's), the EU's Community Plant Variety Office under the
Chinese names news gives it, and the Dutch inspection service Naktuinbouw are known bodies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import Reference
from tests.imported import import_texts, of_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("国家林业和草原局植物新品种保护办公室", "nfga-pvpo"),
        ("国家林业局植物新品种保护办公室", "nfga-pvpo"),
        ("PVP Office of the State Forestry Administration", "nfga-pvpo"),
        ("农业农村部植物新品种保护办公室", "mara-pvpo"),
        ("农业部植物新品种保护办公室", "mara-pvpo"),
        ("农业农村部科技发展中心", "mara-dcst"),
        ("Community Plant Variety Office", "cpvo"),
        ("欧盟植物新品种保护办公室", "cpvo"),
        ("欧盟植物品种局", "cpvo"),
        ("Naktuinbouw", "naktuinbouw"),
        ("国家林业局", "nfga"),
    ],
)
def test_each_name_leads_to_its_one_body(ref: Reference, name: str, ref_id: str) -> None:
    found = ref.org_named(name)
    assert found is not None and found.id == ref_id


def test_the_forestry_office_bears_its_state_forestry_name_until_april_2018(
    ref: Reference,
) -> None:
    office = ref.orgs["nfga-pvpo"]
    assert office.parent == "nfga"
    former = {n.text: n for n in office.names if n.kind == "previous"}
    assert former["国家林业局植物新品种保护办公室"].valid_to == "2018-04-09"


def test_the_offices_grant_rights_under_their_administration_and_ministry(ref: Reference) -> None:
    assert ref.orgs["nfga-pvpo"].kind == "ip_office"
    assert ref.orgs["mara-pvpo"].kind == "ip_office"
    assert ref.orgs["mara-pvpo"].parent == "cn-mara"


def test_a_chinese_report_of_a_visit_between_the_forestry_office_and_the_cpvo_names_both(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    text = (
        "2016年9月5日，欧盟植物新品种保护办公室代表团访问杭州，与国家林业局植物新品种保护办公室"
        "交流了品种测试经验。\n"
    )
    export = import_texts(ipx, empty_db, tmp_path, text)
    found = {o["reference_id"] for o in export["organisations"]}
    assert {"nfga-pvpo", "cpvo"} <= found
    cpvo = of_reference(export, "cpvo")
    assert cpvo[0]["name"] == "Community Plant Variety Office"
