"""A post given by "NAME has been officially appointed as the next Title of X": the adverb of
the appointment and "next" (the post the person is appointed to take) leave it a post, as
"appointed as the new Title" is."""

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
