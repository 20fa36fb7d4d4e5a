"""An acronym news writes in brackets after a body's possessive ("the X Office's (XO) chief
executive NAME") is that body's, and so is every later use of it, which may open a
lower-case title ("XO board chairman NAME")."""

from __future__ import annotations

from tests.extract.en.helpers import all_names, facts_text, org_names, roles


def test_an_acronym_after_the_possessive_is_the_body_s_and_its_post_reads() -> None:
    f = facts_text(
        "The Northland Seed Authority's (NSA) chief executive Maria Olsen will chair the "
        "regional panel from July."
    )
    key = next(k for k, n in org_names(f).items() if n == "Northland Seed Authority")
    assert "NSA" in all_names(f, key)
    assert ("Maria Olsen", "chief executive", "Northland Seed Authority") in roles(f)


def test_a_later_use_of_the_acronym_opens_a_lower_case_title() -> None:
    f = facts_text(
        "The Northland Seed Authority's (NSA) new catalogue is out.\n\n"
        "NSA board chairman Peter Brandt said the catalogue was overdue."
    )
    assert ("Peter Brandt", "board chairman", "Northland Seed Authority") in roles(f)


def test_a_word_in_brackets_after_the_possessive_is_no_acronym() -> None:
    f = facts_text("The Northland Seed Authority's (Online) catalogue opened on Monday.")
    assert "Online" not in {n for k in org_names(f) for n in all_names(f, k)}
