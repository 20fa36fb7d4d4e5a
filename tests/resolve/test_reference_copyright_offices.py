"""National copyright offices and the bodies around them that copyright cooperation news names
(the U.S. Copyright Office under the Library of Congress, Korea's Copyright Commission and
Copyright Protection Agency under its culture ministry, Japan's Agency for Cultural Affairs,
Vietnam's Copyright Office) are known by their official names and by how Chinese news writes
them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import Reference
from tests.imported import import_texts, of_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("U.S. Copyright Office", "us-copyright-office"),
        ("United States Copyright Office", "us-copyright-office"),
        ("美国版权局", "us-copyright-office"),
        ("美國著作權局", "us-copyright-office"),
        ("Library of Congress", "us-loc"),
        ("Korea Copyright Commission", "kr-copyright-commission"),
        ("한국저작권위원회", "kr-copyright-commission"),
        ("韩国著作权委员会", "kr-copyright-commission"),
        ("Korea Copyright Protection Agency", "kr-copyright-protection-agency"),
        ("韩国文化体育观光部", "kr-mcst"),
        ("文化庁", "jp-aca"),
        ("日本文化厅", "jp-aca"),
        ("Agency for Cultural Affairs (Japan)", "jp-aca"),
        ("越南版权局", "vn-cov"),
    ],
)
def test_each_name_leads_to_its_one_office(ref: Reference, name: str, ref_id: str) -> None:
    found = ref.org_named(name)
    assert found is not None and found.id == ref_id


def test_the_copyright_offices_sit_under_their_library_and_ministry(ref: Reference) -> None:
    assert ref.orgs["us-copyright-office"].parent == "us-loc"
    assert ref.orgs["kr-copyright-commission"].parent == "kr-mcst"


def test_the_us_copyright_office_in_english_and_in_chinese_is_one_organisation(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    english = (
        "Washington, 3 March 2031. The U.S. Copyright Office and the Korea Copyright "
        "Commission held a joint seminar on online piracy.\n"
    )
    chinese = "2031年4月8日，国家版权局代表团访问美国版权局，双方就网络版权保护交换意见。\n"
    export = import_texts(ipx, empty_db, tmp_path, english, chinese)
    office = of_reference(export, "us-copyright-office")
    assert len(office) == 1
    assert office[0]["name"] == "U.S. Copyright Office"
    assert "美国版权局" in office[0]["aliases"]
    assert of_reference(export, "kr-copyright-commission")
