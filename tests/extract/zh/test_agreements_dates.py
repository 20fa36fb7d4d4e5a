"""When a Chinese text says an agreement was signed (importers/zh/agreement_dates.py): a day
written in brackets after 今 or 昨, the lead paragraph under a headline (not the page's own
timestamp), a year opening the clause, and two signings of one kind at two dates."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def dates_of(text: str, date: str) -> set[str | None]:
    return {d for _t, _k, d, _p in agreements(run(text, date, repaired=True))}


def test_a_day_in_brackets_after_yesterday_is_that_day_of_the_month() -> None:
    text = "新加坡知识产权局与欧洲专利局于昨（9）日在新加坡签署「商标审查合作备忘录」。"
    assert dates_of(text, "2023-05-10") == {"2023-05-09"}


def test_a_bracketed_day_later_than_the_release_is_in_the_month_before() -> None:
    text = "新加坡知识产权局与欧洲专利局今（30）日签署专利合作谅解备忘录。"
    assert dates_of(text, "2023-06-01") == {"2023-05-30"}


def test_a_headline_signing_takes_the_date_of_its_lead_not_of_the_timestamp() -> None:
    text = (
        "新加坡知识产权局与欧洲专利局签署合作谅解备忘录\n"
        "2022年7月2日10:15 | 来源：某某网\n"
        "本报7月1日电 7月1日，新加坡知识产权局与欧洲专利局在慕尼黑举行合作谅解备忘录签约仪式。\n"
    )
    assert dates_of(text, "2022-07-02") == {"2022-07-01"}


def test_a_year_that_opens_the_clause_dates_an_earlier_signing() -> None:
    text = (
        "5月20日，新加坡知识产权局与欧洲专利局续签合作谅解备忘录。"
        "欧洲专利局代表表示，自2017年双方首次签订合作谅解备忘录以来，两局合作成果丰硕。"
    )
    assert dates_of(text, "2024-05-21") == {"2024-05-20", "2017"}


def test_a_period_that_opens_the_clause_is_no_date_of_signing() -> None:
    text = "10月2日，2025—2026年合作计划由新加坡知识产权局与欧洲专利局在日内瓦签署。"
    found = agreements(run(text, "2024-10-03", repaired=True))
    assert [(t, d) for t, _k, d, _p in found] == [("2025—2026年合作计划", "2024-10-02")]
