"""The date of a signing, from its sentence, its paragraph or the report it is in.

A sentence dates its event ("on 13 March 2023", "in February 2017", "on Tuesday"); a month
without a year takes the year of the report or of the document; a wire's dateline dates the
event only when the sentence names no other date. Reading a date is `store.text.dates`'s
job; which date is the signing's is this module's.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from importers.en.agreements.to_come import PLANNED
from importers.en.word_patterns import phrase_alternation
from store.text import dates, lexicon
from store.text.dates import EN_DATE, EN_RELATIVE_MONTH, EN_RELATIVE_YEAR, MONTH_RE, WEEKDAY_RE


def report_year(text: str, date: str | None) -> str | None:
    """The year a report covers: "Annual Report 2017", or "In 2017, ..." near its start."""
    head = text[:1500]
    m = re.search(
        r"\b(?:Annual Report|Report|Yearbook|Review)\s+(?:of\s+|for\s+)?((?:19|20)\d\d)\b"
        r"(?!\s*[–/-]\s*\d)",  # a financial year ("2023–24") spans two years: it dates nothing
        head,
    )
    if m:
        return m.group(1)
    m = re.search(r"(?:^|\n)\s*(?:In|Throughout|During)\s+((?:19|20)\d\d)\s*,", head)
    if m and not PLANNED.match(head, m.end()):
        return m.group(1)
    # "2023 in review", "our 2023 year in review", "KIPO 2022: The Year in Review": a
    # year-in-review list, titled on one of its first lines
    m = re.search(
        r"^[^\n]{0,60}?\b((?:19|20)\d\d)\b:?\s+(?:the\s+)?(?:year\s+)?in\s+review\b",
        head[:600],
        re.IGNORECASE | re.MULTILINE,
    )
    return m.group(1) if m else None


def opening_month(paragraph: str) -> int | None:
    """The month an "In May," or "By mid-June" that opens a paragraph dates its items by."""
    m = re.match(
        rf"\s*(?:In|By|Since|On)\s+(?:(?:early|mid|late)-?\s*)?({MONTH_RE})\b(?!\s+\d)",
        paragraph,
    ) or re.match(rf"\s*({MONTH_RE})\s*:?[ \t]*\n", paragraph)  # a month heading over a list
    return dates.month_number(m.group(1)) if m else None


def first_char(text: str, pos: int) -> int:
    """Where the text from `pos` goes on after white space."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


#: "March – KIPO and ... signed", "June 2022: ...": a month that heads one entry of a
#: review by month, on the entry's first line.
_ENTRY_MONTH = re.compile(
    rf"[ \t]*(?:[-•*·▪][ \t]+)?(?:\*\*|__)?({MONTH_RE})(?:\s+((?:19|20)\d\d))?(?:\*\*|__)?"
    r"[ \t]*(?:[–—:]|-{1,2})\s"
)


#: "- 2011 KIPO and NOIP signed ...", "2019: The MoU was renewed", "**2023** – ...": a year
#: that heads one entry of a timeline, on the entry's first line (not a span "2023–2025").
_ENTRY_YEAR = re.compile(
    r"[ \t]*(?:[-•*·▪][ \t]+)?(?:\*\*|__)?((?:19|20)\d\d)(?:\*\*|__)?(?![\d–—/-]\d)"
    r"[ \t]*(?:[–—:]|-{1,2})?[ \t]+(?=[A-Z\"“])"
)


def entry_heading(text: str, pos: int) -> Opening | None:
    """The month (and year, when it gives one) that heads the line on which the sentence at
    `pos` starts, or the line of the entry it continues ("It was signed in Alexandria"
    under "March – ..."); or the year that heads an entry of a timeline, which dates the
    days and months its sentences name without a year."""
    line = text.rfind("\n", 0, first_char(text, pos)) + 1
    y = _ENTRY_YEAR.match(text, line)
    if y is not None:
        return Opening(year=y.group(1))
    m = _ENTRY_MONTH.match(text, line)
    month = dates.month_number(m.group(1)) if m else None
    if m is None or month is None:
        return None
    return Opening(month, dates.iso(m.group(2), month) if m.group(2) else None)


