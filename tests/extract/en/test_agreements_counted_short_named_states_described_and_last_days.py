"""Signings counted and listed though the noun has a short name in brackets or is left in
the singular, an instrument signed between states a sentence only describes, a statement
adopted in a sentence that names no one after a paragraph naming two bodies, and "last"
before a month and day (importers/en/agreements/one_each.py, parties.py, state_signers.py,
two_sides.py, dating.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

_PAIRS = {
    frozenset({"Instituto Nacional da Propriedade Industrial", "European Patent Office"}),
    frozenset({"Instituto Nacional da Propriedade Industrial", "Japan Patent Office"}),
}


def _pairs(text: str) -> set[frozenset[str]]:
    return {parties for _t, _k, _d, parties in agreements_of(facts_text(text))}


def test_an_instrument_signed_between_the_two_countries_is_no_agreement_of_a_body() -> None:
    f = facts_text(
        "Lusitania records designs the Japan Patent Office registers, under the arrangements "
        "of a memorandum of understanding signed between both nations in 2016.\n"
    )
    assert agreements_of(f) == []


def test_last_with_a_month_and_an_earlier_day_is_that_day_of_the_documents_month() -> None:
    f = facts_text(
        "The European Patent Office and IP Australia signed a memorandum of understanding on "
        "examiner training last March 9.\n",
        "2023-03-14",
    )
    assert [d for _t, _k, d, _p in agreements_of(f)] == ["2023-03-09"]


def test_last_with_a_month_and_a_later_day_is_that_day_a_year_before() -> None:
    f = facts_text(
        "The European Patent Office and IP Australia signed a memorandum of understanding on "
        "examiner training last March 20.\n",
        "2023-03-14",
    )
    assert [d for _t, _k, d, _p in agreements_of(f)] == ["2022-03-20"]
