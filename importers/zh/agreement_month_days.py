"""本月14日, 上月3日: a day of a month the text names by where it stands from the document's.

A release of 16 July that says 本月14日，甲与乙签署… means 14 July; 上月3日 means 3 June. Only
the signing's own sentence dates it so (本月14日至17日 is a visit's days, not a signing's).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from functools import cache

from importers.gazetteer import alternation
from importers.zh.agreement_datelines import days_from, news_dateline
from store.text import dates, lexicon
from store.text.dates import ZH_NUM


@cache
def _month_day() -> re.Pattern[str]:
    heads = alternation(list(_month_heads()))
    marks = alternation(lexicon.words("zh_agreements.txt", "day_marks"))
    return re.compile(rf"({heads})\s*({ZH_NUM})\s*(?:{marks})")


@cache
def _month_heads() -> dict[str, int]:
    pairs = (w.split(":", 1) for w in lexicon.words("zh_agreements.txt", "month_day_heads"))
    return {w: int(n) for w, n in pairs}


def this_month_day(text: str, s: int, verb_at: int, doc_date: str | None) -> str | None:
    """本月14日，甲与乙签署…: a day of the document's month (上月3日: of the month before), stated
    in the signing's own sentence (本月14日至17日 is a visit's days, not a signing's)."""
    m = _month_day().search(text, s, verb_at)
    if m is None or not doc_date or len(doc_date) < 7 or _is_range(text, m.end()):
        return None
    return _month_day_of(m, doc_date)


def month_alone(window: str, doc_date: str | None) -> str | None:
    """甲会上月率团访问某地，与乙签署…: a month word with no day after it (上月, 本月) names
    that month, counted from the document's (in a text of 2 December, 上月 is November)."""
    m = _month_alone().search(window)
    return None if m is None else dates.months_from(doc_date, _month_heads()[m.group(1)])


@cache
def _month_alone() -> re.Pattern[str]:
    heads = alternation(list(_month_heads()))
    marks = alternation(lexicon.words("zh_agreements.txt", "day_marks"))
    return re.compile(rf"({heads})(?!\s*(?:{ZH_NUM})\s*(?:{marks}))")


def bare_day(text: str, s: int, verb_at: int, doc_date: str | None) -> str | None:
    """台湾和以色列于17日签署…: news writes a recent day by its number alone; a story with no
    dateline counts it from its own date (in a report of 18 November, 17 November; in one
    of 3 December, a 28th is 28 November), in the signing's own sentence only."""
    if not doc_date or len(doc_date) < 10 or news_dateline(text, doc_date) is not None:
        return None
    filed = datetime.date.fromisoformat(doc_date[:10])
    days = [d for at, d in days_from(text, s, verb_at + VERB_REACH, filed) if at < verb_at]
    return days[0] if days else None


VERB_REACH = 4  # the verb after a day (于17日签署) is what makes it an event's day


def _is_range(text: str, end: int) -> bool:
    joiners = lexicon.words("zh_agreements.txt", "event_range_joiners")
    return text[end : end + 3].lstrip().startswith(joiners)


def _month_day_of(m: re.Match[str], doc_date: str) -> str | None:
    """本月14日 in a text of 16 July: 14 July; 上月3日: 3 June."""
    month = dates.months_from(doc_date, _month_heads()[m.group(1)])
    day = dates.zh_number(m.group(2))
    if month is None:
        return None
    try:
        return datetime.date(int(month[:4]), int(month[5:7]), int(day)).isoformat()
    except (ValueError, TypeError):
        return None


@cache
def _opening_month() -> re.Pattern[str]:
    """A month alone, maybe with 份, then a comma or the 在 of a place (4月，…; 5月在某市举行…;
    not 4月5日, not 2024年4月)."""
    return re.compile(rf"[\s\u3000]*({ZH_NUM})\s*月份?(?:[，,]|(?=在))")


@cache
def _month_after_at() -> re.Pattern[str]:
    """已于3月换文展期…: a month alone right after 于 inside the sentence (于2024年10月 has
    its year, 于10月5日 its day: neither is one)."""
    return re.compile(rf"于\s*({ZH_NUM})\s*月份?(?![\d{dates.ZH_DIGITS}{dates.ZH_TEN}日号])")


def opening_month(
    text: str, span: tuple[int, int], year_of: Callable[[], str | None], doc_date: str | None
) -> str | None:
    """4月，甲与乙签署…: a month alone that opens the signing's sentence (text[span]), or
    stands after 于 in it (甲与乙已于3月换文展期…), dates it to that month of the
    year the text last stated before it (`year`, from a date) or named by a relative word
    (今年上半年), never later than the document's own month (a release of July telling of
    11月 means the year before). With no year stated, a review of the year before may be
    speaking: no date. `year_of` is asked only when the sentence has such a month (finding
    the year scans the text before it)."""
    m = _opening_month().match(text, *span) or _month_after_at().search(text, *span)
    if m is None:
        return None
    year = year_of() or _relative_year_before(text, span[0], doc_date)
    if year is None:
        return None
    out = dates.iso(year, m.group(1))
    if doc_date and len(doc_date) >= 7 and out > doc_date[:7]:
        out = dates.iso(int(year) - 1, m.group(1))
    return out


def _relative_year_before(text: str, pos: int, doc_date: str | None) -> str | None:
    """The year the last relative year word before `pos` (今年, 去年) names, or None."""
    found = [(k, w) for w in dates.ZH_RELATIVE_YEARS if (k := text.rfind(w, 0, pos)) >= 0]
    return dates.relative_year(max(found)[1], doc_date) if found else None
