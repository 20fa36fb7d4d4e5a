"""Trade, design and technology promotion bodies that sign IP cooperation documents (Hong
Kong's science parks and design centre, Taiwan's research institute and trade council) and
their heads are known in English, by their acronyms and in Chinese (Simplified and
Traditional) and native scripts, each form leading to one reference entry."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Hong Kong Science and Technology Parks Corporation", "hk-stp"),
        ("HKSTP", "hk-stp"),
        ("香港科技园公司", "hk-stp"),
        ("科技園公司", "hk-stp"),
        ("Hong Kong Design Centre", "hk-dc"),
        ("香港設計中心", "hk-dc"),
        ("HKPC", "hk-pc"),
        ("香港生產力促進局", "hk-pc"),
        ("數碼港", "hk-cyberport"),
        ("InvestHK", "hk-investhk"),
        ("澳門生產力暨科技轉移中心", "mo-cpttm"),
        ("ITRI", "tw-itri"),
        ("財團法人工業技術研究院", "tw-itri"),
        ("外貿協會", "tw-taitra"),
        ("NSTDA", "th-nstda"),
        ("泰国国家科技发展署", "th-nstda"),
    ],
)
def test_a_promotion_body_is_found_under_each_of_its_names(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("濱野幸一", "koichi-hamano"),
        ("滨野幸一", "koichi-hamano"),
        ("方舜文", "margaret-fong"),
        ("張淑芬", "sophia-chong"),
        ("黃克強", "albert-wong-hkstp"),
    ],
)
def test_a_head_is_found_under_the_native_script_of_their_name(name: str, ref_id: str) -> None:
    found = load_reference().person_named(name)
    assert found is not None and found.id == ref_id


def test_a_trade_agency_with_offices_in_chinese_cities_is_not_known_by_its_chinese_name() -> None:
    """日本贸易振兴机构北京代表处, KOTRA上海代表处: the agencies' offices sign documents of
    their own, and the extractor keeps such an office whole only when it does not know the
    agency, so the agencies are left out of the reference data."""
    ref = load_reference()
    for name in ("日本贸易振兴机构", "JETRO", "KOTRA", "大韩贸易投资振兴公社"):
        assert ref.org_named(name) is None


def test_the_short_chinese_name_of_a_technology_institute_names_no_body() -> None:
    """工研院 is also the short name of institutes on the mainland (a place before it): only
    the full name, which the mainland's institutes always write with their place (宁波工业技术
    研究院), leads to ITRI in either script."""
    ref = load_reference()
    assert ref.org_named("工研院") is None
    for name in ("工業技術研究院", "工业技术研究院"):
        found = ref.org_named(name)
        assert found is not None and found.id == "tw-itri"


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("HKGCC", "hk-gcc"),
        ("香港總商會", "hk-gcc"),
        ("香港总商会", "hk-gcc"),
        ("Federation of Saudi Chambers", "sa-fsc"),
        ("Council of Saudi Chambers", "sa-fsc"),
    ],
)
def test_a_chamber_of_commerce_is_found_under_its_acronym_its_chinese_and_its_former_name(
    name: str, ref_id: str
) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id
