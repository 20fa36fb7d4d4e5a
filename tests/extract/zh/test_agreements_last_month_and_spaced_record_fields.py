"""上月 with no day after it dates a signing to the month before the text's (agreement_month_days.
month_alone), and in minutes that month is counted from the meeting's day their header gives,
its label spread to a column's width (日　　期：…; agreement_dates.event_date)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run

_REPORT = "此外，泽特兰商会上月率团访问某市，与中国国家知识产权局签署合作备忘录。"


def test_last_month_alone_dates_the_signing_to_the_month_before_the_texts() -> None:
    found = agreements(run(_REPORT, "2025-12-09", repaired=True))
    assert [d for _t, _k, d, _p in found] == ["2025-11"]


def test_last_month_is_not_the_month_of_a_signing_the_sentence_before_dated() -> None:
    text = "甲署于同年九月十日与新加坡知识产权局签署谅解备忘录。" + _REPORT
    found = agreements(run(text, "2025-12-09", repaired=True))
    assert [d for _t, _k, d, _p in found][-1] == "2025-11"


def test_minutes_count_last_month_from_the_meeting_day_of_a_spaced_header_field() -> None:
    minutes = (
        "委员会文件号：CB1/2026\n\n泽特兰事务委员会\n会议纪要\n\n"
        "日\u3000\u3000期：2025年12月2日（星期二）\n时\u3000\u3000间：上午10时\n\n"
        "1.\u3000局长向委员简介工作进展。" + _REPORT
    )
    found = agreements(run(minutes, "2026-01-16", repaired=True))
    assert [d for _t, _k, d, _p in found] == ["2025-11"]
