"""What may stand between a title's body and the holder's name: an aside in brackets that
says what the body's acronym is in its own language, the body's country after a comma; and
a body named by an acronym that keeps small letters ("MoE"), which is where the post is
held, no portfolio."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_language_aside_after_the_body_keeps_the_holder_named_after_it() -> None:
    f = facts_text(
        "Speaking in Lima on 3 May, the Executive President of the Andean Bureau for the "
        "Promotion of Fair Trade (Inprocom in Spanish), Tomás Ibáñez, met the press."
    )
    assert "Tomás Ibáñez" in people_names(f)
    assert (
        "Tomás Ibáñez",
        "Executive President",
        "Andean Bureau for the Promotion of Fair Trade",
    ) in roles(f)


def test_a_post_at_a_body_named_by_an_acronym_with_small_letters_is_held_there() -> None:
    f = facts_text(
        "Experts work at the Ministry of Industry (MoI) of the country. "
        "Undersecretary of the MoI Karim Al Haddad agreed to host the course."
    )
    assert ("Karim Al Haddad", "Undersecretary", "Ministry of Industry") in roles(f)


def test_the_bodys_country_after_a_comma_stands_before_the_holders_name() -> None:
    f = facts_text(
        "Experts work at the Ministry of Industry (MoI) of the country. At the meeting, "
        "Commissioner Park and Undersecretary of the MoI, Oman Karim Al Haddad agreed to "
        "sign a memorandum."
    )
    assert ("Karim Al Haddad", "Undersecretary", "Ministry of Industry") in roles(f)


def test_a_body_after_the_country_is_no_holder() -> None:
    f = facts_text("Undersecretary of the Ministry of Trade, Japan Patent Office said.")
    assert not people_names(f)
