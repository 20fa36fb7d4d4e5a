"""The one date parser (store/text/dates.py): English and Chinese dates, their spans, their
ISO prefixes, and the fragments the extractors build their own patterns from."""

from __future__ import annotations

import re

import pytest

from store.text import dates
from store.text.dates import DateSpan, PartialDate


def test_months_and_weekdays_come_from_the_data_file_in_order() -> None:
    assert dates.MONTH_NAMES[0] == "january" and dates.MONTH_NAMES[11] == "december"
    assert dates.MONTHS["sept"] == dates.MONTHS["sep"] == dates.MONTHS["september"] == 9
    assert dates.MONTHS["may"] == 5 and "ma" not in dates.MONTHS
    assert dates.WEEKDAYS[0] == "monday" and len(dates.WEEKDAYS) == 7
    assert dates.month_number("Sept.") == 9 and dates.month_number("Mai") is None
    assert dates.weekday_number("Tuesday") == 1 and dates.weekday_number("Tue") is None


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("January", "January"),
        ("Sept. 20", "Sept."),
        ("Sep 20", "Sep"),
        ("Dec.", "Dec."),
        ("May", "May"),
        ("may", None),
        ("march", None),
    ],
)
def test_month_re_matches_names_as_text_writes_them(text: str, matched: str | None) -> None:
    m = re.match(dates.MONTH_RE, text)
    assert (m.group(0) if m else None) == matched


def test_month_word_is_every_name_longest_first_for_case_free_patterns() -> None:
    m = re.match(rf"(?P<mon>{dates.MONTH_WORD})\.?", "SEPTEMBER 3", re.I)
    assert m is not None and m.group("mon") == "SEPTEMBER"
    m = re.match(rf"(?P<mon>{dates.MONTH_WORD})\.?", "sept. 3", re.I)
    assert m is not None and m.group(0) == "sept."


@pytest.mark.parametrize(
    ("figures", "value"),
    [("二○一九", 2019), ("二〇二四", 2024), ("二零二零", 2020), ("十", 10), ("十一", 11),
     ("二十", 20), ("二十一", 21), ("三", 3), ("17", 17)],
)  # fmt: skip
def test_chinese_numerals_read_as_dates_write_them(figures: str, value: int) -> None:
    assert dates.zh_number(figures) == value


def test_iso_takes_numbers_figures_or_numerals() -> None:
    assert dates.iso("二○一九", "十一", "二十") == "2019-11-20"
    assert dates.iso(2024, 3) == "2024-03"
    assert dates.iso("2024") == "2024"
    assert dates.iso("2024", None, "5") == "2024"


def test_a_partial_date_gives_its_iso_prefix_and_knows_whether_it_is_real() -> None:
    assert PartialDate(2024, 3, 5).iso == "2024-03-05"
    assert PartialDate(2024, 3).iso == "2024-03"
    assert PartialDate(None, 3, 5).iso is None
    assert PartialDate(None, 3, 5).with_year("二〇二四").iso == "2024-03-05"
    assert PartialDate(2024, 2, 29).is_real() and not PartialDate(2023, 2, 29).is_real()
    assert not PartialDate(1850, 1, 1).is_real() and not PartialDate(2024, 13).is_real()


