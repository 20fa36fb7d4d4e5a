"""An agreement a treaty database records in labelled fields (importers/zh/agreement_records.py):
the title field names the instrument after its two parties and 间, the signing-date field
dates it in the record's era, and a record whose title is a law names no agreement."""

from __future__ import annotations

import pytest

from tests.extract.zh.helpers import agreements, run

RECORD = (
    "法規名稱: 新加坡知識產權局(IPOS)與中國國家知識產權局(CNIPA)間商標審查合作備忘錄\n"
    "簽訂日期: 民國 101 年 03 月 15 日\n"
    "生效日期: 民國 101 年 03 月 15 日\n"
    "1.雙方同意交換商標審查資料。\n"
)


@pytest.mark.parametrize("repaired", [True, False])
def test_a_records_title_field_is_an_agreement_between_its_two_bodies(repaired: bool) -> None:
    found = agreements(run(RECORD, repaired=repaired))
    assert found == [
        (
            "商標審查合作備忘錄",
            "mou",
            "2012-03-15",
            {"新加坡知識產權局", "中國國家知識產權局"},
        )
    ]


def test_a_record_of_a_law_names_no_agreement() -> None:
    text = "法规名称: 专利法施行细则\n签订日期: 民国 101 年 03 月 15 日\n"
    assert agreements(run(text, repaired=True)) == []


def test_a_record_whose_history_line_signs_the_same_pairs_document_has_one_agreement() -> None:
    text = (
        "協議名稱: 新加坡知識產權局與中國國家知識產權局間專利審查合作協議\n"
        "簽訂日期: 民國 101 年 03 月 15 日\n"
        "沿革: 2012年3月15日，新加坡知識產權局與中國國家知識產權局在新加坡簽署專利合作協議。\n"
    )
    assert len(agreements(run(text, repaired=True))) == 1
