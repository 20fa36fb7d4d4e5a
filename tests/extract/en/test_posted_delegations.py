"""A state's "Delegation" posted to a seat of the United Nations, or to the United Nations,
is its standing mission there, and its envoy's post is held at it; in lower case, or posted
to a country, it is a team on a visit (importers/en/orgs/posted_delegations.py,
en_orgs.txt [international_seats])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_states_delegation_to_a_un_seat_is_its_mission_and_holds_its_envoy() -> None:
    f = facts_text(
        "Ambassador Lan Ha, Permanent Representative of Portugal to the United Nations and "
        "other bodies in Geneva, met WIPO officials. She pledged closer ties between the "
        "Portuguese Delegation to Geneva and WIPO."
    )
    assert "Portuguese Delegation to Geneva" in org_set(f)
    assert ("Lan Ha", "Permanent Representative", "Portuguese Delegation to Geneva") in roles(f)


def test_a_states_delegation_to_the_united_nations_is_its_mission() -> None:
    f = facts_text("The Chilean Delegation to the United Nations hosted a WIPO briefing.")
    assert "Chilean Delegation to the United Nations" in org_set(f)


def test_a_delegation_in_lower_case_or_posted_to_a_country_is_a_visiting_team() -> None:
    f = facts_text(
        "The Swedish delegation to Geneva met WIPO officials. Official Visit of the Malaysian "
        "Delegation to Viet Nam."
    )
    assert not any("elegation" in n for n in org_set(f))
