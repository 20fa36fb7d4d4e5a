"""An ordinal that counts the holders of a post ("the first", "the second") between a
copula and the title does not hide the post: "NAME, who was the first Director of X" holds
it as "NAME was Director of X" does (roles/copula._COPULA, en_titles.txt
[ordinal_modifiers])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_who_was_the_first_title_of_a_body() -> None:
    f = facts_text(
        "The lecture honoured Marta Elvin, who was the first Director of the Andean Design "
        "Bureau, at its opening session."
    )
    assert ("Marta Elvin", "Director", "Andean Design Bureau") in roles(f)


def test_the_subject_was_the_second_title_of_a_body() -> None:
    f = facts_text("Marta Elvin was the second President of the Nordic Design Registry.")
    assert ("Marta Elvin", "President", "Nordic Design Registry") in roles(f)
