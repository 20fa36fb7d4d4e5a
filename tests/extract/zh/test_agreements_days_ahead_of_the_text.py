"""A date after a signing verb that something is yet to happen on (将于, 拟于) is not the
signing's day (importers/zh/agreement_dates.py `_is_start`)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_a_launch_day_ahead_does_not_date_the_signing() -> None:
    text = "欧洲专利局与新加坡知识产权局签署《审查合作谅解备忘录》，相关项目将于9月15日启动。"
    assert [a[2] for a in agreements(run(text, date="2022-08-02"))] == [None]


def test_a_day_the_signing_sentence_reports_after_the_verb_still_dates_it() -> None:
    text = "欧洲专利局与新加坡知识产权局签署《审查合作谅解备忘录》，仪式于7月12日在日内瓦举行。"
    assert [a[2] for a in agreements(run(text, date="2022-08-02"))] == ["2022-07-12"]
