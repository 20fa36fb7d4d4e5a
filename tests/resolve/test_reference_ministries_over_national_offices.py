"""The ministries and cabinets that national IP offices belong to (in Central Asia, the
Caucasus and South-East Asia) are reference bodies of their own, known by the qualified
canonical name, the state's full official form and, where news writes one, a Chinese name; an
office is also known by its name written after its ministry's. CNIPA is also known by its
long official English form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import Reference
from tests.imported import import_texts, of_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Ministry of Justice (Uzbekistan)", "uz-moj"),
        ("Ministry of Justice of the Republic of Uzbekistan", "uz-moj"),
        ("Cabinet of Ministers of the Kyrgyz Republic", "kg-cabinet"),
        ("Ministry of Economic Development and Trade of the Republic of Tajikistan", "tj-medt"),
        ("Ministry of Finance and Economy of Turkmenistan", "tm-mfe"),
        ("Ministry of Economy of the Republic of Armenia", "am-moe"),
        ("Ministry of Science and Technology (Viet Nam)", "vn-most"),
        ("越南科学技术部", "vn-most"),
        ("Ministry of Industry and Commerce of the Lao PDR", "la-moic"),
        ("Ministry of Commerce (Myanmar)", "mm-moc"),
        ("Department of Trade and Industry (Philippines)", "ph-dti"),
        ("KPDN", "my-kpdn"),
        ("Ministry of Domestic Trade and Consumer Affairs (Malaysia)", "my-kpdn"),
        (
            "National Center for Patents and Information of the Ministry of Economic "
            "Development and Trade of the Republic of Tajikistan",
            "tj-ncpi",
        ),
        ("National Center for Patents and Information", "tj-ncpi"),
        (
            "Intellectual Property Office of the Ministry of Economy of the Republic of Armenia",
            "am-ipo",
        ),
        (
            "National Intellectual Property Administration of the People's Republic of China",
            "cnipa",
        ),
    ],
)
def test_each_name_leads_to_its_one_body(ref: Reference, name: str, ref_id: str) -> None:
    found = ref.org_named(name)
    assert found is not None and found.id == ref_id


@pytest.mark.parametrize(
    "office",
    ["uz-ipa", "tj-ncpi", "tm-sips", "am-ipo", "ipvn", "dip-la", "ipd-mm", "ipophl", "myipo"],
)
def test_an_office_is_not_linked_to_its_ministry_entry(ref: Reference, office: str) -> None:
    """A text's ministry is placed by the text, not linked to its reference entry, so an
    office whose entry named the ministry as its parent would bring a second ministry into any
    document naming both (the reference one, with the office)."""
    assert ref.orgs[office].parent is None


def test_vietnams_science_ministry_in_english_and_in_chinese_is_one_organisation(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    english = (
        "Hanoi, 10 March 2031. The Ministry of Science and Technology of Viet Nam and the China "
        "National Intellectual Property Administration discussed patent examination.\n"
    )
    chinese = "2031年4月2日，国家知识产权局与越南科学技术部在北京举行知识产权合作会谈。\n"
    export = import_texts(ipx, empty_db, tmp_path, english, chinese)
    most = of_reference(export, "vn-most")
    assert len(most) == 1
    assert most[0]["name"] == "Ministry of Science and Technology (Viet Nam)"
    assert "越南科学技术部" in most[0]["aliases"]
