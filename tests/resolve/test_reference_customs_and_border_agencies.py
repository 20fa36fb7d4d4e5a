"""The customs and border agencies that sign IP-enforcement memoranda with one another, and the
US bodies around them (the Department of Homeland Security, its customs and investigation
agencies, the IPR Center, the Trade Representative's office), are known by their official,
short and Chinese names in either script; China's customs is also known by the English name
foreign customs give it, and INTERPOL by the short Chinese name news uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import Reference
from tests.imported import import_texts, of_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("U.S. Customs and Border Protection", "us-cbp"),
        ("CBP", "us-cbp"),
        ("美国海关与边境保护局", "us-cbp"),
        ("美国海关和边境保护局", "us-cbp"),
        ("美國海關及邊境保衛局", "us-cbp"),
        ("U.S. Immigration and Customs Enforcement", "us-ice"),
        ("美国移民与海关执法局", "us-ice"),
        ("Homeland Security Investigations", "us-hsi"),
        ("National Intellectual Property Rights Coordination Center", "us-ipr-center"),
        ("IPR Center", "us-ipr-center"),
        ("U.S. Department of Homeland Security", "us-dhs"),
        ("美国国土安全部", "us-dhs"),
        ("Office of the United States Trade Representative", "ustr"),
        ("USTR", "ustr"),
        ("美国贸易代表办公室", "ustr"),
        ("美國貿易代表署", "ustr"),
        ("Japan Customs", "jp-customs"),
        ("日本海关", "jp-customs"),
        ("Korea Customs Service", "kr-customs"),
        ("韩国关税厅", "kr-customs"),
        ("DG TAXUD", "eu-taxud"),
        ("Directorate-General for Taxation and Customs Union", "eu-taxud"),
        ("欧盟税务和关税联盟总司", "eu-taxud"),
        ("財政部關務署", "tw-customs"),
        ("Customs Administration, Ministry of Finance (Taiwan)", "tw-customs"),
        ("Federal Customs Service of Russia", "ru-fcs"),
        ("俄罗斯联邦海关署", "ru-fcs"),
        ("HM Revenue and Customs", "uk-hmrc"),
        ("Canada Border Services Agency", "ca-cbsa"),
        ("General Administration of China Customs", "gacc"),
        ("国际刑警", "interpol"),
    ],
)
def test_each_name_leads_to_its_one_agency(ref: Reference, name: str, ref_id: str) -> None:
    found = ref.org_named(name)
    assert found is not None and found.id == ref_id


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        ("us-cbp", "us-dhs"),
        ("us-ice", "us-dhs"),
        ("us-hsi", "us-ice"),
        ("us-ipr-center", "us-hsi"),
        ("eu-taxud", "european-commission"),
    ],
)
def test_each_agency_sits_under_the_body_it_answers_to(
    ref: Reference, child: str, parent: str
) -> None:
    assert ref.orgs[child].parent == parent


def test_taiwans_customs_is_known_by_its_name_before_2013_as_a_former_name(ref: Reference) -> None:
    former = {n.text: n for n in ref.orgs["tw-customs"].names if n.kind == "previous"}
    assert former["財政部關稅總局"].valid_to == "2012-12-31"


def test_us_customs_in_english_and_in_chinese_is_one_organisation(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    english = (
        "Washington, 14 May 2031. The Commissioner of U.S. Customs and Border Protection met "
        "a delegation of the General Administration of China Customs to discuss seizures of "
        "counterfeit goods.\n"
    )
    chinese = "2031年6月2日，海关总署与美国海关与边境保护局在北京举行知识产权边境执法合作会议。\n"
    export = import_texts(ipx, empty_db, tmp_path, english, chinese)
    cbp = of_reference(export, "us-cbp")
    assert len(cbp) == 1
    assert cbp[0]["name"] == "U.S. Customs and Border Protection"
    assert "美国海关与边境保护局" in cbp[0]["aliases"]
    gacc = of_reference(export, "gacc")
    assert len(gacc) == 1
