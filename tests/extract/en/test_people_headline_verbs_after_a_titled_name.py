"""A titled person's name in a title-case headline runs into the headline's verb ("Minister
Roe Stresses the Role of IP"): a capitalised word ending in "s" before a lower-case function
word is the verb, no word of the name, when the story writes the rest of the name alone
(importers/en/roles/after_title.py). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names


def test_a_headline_verb_after_a_titled_family_name_is_no_word_of_the_name() -> None:
    f = facts_text(
        "Minister Haddad Underlines the Value of Design Rights\n\n"
        "Minister Rania Haddad opened the forum in Amman on Sunday.\n"
    )
    names = people_names(f)
    assert "Rania Haddad" in names
    assert "Haddad Underlines" not in names


def test_a_two_word_name_in_a_headline_the_story_writes_whole_is_kept() -> None:
    f = facts_text(
        "Commissioner Ana Torres Visits the Northern Office\n\n"
        "Commissioner Ana Torres met examiners in the northern office.\n"
    )
    assert "Ana Torres" in people_names(f)
