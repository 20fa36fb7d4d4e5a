"""A list of titled people may drop the comma of a later item: "A, Title of X and B Title of
Y". The later name, opened by "and" and followed at once by a capitalised title and "of" a
named body, holds that title there (importers/en/roles/commaless.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

LISTED = (
    "Rome - Dr Giulia Ferraro, Director General of the Italian Patent and Trademark Office, "
    "and Marco Antonio Bellini Director of the Adriatic Design Institute met the "
    "delegation on Friday."
)


def test_a_later_list_item_without_a_comma_holds_the_title_written_after_the_name() -> None:
    found = roles(facts_text(LISTED))
    assert ("Marco Antonio Bellini", "Director", "Adriatic Design Institute") in found


def test_the_list_s_first_item_keeps_its_own_post() -> None:
    found = roles(facts_text(LISTED))
    assert ("Giulia Ferraro", "Director General", "Italian Patent and Trademark Office") in found


def test_without_an_earlier_item_set_apart_by_a_comma_no_post_is_read() -> None:
    facts = facts_text(
        "Anna Rossi and Marco Antonio Bellini Director of the Adriatic Design Institute met."
    )
    assert "Marco Antonio Bellini" not in people_names(facts)
