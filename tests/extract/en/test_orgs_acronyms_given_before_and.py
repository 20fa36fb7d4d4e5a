"""An acronym the text gives a body, after a dash that glosses the name before it or in
brackets, then "and" and another name: two bodies, not one name holding "and"
(importers/en/orgs/acronym_pairs.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_dash_glossed_acronym_before_and_ends_its_body() -> None:
    f = facts_text(
        "Nordic Patent Institute – NPI and Eurasian Patent Organization – EAPO signed a plan."
    )
    names = org_set(f)
    assert {"Nordic Patent Institute", "NPI", "Eurasian Patent Organization", "EAPO"} <= names
    assert not any(n.startswith("NPI and") for n in names)


def test_an_acronym_defined_in_brackets_before_and_ends_its_body() -> None:
    f = facts_text(
        "The Nordic Patent Institute (NPI) met in Oslo. NPI and Eurasian Patent Organization "
        "then signed a plan."
    )
    assert "Eurasian Patent Organization" in org_set(f)
    assert not any(n.startswith("NPI and") for n in org_set(f))


def test_a_field_written_as_an_acronym_stays_in_the_name() -> None:
    f = facts_text("The ICT and Innovation Office of Ruritania opened a new branch.")
    assert any(n.startswith("ICT and Innovation Office") for n in org_set(f))
