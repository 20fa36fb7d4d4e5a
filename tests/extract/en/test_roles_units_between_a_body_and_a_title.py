"""A body's unit written between the body's name and a title ("XAC Finance Subcommittee
Co-Chair, NAME"): the unit is part of the post, which is held at the body named first
(importers/en/roles/unit_fields.py, heads in en_titles.txt [units_before_titles]).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_subcommittee_between_an_acronym_and_a_co_chair_before_a_comma() -> None:
    f = facts_text(
        "The Plant Breeders Advisory Council (PBAC) met in Leeds. Opening the session, PBAC "
        "Outreach Subcommittee Co-Chair, Helen Marsh, thanked the members.\n"
    )
    assert ("Helen Marsh", "Outreach Subcommittee Co-Chair", "Plant Breeders Advisory Council") in (
        roles(f)
    )


def test_a_subcommittee_of_two_field_words_before_a_chair() -> None:
    f = facts_text(
        "The Trademark Users Council (TUC) met on Monday. In his remarks, TUC Export Markets "
        "Subcommittee Chair, Omar Haddad, thanked the staff.\n"
    )
    assert ("Omar Haddad", "Export Markets Subcommittee Chair", "Trademark Users Council") in (
        roles(f)
    )


def test_a_division_between_an_acronym_and_a_director_before_the_name() -> None:
    f = facts_text(
        "The Seed Growers Association (SGA) met in Bergen. SGA Legal Division Director "
        "Lena Berg spoke first.\n"
    )
    assert ("Lena Berg", "Legal Division Director", "Seed Growers Association") in roles(f)


def test_a_unit_kind_right_after_the_body_keeps_the_bare_post() -> None:
    f = facts_text("The Harbour Council Division Chief Ann Lee spoke on Monday.\n")
    assert ("Ann Lee", "Division Chief", "Harbour Council") in roles(f)
