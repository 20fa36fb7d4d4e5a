"""A post given "for a term": "the board reappointed NAME for a second term as Title of X"
gives the post to the name before the term, as "NAME as Title" does
(importers/en/roles/careers.py). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

_BOARD = "On 2 May the council of the Ruritanian Seed Variety Agency (RSVA)"


def test_the_name_before_a_term_holds_the_post_after_as() -> None:
    text = f"{_BOARD} reappointed Lina Ortiz for a second term as Director General of the RSVA.\n"
    got = roles(facts_text(text))
    assert ("Lina Ortiz", "Director General", "Ruritanian Seed Variety Agency") in got


def test_a_verb_s_adverb_and_a_longer_term_change_nothing() -> None:
    text = (
        f"{_BOARD} nominated unanimously Lina Ortiz for another five-year term as President "
        "of the agency.\n"
    )
    got = roles(facts_text(text))
    assert ("Lina Ortiz", "President", "Ruritanian Seed Variety Agency") in got


def test_a_term_as_an_untitled_word_gives_no_post() -> None:
    text = f"{_BOARD} asked Lina Ortiz for a term as a member of staff.\n"
    assert people_names(facts_text(text)) == set()
