"""Chinese signings dated by a day of an event of several days, and the bodies that sign
(importers/zh/agreement_event_days.py, agreement_parties.without_parents): 首日 is the day
an event opened and 闭幕当日 the day it closed, not the day the text was written; 同日 is the
day of the signing reported before; a body named only as the parent of a party is none;
签署过一份 names one document; a year's signings summed up and listed after a colon are each
the subject's with the partner of its item."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def _found(text: str, date: str) -> list[tuple[str, str | None, set[str]]]:
    return [(t, d, p) for t, _k, d, p in agreements(run(text, date, repaired=True))]


EXPO = (
    "为期三天的环球创新博览会昨日(3月9日)在杭州闭幕。"
    "博览会首日，浙江省知识产权局与新加坡知识产权局签署合作谅解备忘录。"
    "同日，江苏省知识产权局与欧洲专利局签署合作备忘录。"
    "此外，福建省知识产权局与泰国知识产权厅于闭幕当日签署知识产权合作协议。"
)


def test_the_first_day_of_an_event_that_closed_on_a_known_day_is_counted_back() -> None:
    got = {d for _t, d, p in _found(EXPO, "2026-03-10") if "浙江省知识产权局" in p}
    assert got == {"2026-03-07"}


def test_the_same_day_is_the_day_of_the_signing_reported_just_before() -> None:
    got = {d for _t, d, p in _found(EXPO, "2026-03-10") if "江苏省知识产权局" in p}
    assert got == {"2026-03-07"}


def test_the_closing_day_is_the_events_last_day_not_the_day_of_writing() -> None:
    got = {d for _t, d, p in _found(EXPO, "2026-03-10") if "福建省知识产权局" in p}
    assert got == {"2026-03-09"}


def test_the_second_day_of_an_event_given_as_a_range_of_days() -> None:
    text = (
        "2026年5月12日至14日，第五届长三角知识产权论坛在杭州举行。"
        "论坛第二天，浙江省知识产权局与新加坡知识产权局签署合作谅解备忘录。"
    )
    assert {d for _t, d, _p in _found(text, "2026-05-20")} == {"2026-05-13"}


def test_a_day_of_an_event_whose_days_the_text_never_gives_takes_no_day_from_it() -> None:
    text = "论坛首日，浙江省知识产权局与新加坡知识产权局签署合作谅解备忘录。"
    assert {d for _t, d, _p in _found(text, "2026-05-20")} != {"2026-05-19"}


def test_a_body_named_as_the_parent_of_the_signing_company_is_no_party() -> None:
    text = "苏州科技园公司与新加坡知识产权局旗下的狮城创新服务公司签署合作备忘录。"
    parties = [p for _t, _d, p in _found(text, "2026-05-20")]
    assert parties == [{"苏州科技园公司", "狮城创新服务公司"}]


def test_one_document_signed_before_is_a_signing_not_a_count() -> None:
    text = "另据介绍，广州市知识产权局与新加坡知识产权局此前已于2022年4月签署过一份合作意向书。"
    assert _found(text, "2025-11-07") == [
        ("合作意向书", "2022-04", {"广州市知识产权局", "新加坡知识产权局"})
    ]


def test_two_documents_signed_are_still_a_count() -> None:
    text = "广州市知识产权局与新加坡知识产权局此前已签署过两份合作意向书。"
    assert _found(text, "2025-11-07") == []


def test_each_item_of_a_years_summed_signings_is_the_subjects_with_its_own_partner() -> None:
    text = (
        "2025年，浙江省知识产权局共签署合作文件3份：与新加坡知识产权局签署合作谅解备忘录，"
        "与欧洲专利局签署合作备忘录，与泰国知识产权厅签署合作意向书。"
    )
    assert [(d, p) for _t, d, p in _found(text, "2026-01-15")] == [
        ("2025", {"浙江省知识产权局", "新加坡知识产权局"}),
        ("2025", {"浙江省知识产权局", "欧洲专利局"}),
        ("2025", {"浙江省知识产权局", "泰国知识产权厅"}),
    ]


def test_one_body_signing_separately_with_two_partners_is_two_agreements() -> None:
    text = "会议期间，江苏省知识产权局与新加坡知识产权局、欧洲专利局分别签署合作备忘录。"
    parties = [p for _t, _d, p in _found(text, "2026-01-15")]
    assert parties == [
        {"江苏省知识产权局", "新加坡知识产权局"},
        {"江苏省知识产权局", "欧洲专利局"},
    ]


def test_the_second_day_alone_is_no_day_of_the_event_told_before() -> None:
    text = (
        "2026年5月12日至14日，第五届长三角知识产权论坛在杭州举行。"
        "5月15日，代表团抵达上海。第二天，浙江省知识产权局与新加坡知识产权局签署合作备忘录。"
    )
    assert {d for _t, d, _p in _found(text, "2026-05-20")} != {"2026-05-13"}


def test_the_same_day_after_a_later_dated_item_is_that_items_day() -> None:
    text = (
        "(一)9月8日，代表团访问新加坡知识产权局，双方签署《专利审查合作谅解备忘录》。\n"
        "(二)9月10日，代表团在东京访问日本特许厅，双方就审查员交流交换意见。\n"
        "(三)同日，江苏省知识产权保护中心与日本发明协会签署培训合作协议。\n"
    )
    got = {d for _t, d, p in _found(text, "2025-09-30") if "日本发明协会" in p}
    assert got == {"2025-09-10"}
