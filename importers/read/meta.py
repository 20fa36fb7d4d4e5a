"""What a document says about itself in its text: its language, its title (the first line
that is not furniture) and its own date: a dateline near the top, else a date line that
closes it (a bulletin's), else the year it reports on ("Annual Report 2023"), else the
date in the path of its own web address.

Dates are parsed by the one date parser, store/text/dates.py; the rules here are only the
reader's: which date the text states is the document's own.
"""

from __future__ import annotations

import re

from importers.guarded import guarded
from importers.read.repair.furniture import PAGE_NO, URL_ONLY
from importers.read.repair.lines import HAN_CHAR, width
from store.text import dates
from store.text.script import has_han

_URL_RE = guarded(r"(?:https?://|www\.)\S+", re.I)
_TITLE_LEAD = re.compile(r"^[\s#>*•·●○◆◇■□▪▶►➢➤✓✔\-–—=|]+")


def _labels(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_EN_LABELS = _labels(tuple(w for w in dates.DATE_LABELS if not has_han(w)))
_ZH_LABELS = _labels(tuple(w for w in dates.DATE_LABELS if has_han(w)))
_EN_DATELINE_LABELS = _labels(
    tuple(w for w in dates.DATE_LABELS + dates.DATELINE_LABELS if not has_han(w))
)
_ZH_DATELINE_LABELS = _labels(
    tuple(w for w in dates.DATE_LABELS + dates.DATELINE_LABELS if has_han(w))
)
#: "Date: 2024-01-12 " opening a line: a label and a date in figures, not the title.
_LABELLED_DATE_LEAD = re.compile(
    rf"^(?:{_EN_LABELS}|{_ZH_LABELS})\s*[:：]?\s*{dates.FIGURE_YEAR_MONTH}\s*",
    re.I,
)
#: A label that a date follows ("Published on:", "发布时间：").
_DATE_LABEL = re.compile(
    rf"(?:^|\b)(?:{_EN_DATELINE_LABELS})\s*(?:on)?\s*[:：]?\s*$"
    rf"|(?:{_ZH_DATELINE_LABELS})\s*[:：]?\s*$",
    re.I,
)
_DATE_SEPARATORS = tuple(",:：|—–-(（[【/·")


def detect_lang(text: str) -> str:
    """ "zh" when Han characters are at least as many as the other letters (URLs ignored)."""
    sample = _URL_RE.sub(" ", text[:200000])
    han = len(HAN_CHAR.findall(sample))
    if not han:
        return "en"
    letters = sum(1 for c in sample if c.isalpha())
    return "zh" if han >= letters - han else "en"


def clean_title(title: str | None) -> str | None:
    """A title from metadata on one line, at most 300 characters; None when empty."""
    if not title:
        return None
    title = " ".join(str(title).split())
    return title[:300] or None


def first_line_title(text: str) -> str | None:
    """The first line that is neither furniture nor only a labelled date, without its
    bullet or heading marks."""
    for line in text.split("\n"):
        line = _TITLE_LEAD.sub("", line).strip()
        line = _LABELLED_DATE_LEAD.sub("", line).strip()
        if line and not URL_ONLY.match(line) and not PAGE_NO.match(line):
            return line if len(line) <= 200 else line[:199].rstrip() + "…"
    return None


def find_dateline(text: str, *, max_lines: int = 15) -> str | None:
    """The document's own date, where its text states one: a dateline near the top (see
    `top_dateline`), else a line that is only a date among the last lines (a bulletin signed
    off "2024年3月4日"; `foot_date`), else the year a report covers (`report_year`). A date
    inside a sentence ("…于 2024 年 1 月 12 日结束") is an event, not the document's date."""
    forms = _date_forms(text)
    return (
        top_dateline(text, max_lines=max_lines, forms=forms)
        or foot_date(text, forms=forms)
        or report_year(text)
        or address_date(text)
    )


def _date_forms(text: str) -> tuple[re.Pattern[str], ...]:
    """The forms in which the text may state its own date: a Chinese text may also write a
    Minguo date in figures (113/3/4), which in an English text is a section number."""
    if has_han(text[:5000]):
        return (*dates.FIGURE_DATES, dates.MINGUO_SLASHED_DATE)
    return dates.FIGURE_DATES


def top_dateline(
    text: str, *, max_lines: int = 15, forms: tuple[re.Pattern[str], ...] = dates.FIGURE_DATES
) -> str | None:
    """A dateline near the top: a line that is (nearly) only a date ("February 26, 2025",
    "Xinhua) 09:50, February 26, 2025"), a date after a label ("Date: 2025-02-26",
    "发布时间：2024年1月12日") or after a place ("GENEVA, February 26, 2025 -")."""
    seen = 0
    for raw in text[:5000].split("\n"):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > max_lines:
            break
        found = _full_dateline(line, forms) or _labelled_month(line)
        if found:
            return found
    return None


def _labelled_month(line: str) -> str | None:
    """A month in figures after a date label ("date: 2021-12", "发布时间：2023/04"): a
    document dated to the month, which still gives day-and-month dates their year."""
    m = dates.ISO_MONTH.search(line)
    if not m or line[m.end() :].strip():
        return None
    date = dates.date_of(m)
    if not date.is_real() or not _DATE_LABEL.search(line[: m.start()].rstrip()):
        return None
    return date.iso


def _full_dateline(line: str, forms: tuple[re.Pattern[str], ...]) -> str | None:
    for pattern in forms:
        for m in pattern.finditer(line):
            date = dates.date_of(m)
            if not date.is_real():
                continue
            prefix = line[: m.start()].rstrip()
            rest = (prefix + " " + line[m.end() :]).strip()
            month_year_only = date.day is None and pattern is not dates.ZH_DATE_FIGURES
            if month_year_only and width(rest) > 6:
                continue  # "in May 2017 the office…" is not a dateline
            if (
                width(rest) <= 24
                or not prefix
                or _DATE_LABEL.search(prefix)
                or (prefix.endswith(_DATE_SEPARATORS) and width(prefix) <= 40)
            ):
                return date.iso
    return None


#: A line that gives the text's own address: a bare URL, or one after a source label.
_SOURCE_LINE = re.compile(
    rf"^(?:(?:{_labels(dates.SOURCE_LABELS)})\s*[:：]?.*?)?"
    r"(?:https?://|www\.)\S+",
    re.I,
)


def address_date(text: str, *, lines_each_end: int = 6) -> str | None:
    """The date in the path of the text's own web address (…/202403/1984822.html), stated on
    a line of its own or after a source label among its first or last lines: news sites file
    pages by the month or day they published them, so it dates a text that says nothing else."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for line in lines[:lines_each_end] + lines[-lines_each_end:]:
        if not _SOURCE_LINE.match(line):
            continue
        m = dates.URL_DATE.search(line)
        if m:
            date = dates.date_of(m)
            if date.is_real():
                return date.iso
    return None


#: What may stand around a date on a line of its own: brackets, dashes, a full stop.
_DATE_LINE_MARKS = re.compile(r"[\s()（）\[\]【】<>《》\-–—.。,，:：|]+")


def foot_date(
    text: str, *, last_lines: int = 6, forms: tuple[re.Pattern[str], ...] = dates.FIGURE_DATES
) -> str | None:
    """A line that is only a full date ("2024/2/29", "（2024年3月4日）", "Issued: 4 March
    2024") among the last lines of a text: how bulletins and notices are signed off. URL
    lines and source lines after it do not count as lines."""
    lines = [ln.strip() for ln in text[-4000:].split("\n") if ln.strip()]
    lines = [ln for ln in lines if not URL_ONLY.match(ln) and not PAGE_NO.match(ln)]
    for line in reversed(lines[-last_lines:]):
        date = _only_date(line, forms)
        if date:
            return date
    return None


def _only_date(line: str, forms: tuple[re.Pattern[str], ...]) -> str | None:
    """The date of a line that says nothing else (a label before it allowed); a month and
    year alone only in Chinese figures ("2024年3月")."""
    for pattern in forms:
        m = pattern.search(line)
        if m is None:
            continue
        date = dates.date_of(m)
        if not date.is_real() or (date.day is None and pattern is not dates.ZH_DATE_FIGURES):
            return None
        before = _DATE_LINE_MARKS.sub("", line[: m.start()])
        after = _DATE_LINE_MARKS.sub("", line[m.end() :])
        if after or (before and not _DATE_LABEL.search(line[: m.start()].rstrip(" :：(（"))):
            return None
        return date.iso
    return None


def _phrases(words: tuple[str, ...]) -> str:
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)
    )


_REPORT = _phrases(dates.REPORT_TITLES)
_YEAR = r"((?:19|20)\d\d)"
#: "Annual Report 2023", "Yearbook for 2017", "2023 Year in Review", "2023年年报", "2023年度报告".
_REPORT_YEAR = re.compile(
    rf"(?:{_REPORT})\s+(?:of\s+|for\s+)?{_YEAR}(?!\d)|(?<!\d){_YEAR}(?:[-–/]\d{{2,4}})?\s*"
    rf"(?:年\s*度?\s*)?(?:{_REPORT})",
    re.I,
)
#: A review of a year opens "In 2017, ..." ("2017年，..."), and says "throughout the year".
_OPENING_YEAR = re.compile(
    rf"^\s*(?:(?:In|During|Throughout)\s+{_YEAR}\s*,|{_YEAR}\s*年\s*[，,])", re.I
)
_YEAR_PHRASE = re.compile(rf"(?<![\w-])(?:{_phrases(dates.YEAR_PHRASES)})(?![\w-])", re.I)


def report_year(text: str, *, head_lines: int = 5) -> str | None:
    """The year a report covers: named with a report title in its first lines ("Annual
    Report 2023", "2023 Year in Review"), or opened by "In 2017, ..." in its first paragraph
    when it goes on about "the year" (a chapter of a yearly report)."""
    lines = [ln for ln in text[:3000].split("\n") if ln.strip()]
    for line in lines[:head_lines]:
        m = _REPORT_YEAR.search(line)
        if m:
            return m.group(1) or m.group(2)
    paragraphs = [p for p in re.split(r"\n\s*\n", text[:3000]) if len(p.strip()) >= 60]
    if paragraphs:
        m = _OPENING_YEAR.match(paragraphs[0])
        if m and _YEAR_PHRASE.search(text, 0, 3000):
            return m.group(1) or m.group(2)
    return None
