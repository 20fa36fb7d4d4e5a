"""A union of states' delegation written without its posting is its mission in the country
the text is about, where a country's "Delegation of Kenya" is its team at a meeting
(importers/en/orgs/delegations.py, importers/en/orgs/phrases.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_the_delegation_of_a_union_with_no_posting_is_its_mission_in_the_host_country() -> None:
    f = facts_text(
        "The head of the Chile Patent Office met a counsellor of the Delegation of the "
        "European Union on Monday. Chile and the EU will hold a seminar in Chile."
    )
    assert "Delegation of the European Union to Chile" in org_set(f)


def test_a_countrys_delegation_with_no_posting_is_still_its_team() -> None:
    f = facts_text(
        "The Delegation of Kenya spoke at the meeting of the Danube Patent Office in Chile. "
        "Chile hosted it."
    )
    assert not any(n.startswith("Delegation") for n in org_set(f))
