"""The day of the event an editor's note introduces: the 今天 of the speeches printed under it.

A paper that prints excerpts of speeches opens them with an editor's note (【编者按】3月5日，
某论坛在某地举行…现将发言摘登如下) and is published a day or more later. A speaker's 今天上午
is the day of the event the note dates, not the day of the paper. The note's labels are data
(zh_agreements.txt [editor_note_labels]).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh.agreement_datelines import first_day, news_dateline
from importers.zh.agreement_dates import event_date
from store.text import lexicon

#: How far after the label the event's date may stand (a bracket or a space before it).
_LEAD = 4


def speech_day(text: str, doc_date: str | None) -> str | None:
    """The day the speakers' 今天 is: a record's header field (时间：…), the event an
    editor's note dates, or a news story's dateline; else None."""
    return event_date(text) or editor_note_day(text, doc_date) or news_dateline(text, doc_date)


def editor_note_day(text: str, doc_date: str | None) -> str | None:
    """The day an editor's note opens with when the note's first sentence tells an event
    held then (【编者按】11月3日，…在某地举办), in the document's year when it gives none;
    never a day after the document's own date."""
    label = _label().search(text)
    if label is None:
        return None
    stop = min(
        (i for i in (text.find(c, label.end()) for c in "。\n") if i >= 0), default=len(text)
    )
    found = first_day(text, label.end(), stop, doc_date)
    if found is None or not _held().search(text, label.end(), stop):
        return None
    m, iso = found
    return None if m.start() - label.end() > _LEAD else iso


@cache
def _label() -> re.Pattern[str]:
    labels = alternation(lexicon.words("zh_agreements.txt", "editor_note_labels"))
    return re.compile(rf"[【\[（(]?\s*(?:{labels})\s*[】\]）)]?\s*[：:]?")


@cache
def _held() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.words("zh_agreements.txt", "editor_note_events")))
