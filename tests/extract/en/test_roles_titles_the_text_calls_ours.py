"""A title the text calls "our" ("NAME, our Principal Advisor, Patents,") is held at the
body the text speaks for, whatever the title, not only an office's title such as
"Director" (roles/bare.assign_bare_roles)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_our_advisor_is_held_at_the_body_the_letter_is_from() -> None:
    f = facts_text(
        "Nordic Design Registry\n\n"
        "Dear colleagues,\n\n"
        "From 3 March, Tove Lindqvist, our Principal Advisor, Designs, will act as head of "
        "the registry until a new head is appointed.\n\n"
        "Ola Brekke\n"
        "Director, Nordic Design Registry\n"
    )
    assert ("Tove Lindqvist", "Principal Advisor", "Nordic Design Registry") in roles(f)


def test_a_title_without_our_is_not_given_the_letters_body() -> None:
    f = facts_text(
        "Nordic Design Registry\n\n"
        "Dear colleagues,\n\n"
        "From 3 March, Tove Lindqvist, Principal Advisor, will join the review panel.\n\n"
        "Ola Brekke\n"
        "Director, Nordic Design Registry\n"
    )
    assert not any(p == "Tove Lindqvist" for p, _, _ in roles(f))