@pytest.mark.parametrize(
    ("pattern", "text", "iso"),
    [
        (dates.ZH_DATE, "于2024年3月5日签署", "2024-03-05"),
        (dates.ZH_DATE, "二○二三年十一月二十日", "2023-11-20"),
        (dates.ZH_DATE, "2024 年 1 月", "2024-01"),
        (dates.ZH_DATE_FIGURES, "发布时间：2024年1月12日", "2024-01-12"),
        (dates.ZH_YEAR, "始于1994年", "1994"),
        (dates.ISO_DATE, "Date: 2025-02-26", "2025-02-26"),
        (dates.SLASHED_DATE, "2025/2/26", "2025-02-26"),
        (dates.SLASHED_DATE, "2025.02.26", "2025-02-26"),
        (dates.EN_MONTH_DAY_YEAR, "February 26th, 2025", "2025-02-26"),
        (dates.EN_DAY_MONTH_YEAR, "26 Feb. 2025", "2025-02-26"),
        (dates.EN_MONTH_YEAR, "in MAY 2017", "2017-05"),
        (dates.EN_DATE, "on 13 March 2023", "2023-03-13"),
        (dates.EN_DATE, "Sept. 20, 2023", "2023-09-20"),
    ],
)
def test_each_pattern_gives_its_date(pattern: re.Pattern[str], text: str, iso: str) -> None:
    m = pattern.search(text)
    assert m is not None
    assert dates.date_of(m).iso == iso


def test_the_patterns_leave_what_is_not_their_date() -> None:
    assert dates.ZH_MONTH_DAY.search("2024年3月5日") is not None  # the caller skips it
    assert dates.ZH_MONTH_DAY.search("十二月") is None
    assert dates.ZH_DATE_FIGURES.search("12024年3月") is None
    assert dates.ZH_DATE_FIGURES.search("二〇二四年三月") is None
    assert dates.ISO_DATE.search("2024-01-12-5") is None
    assert dates.EN_DATE.search("may") is None


def test_a_month_day_takes_the_year_the_caller_gives_it() -> None:
    m = dates.ZH_MONTH_DAY.search("3月5日，双方签署")
    assert m is not None
    assert dates.date_of(m) == PartialDate(None, 3, 5)
    assert dates.date_of(m).with_year(2024).iso == "2024-03-05"
    en = dates.EN_DATE.search("on 11 August")
    assert en is not None and dates.date_of(en) == PartialDate(None, 8, 11)


def test_a_period_and_a_dateline() -> None:
    m = dates.ZH_PERIOD.search("《2024—2025年工作计划》")
    assert m is not None and (m.group("y"), m.group("y2")) == ("2024", "2025")
    line = dates.ZH_DATELINE.search("正文。\n二○二三年十一月二十日(星期一)\n")
    assert line is not None and dates.date_of(line).iso == "2023-11-20"
    assert dates.ZH_DATELINE.search("会议于2023年11月20日举行") is None


def test_find_dates_gives_every_date_with_its_span_and_kind() -> None:
    text = "On 13 March 2023 and Sept. 20, in May; 于3月5日和2024—2025年，二〇二四年三月 2024-01-12"
    spans = dates.find_dates(text)
    got = [(text[s.start : s.end], s.kind, s.date.iso) for s in spans]
    assert got == [
        ("13 March 2023", "date", "2023-03-13"),
        ("Sept. 20", "month_day", None),
        ("3月5日", "month_day", None),
        ("2024—2025年", "period", "2024"),
        ("二〇二四年三月", "month", "2024-03"),
        ("2024-01-12", "date", "2024-01-12"),
    ]
    period = spans[3]
    assert period.until == PartialDate(2025)
    assert isinstance(period, DateSpan)


def test_find_dates_keeps_within_the_bounds_and_prefers_the_longest() -> None:
    text = "xx 2024年3月5日 yy 2019年"
    spans = dates.find_dates(text, 0, 14)
    assert [(s.kind, s.date.iso) for s in spans] == [("date", "2024-03-05")]
    assert [s.kind for s in dates.find_dates(text)] == ["date", "year"]


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [  # the era word makes a count of years a year; a bare 99年 stays none
        ("啟用日期：民國 104 年 01 月 15 日", "date", "2015-01-15"),
        ("九十九年五月二日起", "month_day", None),
        ("中華民國九十九年五月二日起", "date", "2010-05-02"),
        ("民國112年", "year", "2023"),
        ("於99年05月02日生效", "month_day", None),
    ],
)
def test_find_dates_reads_a_year_the_minguo_era_counts(
    text: str, kind: str, iso: str | None
) -> None:
    assert [(s.kind, s.date.iso) for s in dates.find_dates(text)] == [(kind, iso)]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2017-02-03T10:00:00Z", "2017-02-03"),
        ("2017-02", "2017-02"),
        ("2017", "2017"),
        ("2017-02-30", "2017-02"),
        ("2017-13-01", "2017"),
        ("1850-01-01", None),
        ("Feb 3, 2017", "2017-02-03"),
        ("Published 3 February 2017", "2017-02-03"),
        ("2017年2月3日", "2017-02-03"),
        ("no date", None),
        ("", None),
        (None, None),
    ],
)
def test_a_metadata_value_becomes_an_iso_prefix(value: str | None, iso: str | None) -> None:
    assert dates.iso_prefix(value) == iso