@dataclass(frozen=True)
class Opening:
    """What the opening words of a paragraph date its sentences by: "In May," a month (of the
    report's year), "On 20 Nov 2017," a day, "- 2019 ..." a year for the days it names."""

    month: int | None = None
    date: str | None = None
    year: str | None = None  # the year heading an entry of a timeline ("- 2019 The MoU ...")


def opening(paragraph: str, default_year: str | None, doc_date: str | None) -> Opening:
    return Opening(opening_month(paragraph), opening_date(paragraph, default_year, doc_date))


#: A weekday and a day alone on a paragraph's first line, over the items of that day.
_DAY_HEADING = re.compile(rf"[ \t]*({WEEKDAY_RE},?[ \t]+{EN_DATE.pattern})[ \t]*\n(?=[^\n])")


def opening_date(paragraph: str, default_year: str | None, doc_date: str | None) -> str | None:
    """The day an "On 20 Nov 2017, ..." that opens a paragraph dates its sentences by, or
    a day heading a schedule's items on a line of its own ("Tuesday, 12 November")."""
    m = re.match(r"\s*On\s+([^,.;\n]{3,30}),", paragraph) or _DAY_HEADING.match(paragraph)
    if m is None:
        return None
    date = date_in(m.group(1), default_year, doc_date)
    return date if date and len(date) == 10 else None


@cache
def _update_heading() -> re.Pattern[str]:
    """A label of a later addition to a story, then its date: "UPDATE – 4 June 2025, 15:10"."""
    labels = "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in lexicon.words("en_agreements.txt", "update_labels")
    )
    return re.compile(rf"\s*(?:{labels})\b\s*(?:[–—:]|-{{1,2}})?\s*", re.IGNORECASE)


def update_day(paragraph: str, default_year: str | None, doc_date: str | None) -> str | None:
    """The day of an update heading a paragraph ("UPDATE – 4 June 2025, 15:10 CEST",
    "Updated 5 June:"): what follows is told from that day, and its "today" is that day."""
    m = _update_heading().match(paragraph)
    if m is None:
        return None
    line = paragraph[m.end() :].split("\n", 1)[0]
    date = EN_DATE.match(line)
    if date is None:
        return None
    day = date_in(date.group(), default_year, doc_date)
    return day if day and len(day) == 10 else None


#: A news item's day on the line under its headline, maybe with its place: "14 May 2025 |
#: Kuala Lumpur", "3 June 2025 - Geneva".
_ITEM_DAY = re.compile(rf"({EN_DATE.pattern})(?:[ \t]*[|·•,–—-][ \t]*[A-Z][^\n|]{{0,40}})?")


def item_day(paragraph: str, default_year: str | None, doc_date: str | None) -> str | None:
    """The day a news item's date line gives (a headline, then "14 May 2025 | Kuala
    Lumpur"): in a page of several items, each item's "today" is its own day, not the
    page's."""
    lines = paragraph.strip().split("\n")
    if len(lines) != 2 or re.search(r"[.:;!?]\s*$", lines[0]):
        return None
    m = _ITEM_DAY.fullmatch(lines[1].strip())
    if m is None:
        return None
    day = date_in(m.group(1), default_year, doc_date)
    return day if day and len(day) == 10 else None


#: "BEIJING, Feb. 25 (Xinhua) -- ": a wire's dateline before the first sentence.
_DATELINE_LEAD = re.compile(r"^\s*[^\n]{0,60}?(?:\([^()\n]{1,30}\)\s*)?(?:--|—|–)\s+")


