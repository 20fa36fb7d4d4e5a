"""An acronym bracketed after "A at the B (ACR)" whose letters spell A and B together, and
not B alone, is A's: A's full name runs over "at the B", and B is a body of its own
(importers/en/orgs/bracket_owners.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_an_acronym_spelling_a_unit_and_its_parent_is_the_units() -> None:
    f = facts_text(
        "The Trade Marks Department at the Chancellor’s Office (TMDCO) signed an agreement "
        "with the Danube Patent Office. The Chancellor’s Office welcomed it."
    )
    names = {o.name: set(o.aliases) for o in f.orgs}
    unit = "Trade Marks Department at the Chancellor’s Office"
    assert unit in names and "TMDCO" in names[unit]
    assert "Chancellor’s Office" in names and "TMDCO" not in names["Chancellor’s Office"]


def test_an_acronym_spelling_the_parent_alone_stays_the_parents() -> None:
    f = facts_text(
        "The Trade Marks Department at the Chancellor’s Office (CO) signed an agreement "
        "with the Danube Patent Office."
    )
    assert "Trade Marks Department at the Chancellor’s Office" not in org_set(f)
