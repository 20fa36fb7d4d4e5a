"""An acronym in brackets after "A from the B" that the reference gives to A is A's, and B
stays a body of its own (importers/en/orgs/bracket_owners.py); two bodies that sign a few
documents together, counted and with no counterpart after, sign one entry between them
(importers/en/agreements/one_each.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, all_names, facts_text, org_names

PLACED = (
    "On 3 March 2024 the National Office of Industrial Property from the Ministry of "
    "Industry and Commerce of the Dominican Republic (ONAPI) and the Swedish Patent and "
    "Registration Office signed two memorandums of understanding in Santo Domingo. ONAPI "
    "will host the first joint seminar."
)


def test_the_bracketed_acronym_goes_to_the_body_the_reference_names_by_it() -> None:
    f = facts_text(PLACED)
    names = org_names(f)
    onapi = next(k for k, n in names.items() if n == "National Office of Industrial Property")
    assert "ONAPI" in all_names(f, onapi)
    ministry = next(k for k, n in names.items() if n.startswith("Ministry of Industry"))
    assert "ONAPI" not in all_names(f, ministry)


def test_a_few_documents_two_bodies_signed_are_one_entry_between_them() -> None:
    [(title, kind, date, parties)] = agreements_of(facts_text(PLACED))
    assert kind == "mou"
    assert date == "2024-03-03"
    assert "National Office of Industrial Property" in parties
    assert "Swedish Patent and Registration Office" in parties


def test_many_documents_summed_up_over_years_are_no_entry() -> None:
    f = facts_text(
        "Since 2010 the Swedish Patent and Registration Office and the Nordic Patent "
        "Institute have signed 11 memorandums of understanding."
    )
    assert agreements_of(f) == []
