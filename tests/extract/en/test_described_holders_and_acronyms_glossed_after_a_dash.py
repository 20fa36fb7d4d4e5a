"""A holder described before the title ("NAME, an IFS officer and Joint Director of X"), a body
named by the acronym its initials spell before a dash ("KTPA – Korea Trade Promotion
Agency"), and a secretary "of" a body the text names by its acronym: the post is held at
that body (importers/en/roles/patterns.py, roles/portfolio.py, orgs/acronyms.py)."""

from __future__ import annotations

from tests.extract.en.helpers import all_names, facts_text, org_names, roles


def test_an_acronym_before_a_dash_and_the_name_it_spells_is_that_bodys() -> None:
    f = facts_text("Staff of the KTPA – Korea Trade Promotion Agency visited Delhi in June.")
    key = next(k for k, n in org_names(f).items() if n == "Korea Trade Promotion Agency")
    assert "KTPA" in all_names(f, key)


def test_a_secretary_of_a_body_named_by_its_acronym_holds_the_post_there() -> None:
    f = facts_text(
        "The Korea Trade Promotion Agency (KTPA) opened a desk. Han Joon, Secretary of KTPA, "
        "cut the ribbon."
    )
    assert ("Han Joon", "Secretary", "Korea Trade Promotion Agency") in roles(f)


def test_a_secretary_of_a_field_keeps_the_field_in_the_title() -> None:
    f = facts_text("Jane Roe, Secretary of Commerce, opened the fair.")
    assert not roles(f)


def test_a_description_joined_by_and_before_the_title_keeps_the_holder() -> None:
    f = facts_text(
        "The board welcomed Meera Nair, IFS officer and Joint Director of KTPA – Korea Trade "
        "Promotion Agency, to the panel."
    )
    assert ("Meera Nair", "Joint Director", "Korea Trade Promotion Agency") in roles(f)


def test_a_lower_case_description_before_and_keeps_the_holder() -> None:
    f = facts_text(
        "Acme thanked Sunil Rao, a career diplomat and Director of the Korea Trade Promotion "
        "Agency, for his help."
    )
    assert ("Sunil Rao", "Director", "Korea Trade Promotion Agency") in roles(f)


def test_two_names_listed_before_a_titled_name_get_no_post() -> None:
    f = facts_text("We met Alice Smith, Bob Jones and Director Tom Hale of the Korea Trade Agency.")
    assert {r[0] for r in roles(f)} == {"Tom Hale"}


def test_a_person_congratulated_on_being_appointed_takes_the_post() -> None:
    f = facts_text(
        "Acme congratulates Sunil Rao, Joint Director of the Korea Trade Agency, on being "
        "appointed as the new Director General of the Korea Design Office. He took charge in May."
    )
    assert ("Sunil Rao", "Director General", "Korea Design Office") in roles(f)
    assert ("Sunil Rao", "Joint Director", "Korea Trade Agency") in roles(f)


def test_a_post_after_on_being_appointed_goes_to_no_one_named_in_an_earlier_sentence() -> None:
    f = facts_text(
        "Sunil Rao, Joint Director of the Korea Trade Agency, spoke first. Thanks were given on "
        "being appointed as the new Director General of the Korea Design Office."
    )
    assert ("Sunil Rao", "Director General", "Korea Design Office") not in roles(f)