def datelines(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The datelines that open paragraphs: a place, a date and perhaps an agency before a dash
    ("Riyadh, 17 May 2025, SPA --", "BEIJING, Feb. 25 (Xinhua) --")."""
    out = []
    for ps, pe in paragraphs:
        m = _DATELINE_LEAD.match(text[ps:pe])
        if m and re.search(r"\d", m.group()):
            out.append((ps + m.start(), ps + m.end()))
    return out


#: "Beijing, ", "GENEVA, Switzerland, ": the place before the date of a dateline.
_DATELINE_PLACE = re.compile(r"[A-Z][\w'’. -]{1,40}(?:,\s*[A-Z][\w'’. -]{1,30})?,\s*")


def is_dateline(sentence: str) -> bool:
    """Whether the sentence is only a place and a date ("Beijing, 18 June.", "Tokyo, Japan,
    March 3, 2025."): the story's dateline, set off by a full stop instead of a wire's dash,
    which dates the writing, not the event."""
    s = sentence.strip().removesuffix(".").rstrip()
    date = next((m for m in EN_DATE.finditer(s) if m.end() == len(s)), None)
    return date is not None and _DATELINE_PLACE.fullmatch(s, 0, date.start()) is not None


def _date_alone(sentence: str) -> bool:
    """Whether the sentence is a full date and nothing else ("8 October 2024."): a dateline
    without its place, which also dates the story's "today"."""
    s = sentence.strip().removesuffix(".").rstrip()
    date = EN_DATE.fullmatch(s)
    return (
        date is not None
        and date.group("y") is not None
        and (date.group("d") or date.group("d2")) is not None
    )


def dateline_day(sentence: str, default_year: str | None, doc_date: str | None) -> str | None:
    """The day the dateline that opens a story gives ("Shanghai, 8 May 2025.", "NANNING,
    Sept. 20 (Xinhua) --"): the day the story is written, from which its "today" counts;
    None without one, or for a day after the document's own date."""
    m = _DATELINE_LEAD.match(sentence)
    head = m.group() if m and re.search(r"\d", m.group()) else None
    if head is None and (is_dateline(sentence) or _date_alone(sentence)):
        head = sentence
    date = date_in(head, default_year, doc_date) if head else None
    if date is None or len(date) != 10 or (doc_date and date > doc_date):
        return None
    return date


@cache
def _reported_today() -> re.Pattern[str]:
    """'today announced they have signed', 'said today it had concluded': the day of the
    report, with a signing in the perfect after it."""
    verbs = phrase_alternation(lexicon.words("en_agreements.txt", "reporting_verbs"))
    return re.compile(
        rf"\b(?:(?P<a>today)\s+(?:{verbs})|(?:{verbs})\s+(?P<b>today))\b"
        r"(?=[^.;]*?\b(?:have|has|had)\s+(?:\w+ly\s+|also\s+)?"
        r"(?:signed|concluded|renewed|inked|adopted)\b)"
    )


def without_reported_today(sentence: str) -> str:
    """The sentence less a "today" that dates only the report of a signing ("the offices
    today announced they have signed an MoU"): when it was signed is not said there."""
    m = _reported_today().search(sentence)
    if m is None:
        return sentence
    a, b = m.span("a") if m.group("a") else m.span("b")
    return sentence[:a] + " " * (b - a) + sentence[b:]


def signing_date(
    sentence: str, default_year: str | None, doc_date: str | None, today: str | None
) -> str | None:
    """`date_in` for a sentence about a signing, counted from the story's day (`today`),
    less a "today" that dates only the report of it (`without_reported_today`): every path
    that dates a signing from the story's day reads the sentence so. A sentence that reports
    an entry into force ("the MoU, concluded on 3 May, enters into force today") dates the
    signing where it says it was signed."""
    signed = _SIGNED_ON.search(sentence) if _IN_FORCE.search(sentence) else None
    said = date_in(sentence[signed.end() :], default_year, doc_date) if signed else None
    return said or date_in(without_reported_today(sentence), default_year, doc_date, today)


#: An agreement's entry into force, which a sentence may report with its signing's date.
_IN_FORCE = re.compile(
    rf"\b(?:{phrase_alternation(lexicon.words('en_agreements.txt', 'in_force_phrases'))})\b"
)
#: The signing's own date after its verb: "concluded on", "signed in".
_SIGNED_ON = re.compile(r"\b(?:signed|concluded|inked)\s+(?:on|in)\s+(?=\d|[A-Z])")


def lead_date(
    sentence: str, default_year: str | None, doc_date: str | None, today: str | None = None
) -> str | None:
    """The date of the event a news story leads with, from its first sentence ("... was held
    in Nanning on September 16", "On 20 Nov 2017, ..."): a month at least, never the wire's
    dateline."""
    m = _DATELINE_LEAD.match(sentence)
    if m and re.search(r"\d", m.group()):
        sentence = sentence[m.end() :]
    date = date_in(sentence, default_year, doc_date, today)
    return date if date and len(date) >= 7 else None


_RENEWED = re.compile(r"\b(?:renew|extend)(?:s|ed|ing)?\b", re.IGNORECASE)

#: "renewed the agreement first concluded in 2019", "extended the pilot, first launched in
#: 2019": the year of the first signing, not of the renewal the sentence reports.
_EARLIER = re.compile(
    r"\b(?:first|originally|initially|previously)\s+"
    r"(?:signed|concluded|adopted|inked|agreed|launched|introduced)\s+$"
)


def date_in(
    sentence: str, default_year: str | None, doc_date: str | None = None, today: str | None = None
) -> str | None:
    """The date the sentence gives its event: "on 13 March 2023", "in February 2017", "In
    May" (with the report's year), "on 11 August" (with the document's year), "on Tuesday"
    (the last Tuesday up to the document's date), "today" or "yesterday" (from `today`, the
    day of the story's dateline, else the document's date). A dateline ("TAGUIG CITY, 15
    August 2023 —") gives the date when the sentence names no other (or counts "yesterday"
    from it). A bare "May" or "Jun" that could be a verb or a name is not a date."""
    found: list[tuple[int, bool, str]] = []
    for m, figures in _figure_dates(sentence):
        found.append((m.start(), _is_dateline(sentence, m.start(), m.end()), figures))
    for m in EN_DATE.finditer(sentence):
        month = dates.month_number(m.group("mon"))
        full = len(m.group("mon").rstrip(".")) > 3 and m.group("mon") != "May"
        day = m.group("d") or m.group("d2")
        relative = (
            _relative_month_year(sentence, m.start(), (month, day), doc_date) if month else None
        )
        if not month or not (m.group("y") or m.group("d") or m.group("d2") or full or relative):
            continue  # "last May" is a month; a bare "May" may be a verb
        year = m.group("y") or relative or year_for(month, default_year, doc_date)
        if not year:
            continue
        iso = dates.iso(year, month, m.group("d") or m.group("d2"))
        found.append((m.start(), _is_dateline(sentence, m.start(), m.end()), iso))
    found.sort()
    body = [d for _, dl, d in found if not dl]
    if body:
        return body[0]
    weekday = _weekday_date(sentence, doc_date)
    if weekday:
        return weekday
    if found:  # a dateline's alone: "GENEVA, 18 October 2023 — ... renewed it yesterday"
        return relative_day(sentence, found[0][2]) or found[0][2]
    y = re.search(r"\b(?:in|In)\s+((?:19|20)\d\d)\b(?![-–])", sentence)
    if y and not (_EARLIER.search(sentence, 0, y.start()) and _RENEWED.search(sentence)):
        return y.group(1)
    day = relative_day(sentence, today or doc_date)
    return day or _relative_year(sentence, doc_date)


def _figure_dates(sentence: str) -> list[tuple[re.Match[str], str]]:
    """'2026-04-22', '16.06.2026': whole dates in figures, year first with hyphens or day
    first with dots (as Europe and much of Asia write them), with their ISO form. No date
    with slashes is read here: a day and a month between slashes may be either way round."""
    found = [*dates.ISO_DATE.finditer(sentence), *dates.DOTTED_DATE.finditer(sentence)]
    return [(m, d.iso) for m in found if (d := dates.date_of(m)).is_real() and d.iso]


def relative_day(sentence: str, today: str | None) -> str | None:
    """'signed today', 'renewed yesterday': the day counted from `today` (the day the story
    is written); a quote's "today" is the speaker's, not the story's."""
    m = RELATIVE_DAY.search(sentence)
    if m is None or not today or len(today) != 10 or _QUOTE.search(sentence, 0, m.start()):
        return None
    shift = _RELATIVE_DAYS[" ".join(m.group().casefold().split())]
    return (datetime.date.fromisoformat(today) + datetime.timedelta(days=shift)).isoformat()


#: "today", "this morning", "yesterday": a day counted from the day the story is written.
_RELATIVE_DAYS = {
    w.rsplit(" ", 1)[0].casefold(): int(w.rsplit(" ", 1)[1])
    for w in lexicon.words("en_agreements.txt", "relative_days")
}
RELATIVE_DAY = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_RELATIVE_DAYS, key=len, reverse=True)
    )
    + r")(?![\w’'-])",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“”]")


