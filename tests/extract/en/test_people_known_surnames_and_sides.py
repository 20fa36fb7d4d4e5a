"""People named by a title and one word (importers/en/roles/known_surnames.py, odd_names.py)
and bare titles listed under a side of a meeting (importers/en/roles/sides.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_title_and_the_family_name_of_a_known_holder_is_that_holder() -> None:
    f = facts_text(
        "The European Patent Office held a user seminar in Munich in spring 2015. "
        "President Battistelli opened the seminar with remarks on unitary protection."
    )
    assert "Battistelli" in people_names(f)
    assert ("Battistelli", "President", "European Patent Office") in roles(f)


def test_a_title_and_an_unknown_single_word_stays_no_person() -> None:
    f = facts_text(
        "The European Patent Office held a user seminar in Munich in spring 2015. "
        "President Harbourside opened the seminar with remarks on unitary protection."
    )
    assert "Harbourside" not in people_names(f)


def test_a_single_word_after_a_form_of_address_before_a_title_is_a_person() -> None:
    f = facts_text(
        "A delegation of the Danish Patent and Trademark Office visited the Nordic Patent "
        "Institute in Taastrup in 2019. From Nordic Patent Institute side, Mr. Lindqvist, "
        "Director, and Ms. Berglund, Deputy Director, joined the talks."
    )
    assert {"Lindqvist", "Berglund"} <= people_names(f)


def test_a_bare_title_listed_under_a_named_side_is_held_at_that_side() -> None:
    f = facts_text(
        "A delegation of the Danish Patent and Trademark Office visited the Nordic Patent "
        "Institute in Taastrup in 2019. From Nordic Patent Institute side, Mr. Lindqvist, "
        "Director, and Ms. Berglund, Deputy Director, joined the talks."
    )
    assert ("Lindqvist", "Director", "Nordic Patent Institute") in roles(f)
    assert ("Berglund", "Deputy Director", "Nordic Patent Institute") in roles(f)
