"""A story's dateline set off by a full stop, the "today" it fixes, and a part of one day of
an event (importers/en/agreements/dating.py).

"Lisbon, 3 March." opens a story as a wire's "LISBON, March 3 --" does: it dates the
writing, not the event, and the story's "today" and "yesterday" count from it, not from the
date a website later put on the page. "The second afternoon" is a day of the event the story
leads with, as "on the second day" is.
"""

from __future__ import annotations

from importers.en.agreements.dating import date_in, dateline_day, is_dateline
from tests.extract.en.helpers import agreements_of, facts_text


def test_a_place_and_a_date_alone_are_a_dateline() -> None:
    assert is_dateline("Lisbon, 3 March.")
    assert is_dateline("Ottawa, Canada, October 7, 2024.")
    assert not is_dateline("The memorandum was signed on 3 March.")


def test_the_dateline_gives_the_day_the_story_is_written() -> None:
    assert dateline_day("Lisbon, 3 March 2024.", None, "2024-03-05") == "2024-03-03"
    assert dateline_day("Lisbon, 9 March 2024.", None, "2024-03-05") is None  # after the page


def test_yesterday_counts_back_from_the_day_given() -> None:
    assert date_in("The two offices renewed it yesterday.", None, "2024-03-05") == "2024-03-04"
    assert date_in("They signed it today.", None, "2024-03-05", "2024-03-03") == "2024-03-03"


def test_today_in_a_story_is_the_day_of_its_dateline_not_of_the_page() -> None:
    f = facts_text(
        "Agencies renew their cooperation\n\n"
        "Lisbon, 3 March 2024. The Portuguese Institute of Industrial Property and the "
        "Japan Patent Office renewed their memorandum of understanding on trademark "
        "examination today, at a ceremony in the Portuguese capital attended by examiners "
        "from both offices.",
        date="2024-03-04",
    )
    assert [(a[0], a[2]) for a in agreements_of(f)] == [
        ("memorandum of understanding on trademark examination", "2024-03-03")
    ]


def test_a_title_ends_before_the_day_word_that_follows_it() -> None:
    f = facts_text(
        "The Japan Patent Office and the Korean Intellectual Property Office signed an "
        "agreement on the exchange of priority documents yesterday in Tokyo.",
        date="2024-09-12",
    )
    assert [(a[0], a[2]) for a in agreements_of(f)] == [
        ("agreement on the exchange of priority documents", "2024-09-11")
    ]


def test_the_first_morning_of_a_two_day_meeting_is_its_first_day() -> None:
    f = facts_text(
        "Workshop report\n\n"
        "Ottawa, 9 October. Some ninety patent agents and officials took part in the "
        "workshop on examination quality, held in Ottawa on 8 and 9 October with the "
        "Canadian Intellectual Property Office (CIPO).\n\n"
        "The first morning began with the signing of a letter of intent on data exchange "
        "between CIPO and the Japan Patent Office.",
        date="2024-10-11",
    )
    assert [a[2] for a in agreements_of(f)] == ["2024-10-08"]
