"""Organisations a text only seems to name: the capacities in which an office acts under a
Patent Prosecution Highway ("Office of First Filing"), written like names of bodies."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_the_capacities_of_a_patent_prosecution_highway_are_not_bodies() -> None:
    f = facts_text(
        "Under the highway, an Office of Second Filing (OSF) may use the work of the Office "
        "of First Filing (OFF); the Office of Later Examination may likewise rely on the "
        "Office of Earlier Examination. The Danube Patent Office and the Tisza Patent "
        "Office signed the pilot in Vienna."
    )
    names = org_set(f)
    assert {"Danube Patent Office", "Tisza Patent Office"} <= names
    assert not any("Filing" in n or "Examination" in n for n in names)
    assert not names & {"OSF", "OFF"}


def test_a_count_of_offices_in_lower_case_describes_them_and_names_no_grouping() -> None:
    f = facts_text(
        "The heads of the five IP offices of the Andean group met in Lima and reviewed "
        "their joint roadmap."
    )
    assert not any("offices" in n.casefold() for n in org_set(f))


def test_a_government_named_only_as_the_owner_of_a_common_noun_is_named_in_passing() -> None:
    f = facts_text(
        "The Director General of the Danube Patent Office visited Ruritania and praised the "
        "Ruritanian Government's commitment to stronger patent examination."
    )
    assert "Danube Patent Office" in org_set(f)
    assert not any("Government" in n for n in org_set(f))


def test_a_government_that_acts_elsewhere_in_the_text_is_named() -> None:
    f = facts_text(
        "The Ruritanian Government's commitment to patents was praised. The Ruritanian "
        "Government will host the next meeting of the Danube Patent Office."
    )
    assert "Ruritanian Government" in org_set(f)
