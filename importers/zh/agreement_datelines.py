"""The dateline of a Chinese news story: 人民网北京3月2日讯（记者 …）, 新华社上海6月4日电.

A wire or a portal opens its story with the day it filed it, then tells an event that may
be a day or two older (3月1日，甲与乙签署…). That date is no signing's: it is the day the
story's own 今天 and 昨日 count from, which the document's publication date may not be (a
page dated the day after the wire).
"""

from __future__ import annotations

import re
from functools import cache

from store.text import dates, lexicon
from store.text.dates import ZH_DATE, ZH_MONTH_DAY

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
    head = min(len(text), DATELINE_CHARS)
    found = [
        m
        for rx in (ZH_DATE, ZH_MONTH_DAY)
        for m in rx.finditer(text, 0, head)
        if ends_dateline(text, m.end())
    ]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    date = dates.date_of(m)
    year = date.year or (int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None)
    if year is None or date.month is None or date.day is None:
        return None
    iso = dates.iso(year, date.month, date.day)
    if doc_date and len(doc_date) >= 10 and iso > doc_date[:10]:
        if date.year is not None:
            return None  # a dateline after the page's own date is no dateline of it
        iso = dates.iso(year - 1, date.month, date.day)
    return iso if len(iso) == 10 else None
