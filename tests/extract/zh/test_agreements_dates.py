"""When a Chinese text says an agreement was signed (importers/zh/agreement_dates.py): a day
written in brackets after 今 or 昨, the lead paragraph under a headline (not the page's own
timestamp), a year opening the clause, two signings of one kind at two dates, and a date in
brackets after the document (agreement_noted_dates.py)."""

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


def test_a_term_end_year_in_one_entry_does_not_date_the_next_entries_of_a_chronicle() -> None:
    text = (
        "欧洲专利局2022年合作纪要\n\n2022年\n\n"
        "2月9日  欧洲专利局与新加坡知识产权局续签合作备忘录，有效期延至2025年6月30日。\n\n"
        "8月17日  欧洲专利局与日本特许厅签署《专利检索合作工作计划》。\n"
    )
    dates = dates_of(text, "2023-02-01")
    assert "2022-08-17" in dates
    assert not any(d and d > "2023-02-01" for d in dates)


def test_a_month_and_day_still_to_come_in_the_documents_year_fall_in_the_year_before() -> None:
    text = "11月28日，新加坡知识产权局与欧洲专利局签署商标审查合作备忘录。"
    assert dates_of(text, "2023-01-15") == {"2022-11-28"}


def test_a_year_a_term_runs_until_is_not_the_year_in_force_after_it() -> None:
    text = (
        "2021年3月2日，欧洲专利局与新加坡知识产权局续签合作备忘录，有效期至2024年12月31日。"
        "5月6日，欧洲专利局与日本特许厅签署《专利检索合作工作计划》。"
    )
    assert "2021-05-06" in {d for _t, _k, d, _p in agreements(run(text, None))}


def test_a_chronicle_heading_with_a_year_dates_its_month_and_day_entries() -> None:
    text = (
        "欧洲专利局2022年对外合作大事记\n\n"
        "1月11日  欧洲专利局与新加坡知识产权局签署《专利分类合作工作计划》。\n\n"
        "9月20日  欧洲专利局与日本特许厅签署《专利检索合作工作计划》。\n"
    )
    assert dates_of(text, "2023-01-30") == {"2022-01-11", "2022-09-20"}


def test_a_month_in_brackets_after_the_document_dates_its_signing() -> None:
    text = (
        "2022年，李院长曾率团访问欧洲专利局。此外，他促成学院与新加坡知识产权局续签人才培训"
        "合作协议（本年三月），由该局副局长与李院长签署。"
    )
    assert dates_of(text, "2025-08-01") == {"2025-03"}


def test_a_full_date_in_brackets_after_the_document_dates_its_signing() -> None:
    text = "该中心与新加坡知识产权局签署专利导航合作协议（2024年11月），合作期三年。"
    assert dates_of(text, "2025-08-01") == {"2024-11"}
