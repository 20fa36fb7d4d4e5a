"""Taiwan's presidential office, its security council, its Executive Yuan,
its science council, its foreign ministry and that ministry's department for East Asia, and
the two associations through which Taiwan and Japan conduct their relations, are known in
English and Chinese, each form leading to one entry; a Traditional release from the
presidential office finds them and their heads' posts."""

from __future__ import annotations

import pytest

from importers import zh
from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Office of the President (Taiwan)", "tw-president-office"),
        ("總統府", "tw-president-office"),
        ("國家安全會議", "tw-nsc"),
        ("行政院", "tw-executive-yuan"),
        ("國家科學及技術委員會", "tw-nstc"),
        ("中華民國外交部", "tw-mofa"),
        ("亞東太平洋司", "tw-mofa-eapa"),
        ("Taiwan-Japan Relations Association", "tw-tjra"),
        ("臺灣日本關係協會", "tw-tjra"),
        ("台湾日本关系协会", "tw-tjra"),
        ("亞東關係協會", "tw-tjra"),
        ("Japan-Taiwan Exchange Association", "jp-jtea"),
        ("日本台灣交流協會", "jp-jtea"),
        ("日本台湾交流協会", "jp-jtea"),
    ],
)
def test_a_taiwan_body_is_found_under_each_of_its_names(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_a_presidential_release_names_the_office_and_the_council_with_their_heads() -> None:
    text = (
        "美國智庫訪問團今日抵臺，總統府秘書長李志遠與國家安全會議秘書長陳文昌"
        "分別會見，外交部亞東太平洋司司長王大明全程參與。"
    )
    facts = zh.extract(text, date=None, reference=load_reference(), repaired=True)
    refs = {o.ref for o in facts.orgs}
    assert {"tw-president-office", "tw-nsc", "tw-mofa-eapa"} <= refs
    orgs = {o.key: o.ref for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    held = {(names[r.person], r.title, orgs[r.org or ""]) for r in facts.roles}
    assert ("李志遠", "秘書長", "tw-president-office") in held


def test_the_two_relations_associations_sign_under_their_own_entries() -> None:
    text = "臺灣日本關係協會與日本台灣交流協會今天在台北簽署專利程序合作備忘錄。"
    facts = zh.extract(text, date=None, reference=load_reference(), repaired=True)
    assert {o.ref for o in facts.orgs} >= {"tw-tjra", "jp-jtea"}
