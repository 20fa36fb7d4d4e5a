"""A post given by "NAME has been officially appointed as the next Title of X": the adverb of
the appointment and "next" (the post the person is appointed to take) leave it a post, as
"appointed as the new Title" is; so does a decision "that NAME be appointed Title"."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_appointed_as_the_next_holder_of_a_lower_case_post_with_its_body() -> None:
    f = facts_text(
        "Karin Lund has been appointed as the next registrar of the Nordic Plant Variety "
        "Board, the ministry said."
    )
    assert ("Karin Lund", "registrar", "Nordic Plant Variety Board") in roles(f)


def test_officially_between_the_copula_and_the_verb_keeps_the_post() -> None:
    f = facts_text(
        "Karin Lund was formally elected as the new President of the Nordic Plant Variety "
        "Board on Tuesday."
    )
    assert ("Karin Lund", "President", "Nordic Plant Variety Board") in roles(f)


def test_likely_to_be_the_next_holder_is_still_no_post() -> None:
    f = facts_text(
        "Observers said Karin Lund is likely to be the next registrar of the Nordic Plant "
        "Variety Board."
    )
    assert not any(r[0] == "Karin Lund" for r in roles(f))


def test_a_decision_that_a_person_be_appointed_gives_the_post() -> None:
    f = facts_text(
        "The Board resolved that Mrs Ilse Marta Vandeberg be appointed the new President of "
        "the Nordic Plant Variety Board for a five-year term."
    )
    assert ("Ilse Marta Vandeberg", "President", "Nordic Plant Variety Board") in roles(f)


def test_should_be_elected_in_a_decision_gives_the_post_too() -> None:
    f = facts_text(
        "The Assembly agreed that Dr Karin Lund should be elected Chair of the Nordic Plant "
        "Variety Board."
    )
    assert ("Karin Lund", "Chair", "Nordic Plant Variety Board") in roles(f)
