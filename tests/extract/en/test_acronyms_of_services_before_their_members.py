"""An acronym the text never spells out and writes only before a word for a member of a
service ("an IFS officer") names the civil service its people belong to, no body
(importers/en/orgs/acronyms.py, [service_member_words])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_service_written_only_before_officer_is_no_body() -> None:
    f = facts_text(
        "Meera Nair, an IFS officer, takes over the trade office in May. She is the second "
        "IFS officer to lead it."
    )
    assert "IFS" not in org_set(f)


def test_an_acronym_that_also_acts_on_its_own_stays_a_body() -> None:
    f = facts_text("The KTO said on Monday that a KTO officer would attend the fair.")
    assert "KTO" in org_set(f)
