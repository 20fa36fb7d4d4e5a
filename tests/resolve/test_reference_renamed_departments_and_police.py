"""Reference data: an office under a former or a country-qualified name is the office itself
(India's DIPP, renamed DPIIT on 27 January 2019; SIPO "of China"; Rospatent's long former
name with the country; CNIPA with the adjective "Chinese"; the UAE's economy ministry under
the country's full name), and INTERPOL, which IP enforcement news names beside customs and
offices, is known by its names in English, French and both Chinese scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import load_reference
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Department for Promotion of Industry and Internal Trade", "in-dpiit"),
        ("DPIIT", "in-dpiit"),
        ("Department of Industrial Policy and Promotion", "in-dpiit"),
        ("Department of Industrial Policy & Promotion", "in-dpiit"),
        ("DIPP", "in-dpiit"),
        ("State Intellectual Property Office of China", "cnipa"),
        ("Chinese National Intellectual Property Administration", "cnipa"),
        (
            "Federal Service for Intellectual Property, Patents and Trademarks of the Russian "
            "Federation",
            "rospatent",
        ),
        ("Russian Federal Service for Intellectual Property, Patents and Trademarks", "rospatent"),
        ("Russian Federal Service for Intellectual Property", "rospatent"),
        ("United Arab Emirates Ministry of Economy", "ae-moe"),
        ("International Criminal Police Organization", "interpol"),
        ("INTERPOL", "interpol"),
        ("Interpol", "interpol"),
        ("国际刑警组织", "interpol"),
        ("國際刑警組織", "interpol"),
    ],
)
def test_each_name_leads_to_its_one_body(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_the_indian_department_s_former_names_end_the_day_before_its_renaming() -> None:
    dpiit = load_reference().orgs["in-dpiit"]
    former = {n.text: n for n in dpiit.names if n.kind == "previous"}
    assert former["DIPP"].valid_to == "2019-01-26"
    assert former["Department of Industrial Policy and Promotion"].valid_to == "2019-01-26"


def test_india_s_patent_office_sits_under_the_department() -> None:
    assert load_reference().orgs["cgpdtm"].parent == "in-dpiit"


def test_texts_before_and_after_the_renaming_name_one_department(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    export = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "New Delhi, 4 May 2017 - The Department of Industrial Policy and Promotion (DIPP) "
        "held a workshop on trade mark examination with the Japan Patent Office.\n",
        "New Delhi, 9 March 2022 - The Department for Promotion of Industry and Internal "
        "Trade (DPIIT) opened a new copyright facilitation cell.\n",
    )
    found = [o for o in export["organisations"] if o["reference_id"] == "in-dpiit"]
    assert len(found) == 1
    assert len(found[0]["sources"]) == 2


def test_interpol_named_in_passing_as_a_host_is_the_organisation(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    export = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Lyon, 3 June 2031 - The Quillon Brand Protection Forum held its anti-counterfeiting "
        "conference, hosted in association with INTERPOL and the World Customs Organization.\n",
    )
    found = [o for o in export["organisations"] if o["reference_id"] == "interpol"]
    assert len(found) == 1
    assert found[0]["name"] == "International Criminal Police Organization"
