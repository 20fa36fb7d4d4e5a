"""A law database's record of an agreement: its name field holds a title that opens with the
two joined parties, its signing-date field dates it (importers/zh/agreement_records.py). The
agreement's title is what the record names after the parties."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

_RECORD = (
    "法規名稱: 臺灣智慧財產局與日本特許廳間專利審查合作備忘錄\n"
    "簽訂日期: 民國 99 年 05 月 12 日\n"
    "終止日期: 民國 102 年 05 月 12 日\n"
    "沿革:\n"
    "1.本備忘錄於東京簽署。\n"
)


def test_the_record_s_title_and_signing_date_make_an_agreement() -> None:
    found = agreements(run(_RECORD, reference=load_reference()))
    assert found == [
        (
            "專利審查合作備忘錄",
            "mou",
            "2010-05-12",
            {"臺灣智慧財產局", "日本特許廳"},
        )
    ]


def test_a_law_s_record_is_no_agreement() -> None:
    text = "法規名稱: 專利法施行細則\n修正日期: 民國 99 年 05 月 12 日\n"
    assert agreements(run(text, reference=load_reference())) == []


def test_a_record_whose_text_reports_the_signing_again_is_one_agreement() -> None:
    text = _RECORD + "臺灣智慧財產局與日本特許廳同意簽署以下之協議：\n一、雙方交換審查資訊。\n"
    found = agreements(run(text, reference=load_reference()))
    assert len(found) == 1
    assert found[0][3] == {"臺灣智慧財產局", "日本特許廳"}
