"""An agreement title that opens a clause of its own after a semicolon or ", and" and has a
verb of its own ("...; the new plan puts it into effect") is named there, not signed by the
signing verb of the clause before it (importers/en/agreements/clauses.py, signings.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def _kinds_and_dates(text: str) -> list[tuple[str, str | None]]:
    return [(k, d) for _t, k, d, _p in agreements_of(facts_text(text, "2026-02-10"))]


def test_a_plan_after_a_semicolon_with_its_own_verb_is_not_signed_by_the_verb_before() -> None:
    got = _kinds_and_dates(
        "On 6 February the Danish Patent and Trademark Office and the Korean Intellectual "
        "Property Office adopted a work plan for 2026 in Copenhagen.\n\n"
        "The two offices extended their memorandum of understanding in October 2024; the new "
        "work plan turns it into concrete projects."
    )
    assert sorted(got) == [("mou", "2024-10"), ("work_plan", "2026-02-06")]


def test_a_plan_after_comma_and_that_is_the_subject_of_its_clause_is_not_signed_again() -> None:
    got = _kinds_and_dates(
        "On 6 February the Danish Patent and Trademark Office and the Korean Intellectual "
        "Property Office adopted a work plan for 2026 in Copenhagen.\n\n"
        "The two offices concluded a memorandum of understanding in May 2023, and the work "
        "plan is the first step in carrying it out."
    )
    assert sorted(got) == [("mou", "2023-05"), ("work_plan", "2026-02-06")]


def test_definite_objects_listed_after_semicolons_are_each_still_signed() -> None:
    got = _kinds_and_dates(
        "In January 2026 the Danish Patent and Trademark Office signed the memorandum of "
        "understanding with the Korean Intellectual Property Office; the work plan with the "
        "Japan Patent Office; and the letter of intent with the Mexican Institute of "
        "Industrial Property."
    )
    assert sorted(k for k, _d in got) == ["letter_of_intent", "mou", "work_plan"]


def _all(text: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return sorted((k, d, p) for _t, k, d, p in agreements_of(facts_text(text, "2026-02-10")))


_BOTH = frozenset({"Danish Patent and Trademark Office", "Korean Intellectual Property Office"})
_NEW = (
    "The Danish Patent and Trademark Office and the Korean Intellectual Property Office "
    "concluded a memorandum of understanding on 6 February 2026"
)


def test_the_memorandum_a_new_one_replaces_is_an_earlier_agreement_of_the_same_pair() -> None:
    got = _all(_NEW + ". It supersedes the memorandum the two offices signed in June 2016.")
    assert got == [("mou", "2016-06", _BOTH), ("mou", "2026-02-06", _BOTH)]


def test_a_year_in_the_title_of_the_replaced_instrument_dates_it() -> None:
    got = _all(_NEW + ", which replaces a 2016 memorandum.")
    assert got == [("mou", "2016", _BOTH), ("mou", "2026-02-06", _BOTH)]


def test_an_undated_instrument_that_is_updated_is_no_second_agreement() -> None:
    assert _all(_NEW + ". It updates the memorandum.") == [("mou", "2026-02-06", _BOTH)]
