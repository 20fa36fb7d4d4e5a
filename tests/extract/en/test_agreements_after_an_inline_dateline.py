"""A wire's dateline on the same line as the story ("ROME, 4 June 2024 — ..."): the date it
gives is the day the story is written, from which the sentence's "yesterday" counts
(importers/en/agreements/dating.py, date_in)."""

from __future__ import annotations

from importers.en.agreements.dating import date_in
from tests.extract.en.helpers import agreements_of, facts_text


def test_yesterday_counts_back_from_a_dateline_in_the_same_sentence() -> None:
    said = "ROME, 4 June 2024 — The two offices yesterday renewed their memorandum."
    assert date_in(said, None) == "2024-06-03"


def test_a_signing_told_after_an_inline_dateline_is_dated_the_day_before_it() -> None:
    f = facts_text(
        "LIMA, March 12, 2024 — The Japan Patent Office and the Brazilian National Institute "
        "of Industrial Property yesterday signed a memorandum of cooperation on patent search."
    )
    assert [(a[2], len(a[3])) for a in agreements_of(f)] == [("2024-03-11", 2)]


def test_a_dateline_alone_still_dates_a_signing_told_without_a_day() -> None:
    said = "ROME, 4 June 2024 — The two offices signed their memorandum."
    assert date_in(said, None) == "2024-06-04"