def _relative_year(sentence: str, doc_date: str | None) -> str | None:
    """'last year' / 'this year' in a text dated 2023: 2022 / 2023; 'last month' in a text
    dated September 2023: 2023-08."""
    m = EN_RELATIVE_MONTH.search(sentence)
    month = dates.relative_month(m.group("w"), doc_date) if m else None
    if month:
        return month
    m = EN_RELATIVE_YEAR.search(sentence)
    return dates.relative_year(m.group("w"), doc_date) if m else None


_LAST_NEXT = re.compile(r"\b(last|this|next)\s+$", re.IGNORECASE)


def _relative_month_year(
    sentence: str, start: int, when: tuple[int, str | None], doc_date: str | None
) -> str | None:
    """'last August' in a text dated August 2024 is August 2023 (the last August before the
    document's month), but 'last March 9' in a text of 14 March 2023 is five days before
    it (the last such day); 'next March' the first March after it; 'this May' the
    document's."""
    m = _LAST_NEXT.search(sentence, max(0, start - 8), start)
    if m is None or not doc_date or len(doc_date) < 7 or not doc_date[:4].isdigit():
        return None
    year, now = int(doc_date[:4]), int(doc_date[5:7])
    month, day = when
    word = m.group(1).casefold()
    if word == "last" and day and month == now and doc_date[8:10].isdigit():
        return str(year if int(day) < int(doc_date[8:10]) else year - 1)
    if word == "last":
        return str(year if month < now else year - 1)
    if word == "next":
        return str(year if month > now else year + 1)
    return str(year)


