"""A signing followed by ", renewing the memorandum the offices first concluded in June
2016": that date is the earlier instrument's, not the signing's, which keeps the day of the
event it was told at (own_clause.main_clause)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_the_date_of_the_instrument_renewed_does_not_date_the_new_signing() -> None:
    f = facts_text(
        "The Zetland Forum on Innovation was held in Zet City on 14 and 15 October 2025, with "
        "speakers from nine offices.\n\n"
        "On the margins of the opening day, the Zetland Office for Industrial Property and the "
        "Quorvia Patent Office signed a Memorandum of Understanding on trademark cooperation, "
        "renewing the memorandum the two offices first concluded in June 2016.",
        date="2025-10-20",
    )
    assert [a[2] for a in agreements_of(f)] == ["2025-10-14"]