def test_relative_years_and_weekdays_count_from_the_documents_date() -> None:
    assert dates.relative_year("去年", "2023-05-01") == "2022"
    assert dates.relative_year("前年", "2023") == "2021"
    assert dates.relative_year("Last", "2023-05-01") == "2022"
    assert dates.relative_year("this", "2023-05-01") == "2023"
    assert dates.relative_year("去年", None) is None
    assert dates.relative_year("next", "2023") is None
    assert list(dates.ZH_RELATIVE_YEARS)[:2] == ["前年", "去年"]
    m = dates.EN_RELATIVE_YEAR.search("Signed last year in Geneva")
    assert m is not None and m.group("w") == "last"
    assert dates.ZH_TODAY.search("双方今日签署") is not None
    # Wednesday 20 September 2023: "on Tuesday" is the 19th, "on Wednesday" the day itself
    assert dates.weekday_on_or_before("Tuesday", "2023-09-20") == "2023-09-19"
    assert dates.weekday_on_or_before("wednesday", "2023-09-20") == "2023-09-20"
    assert dates.weekday_on_or_before("Tuesday", "2023-09") is None


def test_date_labels_are_words_of_the_data_file() -> None:
    assert "published" in dates.DATE_LABELS and "发布时间" in dates.DATE_LABELS
    assert "issued" in dates.DATELINE_LABELS and "issued" not in dates.DATE_LABELS


def test_a_figure_date_after_a_label_is_a_fragment_to_build_with() -> None:
    labelled = re.compile(rf"^Date:\s*{dates.FIGURE_YEAR_MONTH}$")
    for text in ("Date: 2024-01-12", "Date: 2024/1", "Date: 2024.1.12"):
        assert labelled.match(text), text
    assert not labelled.match("Date: 24-01-12")


def test_relative_months_count_from_the_documents_month() -> None:
    assert dates.relative_month("last", "2024-01-15") == "2023-12"
    assert dates.relative_month("This", "2024-03") == "2024-03"
    assert dates.relative_month("last", "2024") is None  # a year alone fixes no month
    m = dates.EN_RELATIVE_MONTH.search("Last month, the offices met.")
    assert m is not None and m.group("w") == "Last"


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("2011.03—2014.11 某局", "2011.03—2014.11"),
        ("2003年5月-2009年2月)", "2003年5月-2009年2月"),
        ("2018.07—至今", "2018.07—至今"),
        ("2020年1月-今)", "2020年1月-今"),
        ("2016— 某局", "2016— "),
        ("2016年", None),
        ("第12期", None),
    ],
)
def test_a_term_of_office_is_a_start_a_dash_and_its_end_if_any(
    text: str, matched: str | None
) -> None:
    m = dates.ZH_TERM.match(text)
    assert (m.group(0) if m else None) == matched


def test_a_dotted_date_with_the_day_first_and_a_full_year_is_read_day_month_year() -> None:
    m = dates.DOTTED_DATE.search("valid until 28.02.2031.")
    assert m is not None and dates.date_of(m).iso == "2031-02-28"
    assert dates.DOTTED_DATE.search("see section 4.2.1 and version 2.10.2031.5") is None
