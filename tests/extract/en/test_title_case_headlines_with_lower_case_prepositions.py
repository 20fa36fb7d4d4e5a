"""A title-case headline that leaves its prepositions in lower case ("Talks with Four
Offices", as Chicago style writes them) is still a headline: its capitalised verb after a
title ("President Leads") is no unit of the post, and the capitalised words after it
("Working Talks") are no holder's name. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

STORY = (
    "The European Patent Office said its President received delegations from four regional "
    "offices this week.\n"
)


def test_a_headline_verb_after_a_title_names_no_one() -> None:
    text = "EPO President Leads Working Talks with Four Regional Offices in Munich\n\n" + STORY
    facts = facts_text(text)
    assert people_names(facts) == set()
    assert roles(facts) == set()


def test_a_holder_named_in_such_a_headline_and_again_in_the_story_is_still_read() -> None:
    text = (
        "EPO President Anna Berg Leads Talks with Four Regional Offices in Munich\n\n"
        "The European Patent Office said President Berg received four delegations.\n"
    )
    assert "Anna Berg" in people_names(facts_text(text))
