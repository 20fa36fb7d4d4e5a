"""Chinese signings dated by 当天, 同年 and 本月, and amendments signed to a memorandum.

当天下午 is the day the story named last, not the day it was printed; 同年11月 is November of
the year the story named last; 本月14日 is a day of the document's month (上月3日 of the
month before). 《…备忘录》修正书 is the amendment that was signed, not the memorandum again.
"""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def _found(text: str, date: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, repaired=True))


def test_that_day_is_the_day_the_story_named_last() -> None:
    text = (
        "3月8日，浙江省知识产权局局长在杭州会见新加坡知识产权局代表团。"
        "当天下午，江苏省知识产权局与欧洲专利局签署数据交换协议。"
    )
    assert {d for _t, _k, d, _p in _found(text, "2026-03-11")} == {"2026-03-08"}


def test_a_month_of_the_same_year_takes_the_year_named_before() -> None:
    text = (
        "2025年3月，浙江省知识产权局与新加坡知识产权局签署合作谅解备忘录。"
        "同年10月，江苏省知识产权局与欧洲专利局签署《2026—2027年合作计划》。"
    )
    got = {d for _t, _k, d, p in _found(text, "2026-04-02") if "欧洲专利局" in p}
    assert got == {"2025-10"}


def test_a_day_of_this_month_is_in_the_documents_month() -> None:
    text = "代表团团长表示，本月9日，江苏省知识产权局与欧洲专利局在南京签署合作谅解备忘录。"
    assert {d for _t, _k, d, _p in _found(text, "2026-06-12")} == {"2026-06-09"}


def test_a_day_of_last_month_in_january_is_in_the_december_before() -> None:
    text = "上月20日，江苏省知识产权局与欧洲专利局签署合作谅解备忘录。"
    assert {d for _t, _k, d, _p in _found(text, "2026-01-05")} == {"2025-12-20"}


def test_an_amendment_to_a_named_memorandum_is_the_document_signed() -> None:
    text = "4月2日，江苏省知识产权局与欧洲专利局签署《苏欧知识产权合作备忘录》修正书。"
    got = _found(text, "2026-04-10")
    assert [(k, d) for t, k, d, _p in got if t.endswith("修正书")] == [("other", "2026-04-02")]
    assert all(k != "mou" for _t, k, _d, _p in got)
