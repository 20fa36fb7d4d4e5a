"""A name whose short form the text writes in the plural names a kind of body: a term for
every body that takes a part in a programme, neither the name nor the short form a body
(importers/en/orgs/classes.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_quoted_term_whose_short_form_is_written_in_the_plural_is_no_body() -> None:
    f = facts_text(
        "The Danube Patent Office will choose a suitable “Support Centre” (“SC”) in each "
        "province. The SCs will help local inventors search patent databases."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_term_defined_in_brackets_and_used_in_the_plural_is_no_body() -> None:
    f = facts_text(
        "Each Partner Office (PO) sends its examiners to Vienna. All POs report to the "
        "Danube Patent Office every year."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_body_whose_short_form_is_never_plural_stays_a_body() -> None:
    f = facts_text(
        "The Ruritanian Support Centre (RSC) signed an agreement with the Danube Patent "
        "Office. RSC's director welcomed it."
    )
    assert "Ruritanian Support Centre" in org_set(f)


def test_a_name_of_only_the_part_a_body_takes_and_a_head_is_no_body() -> None:
    f = facts_text(
        "The Implementing Agency shall report each quarter to the Danube Patent Office, and "
        "the Host Institution shall provide the rooms."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_part_taken_before_a_proper_name_keeps_the_body() -> None:
    f = facts_text("The Lead Agency, the Ruritanian Seed Agency, will brief the partners.")
    assert "Ruritanian Seed Agency" in org_set(f)
