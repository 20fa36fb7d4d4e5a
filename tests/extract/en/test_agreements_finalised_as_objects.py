"""An agreement or memorandum "finalised" as the verb's object is concluded by its subject and
object; a text finalised, a draft, a plan drawn up, a hope to finalise or a text still to be
finalised is not signed (importers/en/agreements/governs.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_bodies_that_finalised_the_agreement_after_their_states_signed_are_its_parties() -> None:
    f = facts_text(
        "Latvia and Estonia have signed a memorandum of understanding on trademarks.\n\n"
        "The Latvian Trademark Bureau (LTB) and Estonia's Design Directorate finalised the "
        "agreement, the local press reported."
    )
    assert [a[3] for a in agreements_of(f)] == [
        frozenset({"Latvian Trademark Bureau", "Design Directorate"})
    ]


def test_an_office_that_finalized_its_new_memorandum_with_another_concluded_it() -> None:
    f = facts_text(
        "On 11 May 2023, the Zetland Office for Industrial Property finalized their new "
        "memorandum of understanding with the Quorvia Competition Board."
    )
    assert [(a[1], a[2], a[3]) for a in agreements_of(f)] == [
        (
            "mou",
            "2023-05-11",
            frozenset({"Zetland Office for Industrial Property", "Quorvia Competition Board"}),
        )
    ]


def test_a_finalised_text_or_draft_and_a_hope_to_finalise_sign_nothing() -> None:
    for text in (
        "On 3 March 2021 the Zetland Office for Industrial Property and the Quorvia "
        "Competition Board finalised the text of a memorandum of understanding.",
        "On 3 March 2021 the Zetland Office for Industrial Property and the Quorvia "
        "Competition Board finalised the draft agreement on patent searches.",
        "The Zetland Office for Industrial Property and the Quorvia Competition Board hope "
        "to finalise a cooperation agreement next year.",
        "On 3 March 2021 the Zetland Office for Industrial Property and the Quorvia "
        "Competition Board finalised their action plan for 2022.",
        "A cooperation agreement between the Zetland Office for Industrial Property and the "
        "Quorvia Competition Board is to be concluded once the text is finalized.",
    ):
        assert agreements_of(facts_text(text)) == [], text


def test_a_memorandum_finalised_on_a_work_programme_is_concluded() -> None:
    f = facts_text(
        "On 9 June 2022 the Zetland Office for Industrial Property and the Quorvia "
        "Competition Board finalised the Memorandum of Understanding on a Joint Work "
        "Programme."
    )
    assert [(a[1], a[3]) for a in agreements_of(f)] == [
        ("mou", frozenset({"Zetland Office for Industrial Property", "Quorvia Competition Board"}))
    ]
