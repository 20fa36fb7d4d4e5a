"""An agreement recalled as "the first" of a pair's history, dated in an earlier year, and a
signing named only as the purpose of work still to do."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

_REPORTED = (
    "A Memorandum of Understanding between the Zetland Office for Industrial Property (ZOIP) "
    "and the Quorvia Patent Office (QPO) was signed on 3 March in Quorvia City. "
)


def test_the_first_agreement_of_the_pair_signed_in_an_earlier_year_is_one_of_its_own() -> None:
    f = facts_text(
        _REPORTED + "ZOIP and QPO have worked together for two decades, their first Cooperation "
        "Agreement on patent data being inked in 1998."
    )
    found = sorted((a[1], a[2] or "", a[0]) for a in agreements_of(f))
    assert found == [
        ("agreement", "1998", "Cooperation Agreement on patent data"),
        ("mou", "", found[1][2]),
    ]


def test_the_first_agreement_signed_in_the_texts_own_year_is_the_one_reported() -> None:
    f = facts_text(
        _REPORTED + "It is the first agreement between the two offices, signed in 2024.",
        date="2024-03-05",
    )
    assert len(agreements_of(f)) == 1


def test_the_first_agreement_signed_today_is_the_one_reported() -> None:
    f = facts_text(_REPORTED + "The first memorandum signed today was this one.")
    assert len(agreements_of(f)) == 1


def test_a_memorandum_named_as_the_purpose_of_papers_to_draft_is_not_signed() -> None:
    f = facts_text(
        "The envoy said he will help the Zetland Office for Industrial Property start work "
        "with the Ruritanian Patent Office, and papers will be drafted in order to sign a "
        "Memorandum of Understanding."
    )
    assert agreements_of(f) == []


def test_talks_with_a_view_to_concluding_an_agreement_sign_nothing() -> None:
    f = facts_text(
        "The Zetland Office for Industrial Property held talks with the Ruritanian Patent "
        "Office with a view to concluding a cooperation agreement."
    )
    assert agreements_of(f) == []
