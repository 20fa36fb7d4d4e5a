"""A guest list that joins a name and its title with a spaced dash reads as the comma form,
and a title chosen but not yet taken ("President-elect") is a title; an item joining two posts
before a dashed name is one combined title, the groups it names no bodies of their own."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles

_GUESTS = (
    "Welcome remarks\n"
    "Honoured guests:\n"
    "  • Prof Helen Marsh - Vice President, Asian Development Bank\n"
    "  • Mr Omar Saleh – Director General, Egyptian Patent Office\n"
    "Thank you all for coming this morning.\n"
)


def test_a_bulleted_name_dash_title_body_item_is_a_role() -> None:
    f = facts_text(_GUESTS)
    assert ("Helen Marsh", "Vice President", "Asian Development Bank") in roles(f)
    assert ("Omar Saleh", "Director General", "Egyptian Patent Office") in roles(f)


def test_a_bulleted_title_dash_name_item_names_the_holder() -> None:
    f = facts_text("Programme\n  • Chairperson - Ms Rita Okafor\n  • Secretary - Mr Ivan Petrov\n")
    assert {"Rita Okafor", "Ivan Petrov"} <= people_names(f)


def test_a_dash_in_running_prose_is_no_apposition() -> None:
    f = facts_text(
        "The talks went well - Director General Sam Lee of the Egyptian Patent Office said so, "
        "and the guests - Vice President of the bank among them - agreed.\n"
    )
    assert ("Sam Lee", "Director General", "Egyptian Patent Office") in roles(f)
    assert people_names(f) == {"Sam Lee"}


def test_an_elected_title_not_yet_taken_is_a_title() -> None:
    f = facts_text("Ms Grace Tan, President-elect of the Law Society of Singapore, spoke first.\n")
    assert ("Grace Tan", "President-elect", "Law Society of Singapore") in roles(f)


_JOINED_POSTS = (
    "The Seed Standards Agency will change how its senior posts are arranged.\n\n"
    "The posts will be filled from 1 May as follows:\n"
    "• Registrar of Seeds and General Manager, Seed Testing Group - Laura Mendez\n"
    "• Registrar of Varieties and General Manager, Licensing, Audit and Quality Group – "
    "Tom Becker\n\n"
    "Nothing else changes for clients of the Seed Standards Agency.\n"
)


def test_an_item_joining_two_posts_before_a_dashed_name_is_one_role_per_post() -> None:
    f = facts_text(_JOINED_POSTS, "2022-04-20")
    agency = "Seed Standards Agency"
    assert {(p, t) for p, t, o in roles(f) if o == agency} == {
        ("Laura Mendez", "Registrar of Seeds"),
        ("Laura Mendez", "General Manager, Seed Testing Group"),
        ("Tom Becker", "Registrar of Varieties"),
        ("Tom Becker", "General Manager, Licensing, Audit and Quality Group"),
    }
    assert people_names(f) == {"Laura Mendez", "Tom Becker"}


def test_the_groups_named_inside_joined_posts_are_no_bodies_of_their_own() -> None:
    f = facts_text(_JOINED_POSTS, "2022-04-20")
    assert org_set(f) == {"Seed Standards Agency"}
