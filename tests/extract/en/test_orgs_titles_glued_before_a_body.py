"""A holder's title glued to a body's name with no "of" ("charge of Chairman Textile Export
Board of X", "acting Director General Seed Authority of Y"): the title is its holder's, the
body's name opens after it, and the words that qualify the head are no person's name
(importers/en/orgs/titled_holders.py, importers/en/roles/after_title.py). Sentences written
for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names


def test_a_title_before_the_words_that_qualify_a_head_is_no_word_of_the_body() -> None:
    f = facts_text(
        "The ministry gave additional charge of Chairman Cotton Export Board of Xland to "
        "its Joint Secretary Dr Farid Qazi.\n"
    )
    names = org_set(f)
    assert "Cotton Export Board of Xland" in names
    assert not any(n.startswith("Chairman") for n in names)
    assert "Cotton Export" not in people_names(f)


def test_a_title_of_two_words_glued_to_a_body_after_a_comma() -> None:
    names = org_set(
        facts_text(
            "Ms Leila Haddad, acting Director General Plant Seed Authority of Yland, opened the "
            "training in Tunis.\n"
        )
    )
    assert "Plant Seed Authority of Yland" in names
    assert not any(n.startswith("Director") for n in names)


def test_a_title_right_before_the_head_is_the_office_s_own_name() -> None:
    names = org_set(
        facts_text("Staff of the Prime Minister Office visited Chancellor College on Monday.\n")
    )
    assert {"Prime Minister Office", "Chancellor College"} <= names
