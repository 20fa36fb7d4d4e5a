"""When a Chinese text says an agreement was signed.

The sentence that reports the signing may state a full date, a month and day (in the year in
force there), a year alone before the verb (于2019年签署), or a relative day or year (今日,
去年) against the document's date; failing that, the latest date before it counts, within the
enumerated item of a bulletin when there is one (each item carries its own date).
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_datelines import bare_days, ends_dateline
from importers.zh.agreement_month_days import bare_day, month_alone, opening_month, this_month_day
from store.text import dates, lexicon
from store.text.dates import (
    ZH_DATE,
    ZH_DATELINE,
    ZH_DIGITS,
    ZH_MONTH_DAY,
    ZH_NUM,
    ZH_PERIOD,
    ZH_RELATIVE_YEARS,
    ZH_TEN,
    ZH_TODAY,
    ZH_YEAR_NUM,
    ZH_YEAR_PART,
)

#: How far before a sentence the date of the event it tells may have been stated.
EVENT_LOOKBACK = 1500


def has_full_date(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] states a year and month (2024年3月)."""
    return _full_date().search(text, start, end) is not None


def own_day(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] states a day of its own (12月4日，甲与乙签署)."""
    return has_full_date(text, start, end) or ZH_MONTH_DAY.search(text, start, end) is not None


def full_date_of(cell: str) -> str | None:
    """The date a short text (a table cell) is mostly made of, as the era-aware reader takes
    it: 2024年3月12日, 民國113年3月12日 and a bare 113年3月12日 (a Taiwan report's own era)."""
    m = _full_date().search(cell)
    if m is None or (m.end() - m.start()) * 2 < len(cell.strip()):
        return None
    return _iso_of(m)


def signing_date(
    text: str,
    upto: int,
    sentence: tuple[int, int],
    doc_year: str | None,
    item: tuple[int, int] | None = None,
    *,
    clause_start: int | None = None,
) -> tuple[str | None, bool]:
    """The date the sentence states (`doc_year`: the document's date, or its year alone),
    else the latest one before it (within its enumerated item, if any, else the item's first
    date: a bulletin's items carry their own dates); with True when the date comes from the
    sentence or its item. A date in the verb's own clause (`clause_start`) comes first: a
    list of signings in one sentence (2023年与甲签署…，2024年与乙续签…) dates each item."""
    s, e = sentence
    if (
        clause_start is not None
        and s < clause_start
        and (mine := _stated(text, clause_start, upto, doc_year))
    ):
        return mine, True
    own = (
        _own_date(text, s, upto, e, doc_year)
        or _year_before(text[s:upto])
        or _same_year_month(text, s, upto, doc_year)
        or this_month_day(text, s, upto, doc_year)
        or bare_day(text, s, upto, doc_year)
        or opening_month(text, (s, upto), lambda: _year_at(text, s, None), doc_year)
    )
    if own:
        return own, True
    if item is not None:
        a, b = item
        found = _latest(text, a, s, doc_year) or _stated(text, e, b, doc_year)
        return (found, True) if found else (None, False)
    found = _latest(text, max(0, s - 400), s, doc_year, months_from=max(0, s - EVENT_LOOKBACK))
    return found, False


@cache
def _same_year() -> re.Pattern[str]:
    """同年11月 (no day after it): a month of the year the story named last."""
    words = alternation(lexicon.words("zh_agreements.txt", "same_year_words"))
    return re.compile(rf"(?:{words})\s*({ZH_NUM})\s*月")


def _same_year_month(text: str, s: int, verb_at: int, doc_year: str | None) -> str | None:
    """同年11月，甲与乙签署…: the month, in the year in force where it is written (同年11月5日
    is a month and day, which `_stated` reads)."""
    m = _same_year().search(text, s, verb_at)
    if m is not None and ZH_MONTH_DAY.match(text, m.start(1)):
        return None
    year = _year_at(text, m.start(), doc_year) if m else None
    return dates.iso(year, m.group(1)) if m and year else None


def _own_date(text: str, s: int, verb_at: int, e: int, doc_year: str | None) -> str | None:
    """The date the signing sentence states: before the verb first; after it only a date
    that is not a start (试点自2025年10月1日起启动 dates the pilot, not the signing)."""
    before = _stated(text, s, verb_at, doc_year)
    if before:
        return before
    for m in [*_full_date().finditer(text, verb_at, e), *ZH_MONTH_DAY.finditer(text, verb_at, e)]:
        if not _is_start(text, m.start(), m.end()):
            return _stated(text, m.start(), m.end(), doc_year)
    return None


def _is_start(text: str, start: int, end: int) -> bool:
    """自2025年10月1日起 / 从…开始: a date from which something runs; 将于7月1日: a date
    something is yet to happen on (试点将于7月1日启动 dates no signing told before it)."""
    ahead = text[max(0, start - 4) : start].endswith(zh_lex.words("ahead_date_markers"))
    return ahead or bool(_start_marker().match(text[end : end + 4]))


def _year_at(text: str, pos: int, doc_year: str | None) -> str | None:
    """The year in force at `pos`: that of the last date context before it (2024年3月,
    2019年，…), else the document's year. A year that only dates another event (始于1994年,
    1994年设立) is not a date context for a later 4月21日."""
    year = doc_year[:4] if doc_year else None
    for m in _any_year().finditer(_without_periods(text[:pos])):
        opens = _date_context(text, m.end()) and not _is_end(text, m.start())
        if opens or _heads_report(text, m.end()):
            year = dates.zh_year(m)
    return year


REPORT_HEAD_CHARS = 20  # how far after its year a heading names its chronicle (…国际合作大事记)


def _heads_report(text: str, end: int) -> bool:
    """某省知识产权局2023年对外交流大事记: a heading naming a chronicle or review of one year
    (`REPORT_TITLES`) dates the entries under it (3月5日) to that year."""
    stop = text.find("\n", end)
    rest = text[end : stop if stop >= 0 else len(text)]
    return len(rest) <= REPORT_HEAD_CHARS and any(t in rest for t in dates.REPORT_TITLES)


def _is_end(text: str, start: int) -> bool:
    """延长至2026年12月31日: a date that an end marker opens closes a term; a chronicle's next
    entry (3月5日) still falls in the year its heading gives, not in that term's year."""
    return bool(_end_marker().search(text[max(0, start - 4) : start]))


@cache
def _end_marker() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon.words('zh_agreements.txt', 'end_markers'))})\s*$")


