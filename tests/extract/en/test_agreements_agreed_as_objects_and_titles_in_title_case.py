"""An instrument "agreed" as the verb's object (British usage), and a formal title written in
Title case whose complement opens with "Between" and joins its parties with "And"."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_an_office_that_agreed_a_new_memorandum_with_another_signed_it() -> None:
    f = facts_text(
        "The Zetland Office for Industrial Property (ZOIP) has agreed a new Memorandum of "
        "Understanding (MoU) with the Quorvia Competition Board (QCB) today."
    )
    assert [(a[1], a[3]) for a in agreements_of(f)] == [
        ("mou", frozenset({"Zetland Office for Industrial Property", "Quorvia Competition Board"}))
    ]


def test_agreed_a_date_is_no_signing_of_a_memorandum_named_after_it() -> None:
    f = facts_text(
        "The Zetland Office for Industrial Property agreed a timetable with the Quorvia "
        "Competition Board, and the memorandum that both offices drafted is described."
    )
    assert agreements_of(f) == []


def test_a_title_case_title_runs_over_between_and_and_to_its_second_party() -> None:
    f = facts_text(
        "On May 9, the Economic Partnership Agreement Between the Government of Quorvia And the "
        "Government of Ruritania (hereafter the Agreement) is formally signed in Quorvia City."
    )
    (title, kind, _date, parties), *rest = agreements_of(f)
    assert rest == []
    assert title == (
        "Economic Partnership Agreement Between the Government of Quorvia And the "
        "Government of Ruritania"
    )
    assert "Government of Ruritania" in parties
