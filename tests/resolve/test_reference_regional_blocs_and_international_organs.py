"""Regional and intergovernmental bodies that IP cooperation news names beside the IP offices
(the Organization of Turkic States, the CIS, the OIC, SICA, Mercosur, the Pacific Alliance, the
AfCFTA Secretariat, the Economic Cooperation Organization, the South Centre) and the organs
and courts whose decisions it reports (the WTO's TRIPS Council, the EPO's Boards of Appeal,
the Court of Justice of the EU, the Benelux Court of Justice) are known in both scripts; an
organ sits under the body it belongs to, and a body's former name is dated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import Reference
from tests.imported import import_texts, of_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Organization of Turkic States", "ots"),
        ("突厥国家组织", "ots"),
        ("Turkic Council", "ots"),
        ("Commonwealth of Independent States", "cis"),
        ("独联体", "cis"),
        ("獨立國家聯合體", "cis"),
        ("Organisation of Islamic Cooperation", "oic"),
        ("伊斯兰合作组织", "oic"),
        ("Sistema de la Integración Centroamericana", "sica"),
        ("中美洲一体化体系", "sica"),
        ("MERCOSUR", "mercosur"),
        ("南方共同市场", "mercosur"),
        ("Alianza del Pacífico", "pacific-alliance"),
        ("太平洋联盟", "pacific-alliance"),
        ("African Continental Free Trade Area Secretariat", "afcfta-secretariat"),
        ("Economic Cooperation Organization", "eco-org"),
        ("South Centre", "south-centre"),
        ("南方中心", "south-centre"),
        ("TRIPS Council", "wto-trips-council"),
        ("与贸易有关的知识产权理事会", "wto-trips-council"),
        ("EPO Boards of Appeal", "epo-boards-of-appeal"),
        ("欧洲专利局上诉委员会", "epo-boards-of-appeal"),
        ("CJEU", "cjeu"),
        ("欧盟法院", "cjeu"),
        ("Benelux Court of Justice", "benelux-court"),
    ],
)
def test_each_name_leads_to_its_one_body(ref: Reference, name: str, ref_id: str) -> None:
    found = ref.org_named(name)
    assert found is not None and found.id == ref_id


@pytest.mark.parametrize(
    ("organ", "body"),
    [
        ("wto-trips-council", "wto"),
        ("epo-boards-of-appeal", "epo"),
        ("cjeu", "eu"),
        ("afcfta-secretariat", "african-union"),
    ],
)
def test_each_organ_sits_under_its_body(ref: Reference, organ: str, body: str) -> None:
    assert ref.orgs[organ].parent == body


def test_the_turkic_council_is_a_former_name_of_the_ots(ref: Reference) -> None:
    former = {n.text: n for n in ref.orgs["ots"].names if n.kind == "previous"}
    assert former["Turkic Council"].valid_to == "2021-11-12"


def test_the_cis_in_english_and_in_chinese_is_one_organisation(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    english = (
        "Minsk, 8 April 2031. The Commonwealth of Independent States hosted a meeting of "
        "patent offices on the protection of trademarks.\n"
    )
    chinese = "2031年5月20日，国家知识产权局与独联体在明斯克举行知识产权合作会议。\n"
    export = import_texts(ipx, empty_db, tmp_path, english, chinese)
    cis = of_reference(export, "cis")
    assert len(cis) == 1
    assert cis[0]["name"] == "Commonwealth of Independent States"