def _date_context(text: str, end: int) -> bool:
    """Whether the year ending at `end` opens a date or a time frame (not 1994年设立)."""
    return bool(_date_context_re().match(text[end : end + 6]))


@cache
def _date_context_re() -> re.Pattern[str]:
    """After a year: a month, a comma or colon, or a part of the year (年初, 上半年, 年度)."""
    parts = alternation(zh_lex.words("year_parts"))
    return re.compile(rf"\s*(?:{ZH_NUM}\s*月|[，,：:]|(?:{parts}))")


@cache
def _start_marker() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation(zh_lex.words('start_markers'))})")


#: What follows the year of a full date, month and maybe day, as the one date parser writes it.
_MONTH_AND_DAY = ZH_DATE.pattern.split("年", 1)[1]


@cache
def _full_date() -> re.Pattern[str]:
    """A year and month, maybe a day: 2024年3月5日, 二〇二四年三月, 民國113年3月20日."""
    return re.compile(rf"{ZH_YEAR_PART}\s*年{_MONTH_AND_DAY}")


@cache
def _any_year() -> re.Pattern[str]:
    """A year, alone or opening a date (2024年, 民國113年)."""
    return re.compile(rf"{ZH_YEAR_PART}\s*年")


@cache
def _date_at_end() -> tuple[re.Pattern[str], ...]:
    """A full date, or a year, that ends the text searched (spaces may follow)."""
    return tuple(re.compile(rf"(?:{rx.pattern})\s*$") for rx in (_full_date(), _any_year()))


def is_date(text: str) -> bool:
    """Whether `text` is wholly a date: a year, a year and month (and day), or a month and day."""
    text = text.strip()
    return any(rx.fullmatch(text) for rx in (_full_date(), _any_year(), ZH_MONTH_DAY))


def dates_verb(text: str, verb_at: int) -> bool:
    """2019年11月签署的协议: a date (or a year) right before the signing verb dates that one
    signing; a document it describes after 的 is a particular one, not the topic of a list."""
    window = text[max(0, verb_at - 20) : verb_at]
    return any(rx.search(window) for rx in _date_at_end())


