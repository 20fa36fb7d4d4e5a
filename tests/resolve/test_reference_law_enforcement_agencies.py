"""The EU's law-enforcement agency is known by its official name, its short name, its
former name and its Chinese name, in either script: a text that names it only in Chinese
(as Hong Kong reports of customs meetings do) gives the agency its official name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import load_reference
from tests.imported import import_texts


@pytest.mark.parametrize(
    "name",
    [
        "European Union Agency for Law Enforcement Cooperation",
        "Europol",
        "European Police Office",
        "欧洲刑警组织",
    ],
)
def test_each_name_leads_to_the_agency(name: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == "europol"


def test_the_agency_sits_under_the_union() -> None:
    assert load_reference().orgs["europol"].parent == "eu"


def test_a_traditional_chinese_text_naming_it_gives_its_official_name(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    text = "2031年5月6日，澳門海關與歐洲刑警組織的代表在澳門舉行工作會議，討論打擊冒牌貨品。\n"
    export = import_texts(ipx, empty_db, tmp_path, text)
    found = [o for o in export["organisations"] if o["reference_id"] == "europol"]
    assert len(found) == 1
    assert found[0]["name"] == "European Union Agency for Law Enforcement Cooperation"
