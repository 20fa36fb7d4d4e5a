"""A post with its country after a second "of" and the holder's name right after it, with no
comma ("Minister of Culture of Norway Ingrid Solberg"): the country ends the title, the name
is the holder's: importers/en/roles/after_title.py. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names


def test_the_country_ends_the_title_before_the_holder_s_name() -> None:
    text = (
        "Greetings from Minister of Economic Development of Uzbekistan Pavel Sokolov were "
        "read out at the plenary session.\n"
    )
    facts = facts_text(text)
    assert "Pavel Sokolov" in people_names(facts)
    assert any(r.title == "Minister of Economic Development of Uzbekistan" for r in facts.roles)


def test_a_name_closed_by_and_is_the_holder_s_too() -> None:
    text = (
        "The prizes were given by Minister of Trade of Kenya Grace Wanjiru and the head of "
        "the Kenya Industrial Property Institute.\n"
    )
    assert "Grace Wanjiru" in people_names(facts_text(text))