def _iso_of(m: re.Match[str]) -> str:
    return dates.iso(dates.zh_year(m), m.group("m"), m.group("d"))


def _without_periods(text: str) -> str:
    """`text` with titles in 《》 and year ranges (2024—2025年) blanked: the period a plan
    covers is not the date of the text around it."""
    text = re.sub(r"《[^《》]*》", lambda m: " " * len(m.group(0)), text)
    return ZH_PERIOD.sub(lambda m: " " * len(m.group(0)), text)


def _year_before(clause: str) -> str | None:
    """于2019年签署: a year alone, stated just before the verb; or opening the verb's clause
    (自2021年双方首次签署…以来, 2019年双方签署): the year of its signing."""
    m = re.search(rf"({ZH_YEAR_NUM})\s*年\s*(?:[{ZH_DIGITS}{ZH_TEN}\d]+\s*月)?\s*$", clause[-16:])
    if m is None:
        last = re.split(r"[，,；;：:]", clause)[-1]
        m = _opening_year().match(last)
        if m is not None and _start_marker().match(last, m.end()):
            return None  # 自2021年起: a year something runs from
        if m is not None and ZH_PERIOD.match(last, m.start(1)):
            return None  # 2024—2025年: the period of a plan
    m = m or _sequel_year().search(re.split(r"[，,；;：:]", clause)[-1])  # 继2018年…签署…后
    if m is None:  # 2025年，甲局共签署…：与乙签署…: the year that opens the whole sentence
        first = re.split(r"[，,；;：:]", clause)[0]
        m = _opening_year().fullmatch(first.rstrip()) if first != clause else None
    return str(dates.zh_number(m.group(1))) if m else None


@cache
def _sequel_year() -> re.Pattern[str]:
    words = alternation(lexicon.words("zh_agreements.txt", "sequel_markers"))
    return re.compile(rf"(?:{words})\s*({ZH_YEAR_NUM})\s*年")


@cache
def _opening_year() -> re.Pattern[str]:
    """A year that opens a clause, maybe after 自/于/在 (not a period, 2024—2025年, nor a part
    of a year, 2024年度)."""
    parts = alternation(zh_lex.words("year_parts"))
    openers = alternation(lexicon.words("zh_agreements.txt", "year_openers"))
    return re.compile(rf"\s*(?:{openers})?\s*({ZH_YEAR_NUM})\s*年(?!\s*(?:{parts}))")


def _stated(text: str, a: int, b: int, doc_year: str | None) -> str | None:
    """The first full date, or month and day in the year then in force, else the first day
    a wire counts from its dateline's month, in text[a:b]; a date something runs from
    (自…起) dates that, not the text around it."""
    full = _first(_full_date(), text, a, b)
    if full:
        return _iso_of(full)
    md = _first(ZH_MONTH_DAY, text, a, b)
    year = _year_at(text, md.start(), doc_year) if md else None
    if md and year:
        return _past(year, md.group(1), md.group(2), doc_year)
    bare = bare_days(text, a, b, doc_year)  # 甲20日与乙签署…, under a dateline's 11月21日电
    return bare[0][1] if bare else None


