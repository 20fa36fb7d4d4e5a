"""An agreement is signed by a pair (or more): one the extraction found with a single party
most likely lost its counterpart, and the review queue asks for it."""

from __future__ import annotations

from store.review.signals import agreement_doubt


def test_an_agreement_with_one_party_asks_for_its_counterpart() -> None:
    p, why = agreement_doubt(1, True)
    assert p >= 0.5 and why == "one party only"
    assert agreement_doubt(2, True)[0] == 0.0


def test_one_party_and_no_date_is_doubted_more_than_either_alone() -> None:
    both = agreement_doubt(1, False)
    assert both[1] == "one party only and no date"
    assert both[0] > agreement_doubt(1, True)[0] and both[0] > agreement_doubt(2, False)[0]


def test_no_party_at_all_stays_the_strongest_doubt_of_a_dated_agreement() -> None:
    assert agreement_doubt(0, True)[0] > agreement_doubt(1, True)[0]
