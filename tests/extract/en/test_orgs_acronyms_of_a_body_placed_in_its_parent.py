"""An acronym in brackets after "A from the B" that the reference gives to A is A's, and B
stays a body of its own (importers/en/orgs/bracket_owners.py)."""

from __future__ import annotations

from tests.extract.en.helpers import all_names, facts_text, org_names

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
