"""The one date parser of ipx, for English and Chinese dates.

Every module that reads a date reads it here, so that the month names, the Chinese numerals
and the shapes of a date ("February 26, 2025", "26 Feb. 2025", "2025-02-26", "2025/2/26",
"二〇二五年二月二十六日", "2月26日", "2024—2025年") are stated once. The words are data, in
`words/dates.txt`; this module builds the patterns from them.

What this module does NOT decide is context: which year a month-and-day takes, whether a
date is the dateline of a wire or the date of an event, whether "May" is a month or a verb.
Those rules belong to the reader or extractor that asks, which keeps them beside the other
rules of its language.

Three layers, from low to high:

* pattern fragments (regex bodies) to build into larger patterns: `MONTH_WORD`, `MONTH_RE`,
  `WEEKDAY_RE`, `ZH_DIGITS`, `ZH_TEN`, `ZH_YEAR_NUM`, `ZH_YEAR_PART` (with eras, 民國113; read by
  `zh_year`), `ZH_NUM`, `FIGURE_YEAR_MONTH`;
* compiled patterns with named groups `y` (year), `mon` (English month name), `m` (month as a
  number), `d` / `d2` (day), `y2` (the end year of a period), `era` / `ey` / `ey3` (a year of
  an era): `ZH_DATE`, `ZH_ERA_DATE`, `ZH_MONTH_DAY`, `ZH_YEAR`, `ZH_PERIOD`, `ZH_DATELINE`,
  `ZH_DATE_FIGURES` (Minguo years too), `MINGUO_SLASHED_DATE`, `URL_DATE`, `ISO_DATE`,
  `SLASHED_DATE`, `DOTTED_DATE`,
  `EN_MONTH_DAY_YEAR`, `EN_DAY_MONTH_YEAR`, `EN_MONTH_YEAR`, `EN_DATE`, `EN_RELATIVE_YEAR`,
  `EN_RELATIVE_MONTH`, `ZH_TODAY`, `ZH_TERM` (a term of office, matched only);
  `date_of(match)` turns any of the others' matches into a `PartialDate`;
* whole-text helpers: `find_dates` (every date expression with its span), `iso_prefix`
  (a metadata value to an ISO prefix), `relative_year`, `relative_month`,
  `weekday_on_or_before`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from store.text import lexicon

_FILE = "dates.txt"


def _lines(section: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in lexicon.words(_FILE, section))


def _counts(section: str) -> dict[str, int]:
    """A section of "word count" lines, in the order written."""
    return {word: int(count) for word, count in _lines(section)}


_MONTH_LINES = _lines("months")

#: Every English month name and abbreviation, lower case, to its number ("sept" -> 9).
MONTHS: dict[str, int] = {name: k for k, names in enumerate(_MONTH_LINES, 1) for name in names}
#: The twelve full month names, lower case, January first.
MONTH_NAMES: tuple[str, ...] = tuple(names[0] for names in _MONTH_LINES)
#: The seven weekday names, lower case, Monday first (as `date.weekday()` counts).
WEEKDAYS: tuple[str, ...] = tuple(names[0] for names in _lines("weekdays"))

#: Month names and abbreviations as one regex body, longest first, Title case, no full
#: stop: for case-insensitive patterns that add their own `\.?`.
MONTH_WORD = "(?:" + "|".join(n.title() for n in sorted(MONTHS, key=len, reverse=True)) + ")"
#: Month names as English text writes them: the full names, then the abbreviations each with
#: an optional full stop ("Sept."). Case-sensitive: "may" and "march" are not months.
MONTH_RE = (
    "(?:"
    + "|".join(
        [n.title() for n in MONTH_NAMES]
        + [
            re.escape(a.title()) + r"\.?"
            for names in _MONTH_LINES
            for a in sorted(names[1:], key=len, reverse=True)
        ]
    )
    + ")"
)
#: Weekday names, Title case, as a regex body (add re.I to match them in any case).
WEEKDAY_RE = "(?:" + "|".join(d.title() for d in WEEKDAYS) + ")"

_ZH_DIGIT_LINES = _lines("zh_digits")
_ZH_DIGIT_VALUE = {c: k for k, chars in enumerate(_ZH_DIGIT_LINES) for c in chars}
#: Chinese numeral digits (〇 ○ 零 一 … 九) as the body of a character class.
ZH_DIGITS = "".join(c for chars in _ZH_DIGIT_LINES for c in chars)
#: The numeral ten (十), for a character class beside ZH_DIGITS.
ZH_TEN = "".join(c for (c,) in _lines("zh_ten"))
#: A year in a Chinese date: four figures or four numerals (2024, 二〇二四).
ZH_YEAR_NUM = rf"(?:\d{{4}}|[{ZH_DIGITS}]{{4}})"
#: A month or day in a Chinese date: one or two figures, or up to three numerals (十二, 二十一).
ZH_NUM = rf"(?:\d{{1,2}}|[{ZH_DIGITS}{ZH_TEN}]{{1,3}})"

#: A year and month, and perhaps a day, in figures joined by "-", "/" or "." (2024-01,
#: 2024/1/12): a regex body for a date written after a label.
FIGURE_YEAR_MONTH = r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?"

#: A point of a term in a Chinese career line: 2003年5月, 2011.03, 2011.
_TERM_POINT = rf"(?:\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月)?|{FIGURE_YEAR_MONTH}|\d{{4}})"
_OPEN_ENDS = "|".join(map(re.escape, lexicon.words(_FILE, "zh_open_ends")))
#: A term of office as a résumé or a list of past heads writes it (2011.03—2014.11,
#: 2003年5月-2009年2月, 2018.07—, 2020年1月-今): a start, a dash, and the end if it has one.
ZH_TERM = re.compile(rf"{_TERM_POINT}\s*[—–\-－~～至到]+\s*(?:{_TERM_POINT}|{_OPEN_ENDS})?")

#: Year counts of Chinese relative years (去年: -1), in the order to check them.
ZH_RELATIVE_YEARS: dict[str, int] = _counts("zh_relative_years")
#: Eras by which a Chinese date may count its years (民國), to the year before each era's
#: first: 民國113年 is 1911 + 113. The first is the era of a bare 113年3月.
ZH_ERAS: dict[str, int] = _counts("zh_eras")
#: Year counts of the English "last/this/past year".
EN_RELATIVE_YEARS: dict[str, int] = _counts("en_relative_years")
#: Month counts of the English "last/this month".
EN_RELATIVE_MONTHS: dict[str, int] = _counts("en_relative_months")
#: Words that label a date in a title line or a dateline ("Date:", "发布时间：").
DATE_LABELS: tuple[str, ...] = lexicon.words(_FILE, "date_labels")
#: Further words that label a dateline ("Issued", "印发日期").
DATELINE_LABELS: tuple[str, ...] = lexicon.words(_FILE, "dateline_labels")
SOURCE_LABELS: tuple[str, ...] = lexicon.words(_FILE, "source_labels")
#: Titles of a report on one year ("Annual Report", "Year in Review", "年报"): a document
#: that names one with a year in its head is dated to that year when nothing else dates it.
REPORT_TITLES: tuple[str, ...] = lexicon.words(_FILE, "report_titles")
#: Phrases that show a text opening "In 2017, ..." reviews that year ("throughout the year").
YEAR_PHRASES: tuple[str, ...] = lexicon.words(_FILE, "year_phrases")

_Y, _N = ZH_YEAR_NUM, ZH_NUM

#: 2024年3月5日, 二〇二四年三月, 2024年3月 (the day is optional), in figures or numerals.
ZH_DATE = re.compile(rf"(?P<y>{_Y})\s*年\s*(?P<m>{_N})\s*月(?:\s*(?P<d>{_N})\s*[日号])?")
#: 3月5日, 三月五号: a month and day with no year of their own.
ZH_MONTH_DAY = re.compile(rf"(?<![\d{ZH_DIGITS}{ZH_TEN}])(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*[日号]")
#: 2024年, 二〇二四年: a year, alone or opening a date.
ZH_YEAR = re.compile(rf"(?P<y>{_Y})\s*年")
#: 2024—2025年, 2024至2025年: a period of years.
ZH_PERIOD = re.compile(rf"(?P<y>{_Y})\s*[—–\-~～至到]+\s*(?P<y2>{_Y})\s*年")
_ERA = "|".join(re.escape(era) for era in sorted(ZH_ERAS, key=len, reverse=True))
#: A year as a Chinese date writes it, before its 年: four figures or numerals (group `y`:
#: 2024, 二〇二四), a year of an era (`era`, `ey`: 民國113, 民國九十七), or three figures
#: before a month (`ey3`: 113年3月, the era left unsaid: no text dates an event to the second
#: century).
#: A regex body; `zh_year` reads the year of a match.
#: the count of years after an era word: figures or numerals (97, 九十七)
_ERA_YEARS = rf"\d{{1,3}}|[{ZH_DIGITS}{ZH_TEN}]{{1,4}}"
ZH_YEAR_PART = (
    rf"(?:(?P<y>{_Y})|(?P<era>{_ERA})\s*(?P<ey>{_ERA_YEARS})"
    rf"|(?<![\d{ZH_DIGITS}])(?P<ey3>1\d\d)(?=\s*年\s*{_N}\s*月))"
)
#: 民國97年09月03日, 中華民國九十七年九月三日, 民國113年: a year of a named era, with its month and
#: day if written. The era word makes any count of years a year (97年 alone stays none).
ZH_ERA_DATE = re.compile(
    rf"(?P<era>{_ERA})\s*(?P<ey>{_ERA_YEARS})\s*年"
    rf"(?:\s*(?P<m>{_N})\s*月(?:\s*(?P<d>{_N})\s*[日号])?)?"
)
#: A line that is only a full date, a weekday in brackets allowed: 二○二三年十一月二十日(星期一).
ZH_DATELINE = re.compile(
    rf"^\s*(?P<y>{_Y})\s*年\s*(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*日\s*(?:\([^)\n]{{1,8}}\))?\s*$",
    re.M,
)
#: A Chinese date in figures only (2024年1月12日, 2024年1月, 民國113年3月4日, 113年3月4日),
#: not glued to a longer number: a Taiwan notice dates itself by the Minguo era.
ZH_DATE_FIGURES = re.compile(
    rf"(?<!\d)(?:(?P<y>\d{{4}})|(?P<era>{_ERA})\s*(?P<ey>\d{{1,3}})|(?P<ey3>1\d\d))"
    r"\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?"
)
#: 113/3/4, 113.03.04: a Minguo date in figures, as Taiwan's offices print them. Only a
#: Chinese text is read for it (an English line "113.3.4" is a section number).
MINGUO_SLASHED_DATE = re.compile(
    r"(?<![\d/.-])(?P<ey3>1\d\d)[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?![\d/.-])"
)
#: A date in a web address's path (/202403/, /2024/03/19/, /2024-03-19/, /20240319.html): how
#: news sites file their pages by the day or month they published them.
URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)([/-]?)(?P<m>0[1-9]|1[0-2])(?:\2(?P<d>0[1-9]|[12]\d|3[01]))?"
    r"(?=[/_.?#-]|$)"
)
#: 2024-01-12.
ISO_DATE = re.compile(r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/.-])")
#: 2021-12, 2021/12: a month in figures, a date only where a label says so ("date: 2021-12"),
#: since the same shape is also a range of years (2021-22) or a reference number.
ISO_MONTH = re.compile(r"(?<![\d/.-])(?P<y>\d{4})[-/](?P<m>\d{1,2})(?![\d/.-])")
#: 16.06.2026, 5.2.2026: a day first, dotted, with the year in full (as Europe and much of
#: Asia write a date in figures); a version or section number has no four-figure year last.
DOTTED_DATE = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d/-]|\.\d)"
)
#: 2024/01/12, 2024.1.12.
SLASHED_DATE = re.compile(
    r"(?<![\d/.-])(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?![\d/.-])"
)
#: February 26, 2025; Feb. 26th 2025 (any case).
EN_MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<mon>{MONTH_WORD})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
)
#: 26 February 2025; 26th Feb., 2025 (any case).
EN_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH_WORD})\.?,?\s+(?P<y>\d{{4}})\b", re.I
)
#: February 2025 (any case).
EN_MONTH_YEAR = re.compile(rf"\b(?P<mon>{MONTH_WORD})\.?\s+(?P<y>\d{{4}})\b", re.I)
#: An English date in running text with any part but the month missing: "13 March 2023",
#: "March 13, 2023", "February 2017", "11 August", "Sept. 20", "May" (groups 1-4 are d, mon,
#: d2, y). Whether a bare month is a date is the caller's rule.
EN_DATE = re.compile(
    rf"\b(?:(?P<d>\d{{1,2}})\s+)?(?P<mon>{MONTH_RE})(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?\b"
)
#: "last year", "this year", "past year" (group `w` is the word).
EN_RELATIVE_YEAR = re.compile(
    r"\b(?P<w>" + "|".join(map(re.escape, EN_RELATIVE_YEARS)) + r")\s+year\b", re.I
)
#: "last month", "this month" (group `w` is the word).
EN_RELATIVE_MONTH = re.compile(
    r"\b(?P<w>" + "|".join(map(re.escape, EN_RELATIVE_MONTHS)) + r")\s+month\b", re.I
)
#: 今日, 当天: the document's own day.
ZH_TODAY = re.compile("|".join(map(re.escape, lexicon.words(_FILE, "zh_today"))))

#: The forms in which a document states a date of its own, in figures, most specific first.
FIGURE_DATES: tuple[re.Pattern[str], ...] = (
    ZH_DATE_FIGURES,
    ISO_DATE,
    SLASHED_DATE,
    EN_MONTH_DAY_YEAR,
    EN_DAY_MONTH_YEAR,
    EN_MONTH_YEAR,
)


@dataclass(frozen=True)
class PartialDate:
    """A date as far as the text states it: any of year, month and day may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str | None:
        """The ISO 8601 prefix it fixes: "2024", "2024-03", "2024-03-05"; None without a year.
        A day without a month fixes no more than the year."""
        if self.year is None:
            return None
        out = str(self.year)
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def is_real(self, first: int = 1900, last: int = 2100) -> bool:
        """Whether it could be a document's date: a year in [first, last], a month 1-12, and
        a day that exists in that month."""
        if self.year is None or not first <= self.year <= last:
            return False
        if self.month is None:
            return self.day is None
        if not 1 <= self.month <= 12:
            return False
        if self.day is None:
            return True
        try:
            dt.date(self.year, self.month, self.day)
        except ValueError:
            return False
        return True

    def with_year(self, year: int | str | None) -> PartialDate:
        """The same month and day in `year` (a month-day given the year its context says)."""
        return PartialDate(_number(year), self.month, self.day)


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in a text: where it is, what it says, and its kind:
    "date" (year, month, day), "month" (year and month), "month_day" (no year), "year", or
    "period" (`date` is its first year, `until` its last)."""

    start: int
    end: int
    kind: str
    date: PartialDate
    until: PartialDate | None = None


def zh_number(figures: str) -> int:
    """A number as Chinese dates write it: 二○一九 -> 2019 (digit by digit), 二十 -> 20,
    十一 -> 11, and figures as they are (17 -> 17)."""
    if figures.isdigit():
        return int(figures)
    if ZH_TEN not in figures:
        return int("".join(str(_ZH_DIGIT_VALUE[c]) for c in figures))
    tens, _, units = figures.partition(ZH_TEN)
    return (_ZH_DIGIT_VALUE[tens] if tens else 1) * 10 + (_ZH_DIGIT_VALUE[units] if units else 0)


def zh_year(match: re.Match[str]) -> str:
    """The year, in the common era, that a match of a pattern built on `ZH_YEAR_PART` states."""
    if match.group("y"):
        return str(zh_number(match.group("y")))
    return str(era_year(match.group("era"), match.group("ey") or match.group("ey3")))


def era_year(era: str | None, year: str) -> int:
    """A year of an era in the common era; a bare year (no era named) is of the first era."""
    return (ZH_ERAS[era] if era else next(iter(ZH_ERAS.values()))) + zh_number(year)


def month_number(name: str) -> int | None:
    """An English month name or abbreviation, any case, with or without its full stop."""
    return MONTHS.get(name.rstrip(".").casefold())


def weekday_number(name: str) -> int | None:
    """An English weekday name, any case: Monday is 0."""
    key = name.casefold()
    return WEEKDAYS.index(key) if key in WEEKDAYS else None


def _number(value: int | str | None) -> int | None:
    if value is None or isinstance(value, int):
        return value
    return zh_number(value)


def iso(year: int | str, month: int | str | None = None, day: int | str | None = None) -> str:
    """The ISO prefix of a year, month and day given as numbers, figures or Chinese numerals
    (iso("二〇二四", "三") == "2024-03"); a day without a month is dropped."""
    text = PartialDate(_number(year), _number(month), _number(day)).iso
    assert text is not None
    return text


def date_of(match: re.Match[str]) -> PartialDate:
    """The date a match of one of this module's patterns states (its groups y, mon or m, and
    d or d2; English month names through MONTHS, Chinese numerals through zh_number)."""
    groups = match.re.groupindex

    def group(name: str) -> str | None:
        return match.group(name) if name in groups else None

    mon = group("mon")
    month = month_number(mon) if mon else _number(group("m"))
    in_era = group("ey") or group("ey3")
    year = era_year(group("era"), in_era) if in_era else _number(group("y"))
    return PartialDate(year, month, _number(group("d") or group("d2")))


_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (ZH_PERIOD, "period"),
    (ZH_DATE, ""),
    (ZH_ERA_DATE, ""),
    (ISO_DATE, "date"),
    (SLASHED_DATE, "date"),
    (EN_MONTH_DAY_YEAR, "date"),
    (EN_DAY_MONTH_YEAR, "date"),
    (EN_DATE, ""),
    (ZH_MONTH_DAY, "month_day"),
    (ZH_YEAR, "year"),
)


def _kind_of(date: PartialDate) -> str:
    if date.year is None:
        return "month_day" if date.day is not None else "month"
    if date.month is None:
        return "year"
    return "date" if date.day is not None else "month"


def _span(match: re.Match[str], kind: str) -> DateSpan | None:
    if kind == "period":
        until = PartialDate(zh_number(match.group("y2")))
        return DateSpan(match.start(), match.end(), kind, date_of(match), until)
    date = date_of(match)
    if match.re is EN_DATE and date.year is None and date.day is None:
        return None  # a bare month name is no date without its context
    end = match.end() - match.group().endswith(",")  # "Sept. 20," ends before its comma
    return DateSpan(match.start(), end, kind or _kind_of(date), date)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateSpan]:
    """Every date expression in text[start:end], English and Chinese, in reading order and
    without overlaps (the longest wins where two begin together): full dates, month-year,
    month-day, Chinese years (2024年) and periods (2024—2025年). A month name with neither
    day nor year ("in May") is left out: whether it is a date is the caller's rule."""
    stop = len(text) if end is None else end
    found: list[DateSpan] = []
    for pattern, kind in _KINDS:
        for m in pattern.finditer(text, start, stop):
            span = _span(m, kind)
            if span is not None:
                found.append(span)
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[DateSpan] = []
    for span in found:
        if not out or span.start >= out[-1].end:
            out.append(span)
    return out