def year_for(month: int, default_year: str | None, doc_date: str | None) -> str | None:
    """The year of a month named without one: the report's year, else the document's (the
    year before when the month is later than the document's own month)."""
    if default_year and not (doc_date and doc_date.startswith(default_year)):
        return default_year
    if doc_date and len(doc_date) >= 7:
        year = int(doc_date[:4])
        return str(year - 1 if month > int(doc_date[5:7]) + 1 else year)
    return default_year


def _is_dateline(sentence: str, start: int, end: int) -> bool:
    """'NANNING, Sept. 20 (Xinhua) --', 'Munich, 12 May 2023 –': the date of the wire, not
    of the event."""
    head = sentence[:start].lstrip()
    if len(head) > 40 or "\n" in head.strip() or re.fullmatch(r"[-–•·*▪●]\s*", head):
        return False  # "- Feb. 5 — PPH extended": a list item's date, not a wire's
    # the wire's name in brackets or between slashes ("(Xinhua)", "/PRNewswire/")
    return bool(re.match(r"\s*(?:\([^)]*\)\s*|/[^/\s]{1,40}/\s*)?(?:—|–|--|-)\s", sentence[end:]))


def _weekday_date(sentence: str, doc_date: str | None) -> str | None:
    """'on Tuesday' in a text dated Wednesday 20 September 2023: 2023-09-19."""
    m = re.search(rf"\b(?:on|last|this)\s+({WEEKDAY_RE})\b", sentence, re.I)
    return dates.weekday_on_or_before(m.group(1), doc_date) if m else None


