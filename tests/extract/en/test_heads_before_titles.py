"""A head that opens a run before a title says the holder's field, and the body is the one
named after the holder's "of" (importers/en/orgs/chunks.trim, titled_holders.past_head_title)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_head_and_title_before_a_holder_name_no_body_of_their_own() -> None:
    f = facts_text(
        "Agency Director Lin Wei of the Kenya Space Agency met "
        "Office Director Rafael Mendoza of the Bolivian Patent Office."
    )
    names = org_set(f)
    assert {"Kenya Space Agency", "Bolivian Patent Office"} <= names
    assert not any("Mendoza" in n or "Lin Wei" in n for n in names)
