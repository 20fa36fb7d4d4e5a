"""The dateline of a Chinese news story: 人民网北京3月2日讯（记者 …）, 新华社上海6月4日电.

A wire or a portal opens its story with the day it filed it, then tells an event that may
be a day or two older (3月1日，甲与乙签署…). That date is no signing's: it is the day the
story's own 今天 and 昨日 count from, which the document's publication date may not be (a
page dated the day after the wire).
"""

from __future__ import annotations

import datetime
import re
from functools import cache, lru_cache

from importers.gazetteer import alternation
from store.text import dates, lexicon
from store.text.dates import ZH_DATE, ZH_DIGITS, ZH_MONTH_DAY, ZH_NUM, ZH_TEN

#: How far into a text its dateline may stand (after a headline and a portal's name).
DATELINE_CHARS = 300


@cache
def _mark() -> re.Pattern[str]:
    """讯 or 电 right after a date, before a space or the reporter's bracket (9月17日电话 is
    a telephone call, not a dateline)."""
    marks = "".join(lexicon.words("zh_agreements.txt", "dateline_marks"))
    return re.compile(rf"\s*[{marks}](?=\s|[（(【\[]|$)")


def ends_dateline(text: str, end: int) -> bool:
    """Whether the date that ends at `end` closes a dateline (9月17日讯（记者…）)."""
    return _mark().match(text, end) is not None


def news_dateline(text: str, doc_date: str | None) -> str | None:
    """The day the dateline near the top of a story gives (a month and day in the year of
    the document, or the year before when that day is still to come), else None; never a
    day after the document's own date."""
    found = _dateline(text, doc_date)
    return found[1] if found else None


@lru_cache(maxsize=4)
def _dateline(text: str, doc_date: str | None) -> tuple[int, str] | None:
    """Where the dateline ends and the day it gives, else None (kept for the last texts:
    every signing of a text asks for it)."""
    found = first_day(text, 0, min(len(text), DATELINE_CHARS), doc_date, dateline=True)
    if found is None:
        return None
    m, iso = found
    return (m.end(), iso) if len(iso) == 10 else None


def first_day(
    text: str, start: int, end: int, doc_date: str | None, *, dateline: bool = False
) -> tuple[re.Match[str], str] | None:
    """The first date in text[start:end] that writes a whole day, where it stands and the
    day, else None: a day after the document's own date is none of its, except that a
    dateline with no year (`dateline`: only a date that closes one counts) was filed in the
    year before."""
    found = [
        m
        for rx in (ZH_DATE, ZH_MONTH_DAY)
        for m in rx.finditer(text, start, end)
        if not dateline or ends_dateline(text, m.end())
    ]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    day = whole_day(m, doc_date)
    if day is None:
        return None
    year, month, mday, stated = day
    iso = dates.iso(year, month, mday)
    if doc_date and len(doc_date) >= 10 and iso > doc_date[:10]:
        if stated or not dateline:
            return None
        iso = dates.iso(year - 1, month, mday)
    return m, iso


def bare_days(text: str, start: int, end: int, doc_date: str | None) -> list[tuple[int, str]]:
    """Each day written with no month (展会8日开幕) in text[start:end] after the
    story's dateline, where it starts and the day it names. A wire counts such days from the
    month it was filed in, or from the month before when the day is still to come then (a
    story filed on 2 March says 28日); a story with no dateline names none."""
    found = _dateline(text, doc_date)
    if found is None:
        return []
    return days_from(text, max(start, found[0]), end, datetime.date.fromisoformat(found[1]))


def days_from(text: str, start: int, end: int, filed: datetime.date) -> list[tuple[int, str]]:
    """Each day written with no month in text[start:end], counted from the day `filed`: in
    its month, or in the month before when that day is still to come."""
    out = []
    for m in _bare_day().finditer(text, start, end):
        day = dates.zh_number(m.group("d"))
        month = filed if day <= filed.day else filed.replace(day=1) - datetime.timedelta(days=1)
        try:
            out.append((m.start(), month.replace(day=day).isoformat()))
        except ValueError:
            continue  # 31日 in a month of 30 days is no day of it
    return out


@cache
def _bare_day() -> re.Pattern[str]:
    """A day with no month before it (not 11月20日, 第3日, 每月5日, 今（5）日) and with what
    follows a date of an event after it (20日在北京, 6日，在…, 18日上午): 30日内 is a span."""
    figures = rf"\d{ZH_DIGITS}{ZH_TEN}"
    before = "".join(lexicon.words("zh_agreements.txt", "bare_day_blockers"))
    after = alternation(lexicon.words("zh_agreements.txt", "bare_day_followers"))
    return re.compile(rf"(?<![{figures}{before}])(?P<d>{ZH_NUM})\s*日(?=\s*(?:{after}))")


def whole_day(m: re.Match[str], doc_date: str | None) -> tuple[int, int, int, bool] | None:
    """The year, month and day a date match writes, its year from the page's date when it
    writes none (3月4日 in a page of 2024), and whether the text wrote the year: a day with
    no year found is no day."""
    date = dates.date_of(m)
    year = date.year or (int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None)
    if year is None or date.month is None or date.day is None:
        return None
    return year, date.month, date.day, date.year is not None
