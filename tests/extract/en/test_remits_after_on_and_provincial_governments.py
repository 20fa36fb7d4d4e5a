"""A body's remit after "on" listed with commas, "on" before a day, and a government named
by its level inside a state ("a provincial government of X"), which is not X's government."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, parties


def test_a_remit_after_on_runs_over_its_commas_to_the_short_name_in_brackets() -> None:
    f = facts_text(
        "Experts of the Ruritanian Federal Service on Plant Varieties, Seeds and Breeds "
        "(Rusvar) met the Nordland Seed Office in Oslo. Rusvar will host the next round."
    )
    full = "Ruritanian Federal Service on Plant Varieties, Seeds and Breeds"
    body = next(o for o in f.orgs if o.name == full)
    assert "Rusvar" in body.aliases
    assert "Ruritanian Federal Service" not in org_set(f)


def test_an_office_on_a_topic_keeps_it() -> None:
    f = facts_text("The Vienna Office on Drugs and Crime trained customs officers in Lusaka.")
    assert "Vienna Office on Drugs and Crime" in org_set(f)


def test_on_before_a_day_or_a_month_dates_the_verb_and_names_no_field() -> None:
    f = facts_text(
        "The Nordland Trade Commission on Friday welcomed the plan, and the Baltic Customs "
        "Service on June 4 said it would join."
    )
    names = org_set(f)
    assert {"Nordland Trade Commission", "Baltic Customs Service"} <= names
    assert not any("Friday" in n or "June" in n for n in names)


def test_on_before_a_named_day_dates_the_verb_too() -> None:
    f = facts_text(
        "The Baltic Trade Marks Office on World Intellectual Property Day opened a library."
    )
    assert "Baltic Trade Marks Office" in org_set(f)
    assert not any("Day" in n for n in org_set(f))


def test_countries_after_a_comma_are_no_fields_of_a_ministry() -> None:
    f = facts_text(
        "The Ministry of Industry, Singapore and Malaysia signed the declaration in Hanoi."
    )
    assert not any("Malaysia" in n and "Ministry" in n for n in org_set(f))


def test_a_provincial_government_of_a_state_is_not_the_states_government() -> None:
    f = facts_text(
        "The Nordland Patent Office and the Hubei Provincial People's Government signed a "
        "Memorandum of Understanding on 3 March 2031. Until now the Nordland Patent Office had "
        "no pact with a provincial government of the People's Republic of China."
    )
    assert not any(n.casefold().startswith("government of") for n in org_set(f))
    assert len(f.agreements) == 1
    assert parties(f, 0) == {"Nordland Patent Office", "Hubei Provincial People's Government"}


def test_a_lower_case_government_of_a_state_with_no_level_before_it_is_the_states() -> None:
    f = facts_text(
        "The agency met officials of the government of Pakistan in Lahore. The government "
        "of Pakistan welcomed the visit."
    )
    assert "government of Pakistan" in org_set(f)
