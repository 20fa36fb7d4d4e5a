"""A title-case headline that leaves its prepositions in lower case ("Talks with Nine
Offices", as Chicago style writes them) is still a headline: its capitalised verb after a
title ("Commissioner Holds") is no unit of the post, and the capitalised words after it
("Bilateral Talks") are no holder's name. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

STORY = (
    "The Japan Patent Office said its Commissioner met the heads of nine offices in Geneva "
    "during the week.\n"
)


def test_a_headline_verb_after_a_title_names_no_one() -> None:
    text = "JPO Commissioner Holds Bilateral Talks with Nine IP Offices in Geneva\n\n" + STORY
    facts = facts_text(text)
    assert people_names(facts) == set()
    assert roles(facts) == set()


def test_a_holder_named_in_such_a_headline_and_again_in_the_story_is_still_read() -> None:
    text = (
        "JPO Commissioner Kenji Sato Holds Talks with Nine IP Offices in Geneva\n\n"
        "The Japan Patent Office said Commissioner Sato met the heads of nine offices.\n"
    )
    assert "Kenji Sato" in people_names(facts_text(text))
