"""A signing's day counted from the story's day gives way to a day stated for it later.

"signed on Friday" or "yesterday" is counted back from the day the story is dated, which
may be the day it was posted, not written; "The MoU was signed on 22 June" then states the
day, and that is the signing's (importers/en/agreements/counted_days.py). A day the first
sentence states itself stays.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

PAIR = "The Kestrel Patent Office (KPO) and the Heron Media Agency (HMA)"


def test_a_day_stated_later_replaces_one_counted_from_a_weekday() -> None:
    text = (
        "Kestrel and Heron join hands\n\n"
        f"{PAIR} signed on Friday a cooperation memorandum of understanding (MOU) for schools.\n\n"
        "The MOU itself was signed last June 22 in Port Kestrel by both heads.\n"
    )
    [(_, kind, date, parties)] = agreements_of(facts_text(text, "2024-06-24"))
    assert (kind, date) == ("mou", "2024-06-22")
    assert parties == frozenset({"Kestrel Patent Office", "Heron Media Agency"})


def test_a_day_the_first_sentence_states_is_kept() -> None:
    text = (
        "Kestrel and Heron join hands\n\n"
        f"{PAIR} signed on Friday, 21 June 2024, a cooperation memorandum of understanding "
        "(MOU) for schools.\n\n"
        "The MOU itself was signed last June 22 in Port Kestrel by both heads.\n"
    )
    [(_, _, date, _)] = agreements_of(facts_text(text, "2024-06-24"))
    assert date == "2024-06-21"