_METADATA = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])")


def iso_prefix(value: str | None) -> str | None:
    """A date as metadata gives it ("2017-02-03T10:00:00Z", "2017-02", "Feb 3, 2017") as an
    ISO prefix, as far as it is a real date between 1900 and 2100; else None."""
    if not value:
        return None
    value = str(value).strip()
    m = _METADATA.match(value)
    if m:
        y, mo, d = m.groups()
        if not 1900 <= int(y) <= 2100:
            return None
        if mo and not 1 <= int(mo) <= 12:
            return y
        if d:
            if not PartialDate(int(y), int(mo), int(d)).is_real():
                return f"{y}-{mo}"
            return f"{y}-{mo}-{d}"
        return f"{y}-{mo}" if mo else y
    for pattern in FIGURE_DATES:
        found = pattern.search(value)
        if found:
            date = date_of(found)
            return date.iso if date.is_real() else None
    return None


def relative_year(word: str, doc_date: str | None) -> str | None:
    """The year a relative year word names ("last", "去年") in a document dated `doc_date`."""
    delta = ZH_RELATIVE_YEARS.get(word, EN_RELATIVE_YEARS.get(word.casefold()))
    if delta is None or not doc_date or not doc_date[:4].isdigit():
        return None
    return str(int(doc_date[:4]) + delta)


def relative_month(word: str, doc_date: str | None) -> str | None:
    """The month a relative month word names ("last") in a document dated `doc_date` to the
    month at least: "2023-08" for "last month" in September 2023."""
    delta = EN_RELATIVE_MONTHS.get(word.casefold())
    return None if delta is None else months_from(doc_date, delta)


def months_from(doc_date: str | None, delta: int) -> str | None:
    """The month `delta` months from `doc_date`'s, "YYYY-MM" ("2023-01" and -1: "2022-12"):
    last month, this month and next, in either language, counted from when a text was dated."""
    if not doc_date or not re.match(r"\d{4}-\d{2}", doc_date):
        return None
    months = int(doc_date[:4]) * 12 + int(doc_date[5:7]) - 1 + delta
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def weekday_on_or_before(weekday: str, doc_date: str | None) -> str | None:
    """The last `weekday` ("Tuesday") on or before a full `doc_date`: the day "on Tuesday"
    means in a text dated then."""
    number = weekday_number(weekday)
    if number is None or not doc_date or len(doc_date) < 10:
        return None
    try:
        day = dt.date.fromisoformat(doc_date[:10])
    except ValueError:
        return None
    return (day - dt.timedelta(days=(day.weekday() - number) % 7)).isoformat()
