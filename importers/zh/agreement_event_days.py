"""Signings dated by a day of an event of several days, or by the signing reported before.

论坛首日，甲与乙签署…: the first day of the forum, whose days the text gives before (为期两日
的论坛昨日（12月5日）结束: the 4th and the 5th; 12月4日至5日举行; 于12月4日开幕); 闭幕当日 is
its last day, not the day the text was written. 同日，丙与丁签署…: the day of the signing
reported just before; 当天下午，丙与丁签署…: the day the story named last.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import EVENT_LOOKBACK, latest_date, relative_day
from store.text import dates, is_han, lexicon
from store.text.dates import ZH_NUM

_FILE = "zh_agreements.txt"


def day_word(text: str, start: int, end: int) -> int | None:
    """The index of the event's day that text[start:end] names (0 the first, -1 the last),
    else None. A middle day needs its event before it (论坛第二天): 第二天 alone, after a
    comma, is the day after whatever the text told last."""
    pairs = _day_words()
    found = next((w for w in pairs if w in text[start:end]), None)
    if found is None:
        return None
    index = pairs[found]
    at = text.find(found, start, end)
    if index > 0 and not (at > 0 and is_han(text[at - 1])):
        return None
    return index


@cache
def _day_words() -> dict[str, int]:
    """Each word for a day of an event and its index, longest word first."""
    pairs = dict(w.split(":", 1) for w in lexicon.words(_FILE, "event_day_words"))
    return {w: int(pairs[w]) for w in longest_first(tuple(pairs))}


def event_day(text: str, start: int, end: int, doc_date: str | None) -> str | None:
    """The day of the event that the words in text[start:end] name (首日, 闭幕当日), from
    the days the text gives for the event before `start`; None when it gives too few."""
    index = day_word(text, start, end)
    if index is None or not doc_date:
        return None
    first, last = _days(text, start, doc_date)
    if index < 0:
        return last.isoformat() if last else None
    if first is None:
        return None
    day = first + datetime.timedelta(days=index)
    return day.isoformat() if last is None or day <= last else None


def same_day(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] dates a signing by the one reported before (同日)."""
    return any(w in text[start:end] for w in lexicon.words(_FILE, "same_day_words"))


def opened_day(text: str, since: int, upto: int, doc_date: str | None) -> str | None:
    """The day the last sentence or item between `since` and `upto` opens with ((三)6月26日,
    团组访问…): a 同日 after it is that day, not the day of a signing told before it."""
    day = None
    for m in _opening_date().finditer(text, since, upto):
        day = latest_date(text, m.start("d"), m.end("d"), doc_date) or day
    return day


@cache
def _opening_date() -> re.Pattern[str]:
    """A month and day (and year) right after a full stop or a line's item number, before
    the comma that opens the sentence it dates."""
    marker = rf"(?:[{zh_lex.numerals()}]+、|\([{zh_lex.numerals()}]+\)|\d{{1,2}}[.、])?"
    return re.compile(rf"(?:^|(?<=[。\n]))\s*{marker}\s*(?P<d>[^,。\n]{{3,14}}?日)\s*,", re.M)


def that_day(
    text: str, start: int, end: int, doc_date: str | None, last: str | None = None
) -> str | None:
    """The day 当天 (that day) in text[start:end] names: that of the signing reported before
    (`last`), else the last date the story stated before `start` (not its dateline's, 北京6月11日电,
    which `last` outranks), else None (a 当天 with no day before it is the document's date)."""
    if not any(w in text[start:end] for w in lexicon.words(_FILE, "that_day_words")):
        return None
    if last and len(last) == 10:
        return last
    day = latest_date(text, max(0, start - EVENT_LOOKBACK), start, doc_date)
    return day if day and len(day) == 10 else None


def _days(text: str, upto: int, doc_date: str) -> tuple[datetime.date | None, datetime.date | None]:
    """(first day, last day) of the event told last before `upto`: a range of days, else
    the day it opened or closed with its length (为期两日), either may be None."""
    window = max(0, upto - EVENT_LOOKBACK)
    ranged = list(_range().finditer(text, window, upto))
    if ranged:
        m = ranged[-1]
        year = doc_date[:4]
        first = _date(dates.iso(year, m.group("m"), m.group("a")))
        last = _date(dates.iso(year, m.group("m2") or m.group("m"), m.group("b")))
        return first, last
    verbs = list(_bound().finditer(text, window, upto))
    if not verbs:
        return None, None
    verb = verbs[-1]
    opening = text.rfind("。", 0, verb.start()) + 1
    day = _date(
        latest_date(text, opening, verb.start(), doc_date)
        or relative_day(text, opening, verb.start(), doc_date)
    )
    length = _length(text[opening : verb.start()])
    if day is None:
        return None, None
    span = datetime.timedelta(days=length - 1) if length else None
    if verb.group(0) in lexicon.words(_FILE, "event_ends"):
        return (day - span if span is not None else None), day
    return day, (day + span if span is not None else None)


def _date(iso: str | None) -> datetime.date | None:
    """A full ISO day as a date, else None (a month alone dates no day of an event)."""
    return datetime.date.fromisoformat(iso) if iso and len(iso) == 10 else None


def _length(before: str) -> int | None:
    """为期两日 / 为期3天: how many days the event lasts, else None."""
    m = _length_re().search(before)
    if m is None:
        return None
    n = m.group(1)
    counted = zh_lex.pairs("country_counts").get(n)
    return int(counted) if counted else dates.zh_number(n)


@cache
def _length_re() -> re.Pattern[str]:
    words = alternation(lexicon.words(_FILE, "event_lengths"))
    counts = "".join(lexicon.words(_FILE, "event_day_counts"))
    units = alternation(lexicon.words(_FILE, "event_day_units"))
    return re.compile(rf"(?:{words})\s*(\d{{1,2}}|[{zh_lex.numerals()}{counts}])\s*(?:{units})")


@cache
def _bound() -> re.Pattern[str]:
    """A verb that opens or closes an event (开幕, 闭幕, 结束)."""
    words = [*lexicon.words(_FILE, "event_ends"), *lexicon.words(_FILE, "event_starts")]
    return re.compile(alternation(longest_first(tuple(words))))


@cache
def _range() -> re.Pattern[str]:
    """12月4日至5日, 12月30日至1月2日: the days of an event, in one month or two."""
    joiners = alternation(lexicon.words(_FILE, "event_range_joiners"))
    return re.compile(
        rf"(?P<m>{ZH_NUM})\s*月\s*(?P<a>{ZH_NUM})\s*日?\s*(?:{joiners})\s*"
        rf"(?:(?P<m2>{ZH_NUM})\s*月\s*)?(?P<b>{ZH_NUM})\s*日"
    )