def _first(regex: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    """The first date in text[a:b] that is not a start (自…起) nor a dateline (9月17日讯)."""
    return next(
        (
            m
            for m in regex.finditer(text, a, b)
            if not _is_start(text, *m.span()) and not ends_dateline(text, m.end())
        ),
        None,
    )


def latest_date(text: str, start: int, end: int, doc_date: str | None) -> str | None:
    """The last date stated in text[start:end] (a full date, else a month and day in the year
    then in force): the date of the event told last before `end`."""
    return _latest(text, start, end, doc_date)


def _latest(
    text: str, a: int, b: int, doc_year: str | None, months_from: int | None = None
) -> str | None:
    """The last full date in text[a:b], else the last month and day (from `months_from`);
    a month and day written after the last full date (a bulletin's date, then 3月1日 in its
    report) is the later statement and wins."""
    before = [
        m
        for m in _full_date().finditer(text, a, b)
        if not _is_start(text, *m.span())
        and not _is_end(text, m.start())  # 截至2030年4月: a statistic's cut-off, no event
        and not _recalled(text, m, doc_year)
        and not _NUMBERED.match(text, m.end())
    ]
    mds = [
        m
        for m in ZH_MONTH_DAY.finditer(text, a if months_from is None else months_from, b)
        if not _is_start(text, m.start(), m.end()) and not _NUMBERED.match(text, m.end())
    ]
    bare = bare_days(text, a if months_from is None else months_from, b, doc_year)
    latest = max((before[-1].end() if before else -1), (mds[-1].start() if mds else -1))
    if bare and bare[-1][0] >= latest:
        return bare[-1][1]  # 展会8日开幕 after the dateline's 9月9日电
    if before and not (mds and mds[-1].start() >= before[-1].end()):
        return _iso_of(before[-1])
    year = _year_at(text, mds[-1].start(), doc_year) if mds else None
    return _past(year, mds[-1].group(1), mds[-1].group(2), doc_year) if mds and year else None


@cache
def _signed_after() -> re.Pattern[str]:
    """A signing verb a few characters after a date, in the same clause (于2021年7月签署)."""
    return re.compile(rf"[^，。；,;！？\n]{{0,8}}?(?:{alternation(zh_lex.words('sign_verbs'))})")


# 2007年11月28日 + 某部某字第123号函, 2008年5月23日 + 第881号令: a date that a document's
# number follows (a few characters on, in the same clause) is the day that letter or order
# was issued, not the day of a signing told after it.
_NUMBERED = re.compile(r"[^，。；,;\n]{0,12}?第\s*\d+\s*号")


def _recalled(text: str, m: re.Match[str], doc_year: str | None) -> bool:
    """Whether the full date `m` is the day of an earlier signing its own clause recalls
    (上一期计划于2021年7月签署, in a story of 2024): that signing's date, not the day of what
    the story tells next. A date of the story's own year may be the day of its signings."""
    iso = _iso_of(m)
    earlier = bool(iso and doc_year and iso[:4] < doc_year[:4])
    return earlier and _signed_after().match(text, m.end()) is not None


def _past(year: str, month: str, day: str, doc: str | None) -> str:
    """A month and day in the year in force, but never after the document's date `doc` (a
    date or a year): a signing the text reports took place before it was written, so a year
    in force later than the document's (a term's end year) yields to it, and a month and
    day still to come in the document's year fall in the year before (a release of 20
    January reporting 12月3日)."""
    if doc and year > doc[:4]:
        year = doc[:4]
    out = dates.iso(year, month, day)
    if doc and len(doc) >= 10 and out > doc[: len(out)]:
        out = dates.iso(int(year) - 1, month, day)
    return out


def dateline(text: str) -> str | None:
    """The date of a line that holds only a date (二○二三年十一月二十日（星期一）): the date
    of a release that gives it on its own line, first or last."""
    m = ZH_DATELINE.search(text)
    return dates.date_of(m).iso if m else None


def relative_date(window: str, doc_date: str | None) -> str | None:
    """去年 or 今日 in the clause, against the document's date."""
    if not doc_date:
        return None
    if (day := numbered_day(window, doc_date)) is not None:
        return day
    if ZH_TODAY.search(window) and len(doc_date) >= 10:
        return doc_date
    for word in ZH_RELATIVE_YEARS:
        if word in window:
            return dates.relative_year(word, doc_date)
    return month_alone(window, doc_date)  # 上月, with no day: that month


@cache
def _relative_days() -> re.Pattern[str]:
    return re.compile(alternation(zh_lex.pairs("relative_days")))


HEADER_LINES = 12  # how many lines open a record (a file number, a title, its 日期 fields)


def event_date(text: str) -> str | None:
    """时间：2023年5月9日下午: the day a record (a transcript, minutes) states in a labelled
    field of its header, the label maybe spread to a column's width (日　　期：); its 今天
    (and 上月) is that day, whenever the record was published."""
    for line in text.split("\n")[:HEADER_LINES]:
        m = _event_field().match(line)
        if m is not None:
            return _iso_of(m)
    return None


@cache
def _event_field() -> re.Pattern[str]:
    labels = zh_lex.spaced_labels(lexicon.words("zh_agreements.txt", "event_date_labels"))
    return re.compile(rf"\s*(?:{labels})\s*[：:]\s*{_full_date().pattern}")


def relative_day(text: str, start: int, end: int, doc_date: str | None) -> str | None:
    """昨天在北京举行…会后签署: the day a relative day word names, counted from the
    document's date, when it is the last date stated in text[start:end] (a date written
    after it, 今日（一月十四日）, is the one in force); 於昨（26）日 names its day in brackets."""
    if not doc_date or len(doc_date) < 10:
        return None
    hits = [
        *_relative_days().finditer(text, start, end),
        *_numbered_day().finditer(text, start, end),
    ]
    if not hits:
        return None
    last = max(hits, key=lambda m: m.start())
    if _full_date().search(text, last.end(), end) or ZH_MONTH_DAY.search(text, last.end(), end):
        return None
    if last.re is _numbered_day():  # 於昨（26）日: the day the brackets give
        return numbered_day(last.group(0), doc_date)
    days = int(zh_lex.pairs("relative_days")[last.group(0)])
    return (datetime.date.fromisoformat(doc_date[:10]) + datetime.timedelta(days=days)).isoformat()


@cache
def _numbered_day() -> re.Pattern[str]:
    heads = "".join(lexicon.words("zh_agreements.txt", "relative_day_heads"))
    return re.compile(rf"([{heads}])\s*[(（]\s*({ZH_NUM})\s*[)）]\s*日")


def numbered_day(window: str, doc_date: str) -> str | None:
    """於昨（22）日, 今（5）日, 昨（十二）日: the day whose number the brackets give (in figures
    or in Chinese numerals), in the month of the document's date, or in the month before
    when that day is still to come then (a release of 1 March says 昨（28）日)."""
    m = _numbered_day().search(window)
    if m is None or len(doc_date) < 10:
        return None
    day = dates.zh_number(m.group(2))
    base = datetime.date.fromisoformat(doc_date[:10])
    month = base if day <= base.day else base.replace(day=1) - datetime.timedelta(days=1)
    try:
        return month.replace(day=day).isoformat()
    except ValueError:
        return None


@cache
def _relative_month() -> re.Pattern[str]:
    words = alternation(list(ZH_RELATIVE_YEARS))
    return re.compile(rf"({words}){_MONTH_AND_DAY}")


def relative_month(text: str, start: int, end: int, doc_date: str | None) -> str | None:
    """去年6月, 今年3月5日: a month (and day) of a relative year, against the document's date,
    when it is the last date stated in text[start:end] (去年6月启动谈判，今日签署 dates the
    talks, not the signing)."""
    if not doc_date:
        return None
    hits = list(_relative_month().finditer(text, start, end))
    if not hits:
        return None
    last = hits[-1]
    after = text[last.end() : end]
    if relative_date(after, doc_date) or _full_date().search(after) or ZH_MONTH_DAY.search(after):
        return None
    year = dates.relative_year(last.group(1), doc_date)
    return dates.iso(year, last.group("m"), last.group("d")) if year else None


LEAD_CHARS = 200  # how far after a headline its lead paragraph states the date


def lead_date(text: str, pos: int, doc_year: str | None) -> str | None:
    """The date of a headline's signing (the line holding `pos`): the first date the lead
    paragraph after it states (A与B签署备忘录 / 4月18日，A与B在京举行续签仪式). Lines
    between them without a comma or full stop (a byline, 2024年11月20日08:31 | 来源：…)
    date the page, not the signing."""
    end = text.find("\n", pos)
    while end >= 0:
        start, end = end + 1, text.find("\n", end + 1)
        line = text[start : end if end >= 0 else len(text)]
        if any(c in line for c in "，,。"):
            return _stated(text, start, _paragraph_end(text, start), doc_year)
    return None


def _paragraph_end(text: str, start: int) -> int:
    """Where the lead paragraph at `start` ends: with its line when the line ends a sentence
    (the next line, a post's next paragraph, may recall an earlier signing), else after
    `LEAD_CHARS` (a paragraph wrapped over lines)."""
    limit = min(len(text), start + LEAD_CHARS)
    stop = text.find("\n", start, limit)
    return stop if stop >= 0 and text[:stop].rstrip().endswith(("。", "！", "!")) else limit
