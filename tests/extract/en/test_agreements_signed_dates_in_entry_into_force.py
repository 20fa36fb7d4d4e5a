"""A sentence that reports an agreement's entry into force and says when it was signed dates
the agreement by its signing, not by the day it takes effect
(importers/en/agreements/dating.py)."""

from __future__ import annotations

from importers.en.agreements.dating import signing_date
from tests.extract.en.helpers import facts_text


def test_the_signing_date_after_the_signing_verb_dates_an_agreement_entering_into_force() -> None:
    sentence = (
        "On 2 March 2021, the Memorandum of Understanding between the Alpine Patent Office "
        "and the Nordic Patent Institute, signed on 14 October 2020, enters into force."
    )
    assert signing_date(sentence, "2021", "2021-03-02", None) == "2020-10-14"


def test_a_sentence_with_no_entry_into_force_keeps_its_first_date() -> None:
    sentence = "On 2 March 2021 the two offices renewed the memorandum signed on 14 October 2020."
    assert signing_date(sentence, "2021", "2021-03-02", None) == "2021-03-02"


def test_an_agreement_entering_into_force_is_dated_by_its_signing() -> None:
    f = facts_text(
        "Today, on 2 March 2021, the Memorandum of Understanding between the Alpine Patent "
        "Office and the Nordic Patent Institute, concluded on 14 October 2020, enters into "
        "force.",
        date="2021-03-02",
    )
    assert [a.date for a in f.agreements] == ["2020-10-14"]
