"""A summary sentence that signs agreements "with partner agencies from A and B" names no
party: the bodies after "from" are where the unnamed counterparts come from, and the text
tells each signing on its own. "The first instrument to be signed by A was the X agreement
with B" ranks a signing done, no signing to come."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_counterparts_described_by_their_origin_make_no_agreement() -> None:
    f = facts_text(
        "The Danube Patent Office signed agreements with partner agencies from the African "
        "Union, Japan and the Andean Community during the assembly in Geneva."
    )
    assert agreements_of(f) == []


def test_an_instrument_ranked_first_to_be_signed_was_signed() -> None:
    f = facts_text(
        "The Danube Patent Office (DPO) met its partners in Geneva. The first instrument to be "
        "signed by the DPO was the partnership agreement with the Korean Intellectual "
        "Property Office (KIPO), widening their cooperation."
    )
    assert [(t, parties) for t, _, _, parties in agreements_of(f)] == [
        (
            "partnership agreement",
            frozenset({"Danube Patent Office", "Korean Intellectual Property Office"}),
        )
    ]


def test_the_next_instrument_to_be_signed_is_still_to_come() -> None:
    f = facts_text(
        "The next agreement to be signed will be the MoU with the Korean Intellectual "
        "Property Office (KIPO), the Danube Patent Office said."
    )
    assert agreements_of(f) == []


def test_an_opening_clause_of_approval_dates_the_approval_not_the_signing() -> None:
    f = facts_text(
        "Ruritania and Korea on Tuesday signed a Memorandum of Understanding on patent "
        "cooperation between the two countries. The Danube Patent Office (DPO) signed the "
        "MoU with the Korean Intellectual Property Office (KIPO). Approved by the Council of "
        "Ministers at its meeting on March 4, 2021, Ana Petrova, Director, DPO and Kim Minho, "
        "Commissioner, KIPO signed the MoU at a ceremony.",
        date="2021-06-10",
    )
    dates = {d for _, _, d, _ in agreements_of(f)}
    assert "2021-03-04" not in dates
