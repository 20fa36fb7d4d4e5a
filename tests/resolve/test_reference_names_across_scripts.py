"""Reference bodies known by their qualified, native and Chinese names
(importers/resolve/reference_data): each form a text may use leads to one entry."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Federal Service for Intellectual Property (Russia)", "rospatent"),
        ("Федеральная служба по интеллектуальной собственности", "rospatent"),
        ("Rospatent", "rospatent"),
        ("俄罗斯联邦知识产权局", "rospatent"),
        ("National University of Singapore", "nus"),
        ("新加坡国立大学", "nus"),
        ("新加坡國立大學", "nus"),
        ("Nanyang Technological University", "ntu-sg"),
        ("南洋理工大學", "ntu-sg"),
        ("浙江省市场监督管理局", "zhejiang-ipo"),  # one body with two name plates
        ("Zhejiang Administration for Market Regulation", "zhejiang-ipo"),
        ("浙江省市场监管局", "zhejiang-ipo"),  # the plate's short form
        ("SAIC", "saic"),  # the administration's acronym, before SAMR took it over
        ("美国国务院", "us-dos"),
        ("美國國務院", "us-dos"),  # as Taiwan writes it
        ("U.S. Department of State", "us-dos"),
    ],
)
def test_a_body_is_found_under_each_of_its_sourced_names(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Algernon Yau", "algernon-yau"),
        ("丘應樺", "algernon-yau"),
        ("邱騰華", "edward-yau"),
        ("Ada Leung", "ada-leung"),
        ("梁家麗", "ada-leung"),
        ("黃福來", "david-wong-fuk-loi"),
        ("Lei Wai Nong", "lei-wai-nong"),
        ("李偉農", "lei-wai-nong"),
        ("戴建業", "tai-kin-ip"),
        ("洪淑敏", "hung-shu-min"),
        ("廖承威", "liao-cheng-wei"),
        ("胡文輝", "hu-wenhui"),
    ],
)
def test_a_regional_official_is_found_under_each_script_of_their_name(
    name: str, ref_id: str
) -> None:
    found = load_reference().person_named(name)
    assert found is not None and found.id == ref_id


def test_a_hong_kong_official_named_in_english_in_one_text_and_in_chinese_in_another_is_one_person(
    ipx, empty_db, tmp_path
) -> None:
    from tests.imported import import_texts

    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Algernon Yau, Secretary for Commerce and Economic Development, opened a "
        "trade fair on 2 March 2026.\n",
        "商務及經濟發展局局長丘應樺於二〇二六年三月出席展覽會開幕禮。\n",
    )
    holders = [p for p in data["people"] if "丘應樺" in [p["name"], *p["aliases"]]]
    assert len(holders) == 1
    assert "Algernon Yau" in [holders[0]["name"], *holders[0]["aliases"]]


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("WIPO Office in China", "wipo-china-office"),
        ("世界知識產權組織中國辦事處", "wipo-china-office"),
        ("WIPO Office in Japan", "wipo-japan-office"),
        ("世界知识产权组织俄罗斯办事处", "wipo-russia-office"),
        ("WIPO Office in Nigeria", "wipo-nigeria-office"),
        ("WIPO Coordination Office in New York", "wipo-new-york-office"),
    ],
)
def test_each_wipo_external_office_is_a_body_of_its_own_under_wipo(name: str, ref_id: str) -> None:
    ref = load_reference()
    found = ref.org_named(name)
    assert found is not None and found.id == ref_id
    assert ref.orgs[ref_id].parent == "wipo"


@pytest.mark.parametrize(
    ("name", "ref_id", "parent"),
    [
        ("世界知识产权组织学院", "wipo-academy", "wipo"),
        ("同济大学", "tongji-university", None),
        ("上海国际知识产权学院", "tongji-sicip", "tongji-university"),
        (
            "Shanghai International College of Intellectual Property",
            "tongji-sicip",
            "tongji-university",
        ),
    ],
)
def test_a_school_is_known_in_both_scripts_under_its_parent(
    name: str, ref_id: str, parent: str | None
) -> None:
    ref = load_reference()
    found = ref.org_named(name)
    assert found is not None and found.id == ref_id
    assert found.parent == parent
