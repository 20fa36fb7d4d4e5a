"""Bodies abroad that Chinese news names in Chinese (Kyrgyzstan's patent office, the Caribbean
Community and its short form) are linked to their reference entries, so a Chinese text naming
them meets the same body as an English one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import load_reference
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("吉尔吉斯斯坦专利局", "kg-kyrgyzpatent"),
        ("加勒比共同体", "caricom"),
        ("加共体", "caricom"),
    ],
)
def test_each_chinese_name_leads_to_its_one_body(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_a_chinese_text_naming_kyrgyzstans_patent_office_links_it_to_its_entry(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2026年4月8日，吉尔吉斯斯坦专利局在比什凯克举办商标审查员交流活动，"
        "与会者讨论了地理标志保护。\n",
    )
    assert "kg-kyrgyzpatent" in {o["reference_id"] for o in data["organisations"]}


def test_the_caribbean_community_named_by_its_chinese_short_form_is_one_body(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2026年5月12日，加共体在乔治敦举办区域版权研讨会，邀请三名中国专家授课。\n",
    )
    assert "caricom" in {o["reference_id"] for o in data["organisations"]}