#: "June 12 and 13", "June 12-13", "5-6 November", "from 12 to 14 June": a meeting's days.
_DAYS = re.compile(
    rf"\b(?:(?P<mon>{MONTH_RE})\s+(?P<a>\d{{1,2}})\s*(?:-|–|and|to)\s*(?P<b>\d{{1,2}})\b"
    rf"|(?P<a2>\d{{1,2}})\s*(?:-|–|and|to)\s*(?P<b2>\d{{1,2}})\s+(?P<mon2>{MONTH_RE}))"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
)


def event_days(sentence: str, default_year: str | None, doc_date: str | None) -> list[str]:
    """The days of the event a sentence dates by a range ("held in Seoul on June 12 and
    13"), in order; [] when it gives no range of days in one month."""
    m = _DAYS.search(sentence)
    if m is None:
        return []
    month = dates.month_number(m.group("mon") or m.group("mon2"))
    a, b = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
    year = m.group("y") or (year_for(month, default_year, doc_date) if month else None)
    if not month or not year or not 1 <= a < b <= 31 or b - a > 14:
        return []
    return [dates.iso(year, month, d) for d in range(a, b + 1)]


#: "on the same day", "that same day": a signing on the day of the one reported before.
_SAME_DAY = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in lexicon.words("en_agreements.txt", "same_day_phrases"))
    + r")\b",
    re.I,
)


def same_day(sentence: str, last: str | None) -> str | None:
    """'On the same day, A and B concluded ...': the day of the signing reported just before
    (`last`), when that one has a day."""
    if last is None or len(last) != 10:
        return None
    return last if _SAME_DAY.search(sentence) else None


#: "On the second day", "on the closing day", "The first morning opened with": one day of
#: the event the story leads with.
_NTH_DAY = re.compile(
    r"\b(?:(?:on|during)\s+)?the\s+(?:(?P<first>first|opening)|(?P<second>second)"
    r"|(?P<third>third)|(?P<last>final|last|closing))\s+(?:"
    + "|".join(lexicon.words("en_agreements.txt", "event_day_parts"))
    + r")\b",
    re.IGNORECASE,
)


def day_of_event(sentence: str, days: list[str]) -> str | None:
    """The day "on the second day" names, of an event held on `days`."""
    m = _NTH_DAY.search(sentence)
    if m is None or not days:
        return None
    if m.group("last"):
        return days[-1]
    k = 0 if m.group("first") else 1 if m.group("second") else 2
    return days[k] if k < len(days) else None


#: "On 10 March the Director General met ...": a day that opens a sentence (or a line of it).
_SENTENCE_DAY = re.compile(
    rf"(?:^|\n)[ \t]*On\s+(\d{{1,2}}\s+(?:{MONTH_RE})(?:\s+(?:19|20)\d\d)?"
    rf"|(?:{MONTH_RE})\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?)\b"
)


def narrative_day(sentence: str, default_year: str | None, doc_date: str | None) -> str | None:
    """The day a sentence that opens with one ("On 10 March the Director General met ...")
    sets for the rest of its paragraph: a mission report tells each day's visits after it,
    and a signing there ("Mr A and Dr B then signed ...") that states no day of its own is
    of that day, not of the day the mission ended."""
    m = _SENTENCE_DAY.search(sentence)
    if m is None:
        return None
    date = date_in(m.group(1), default_year, doc_date)
    return date if date and len(date) == 10 else None
