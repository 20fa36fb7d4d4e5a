"""An envoy posted to two bodies at once, with the mission written after the posting and the
mission's city after it as in an address; and a post given "in her capacity as", which is
the post of the person the clause is about, named before however long the apposition."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles

_ENVOY = (
    "Ambassador Lena Marsh, Permanent Representative to the United Nations (UN) and the World "
    "Health Organization (WHO), Permanent Mission of the Republic of Norland, Geneva, led the "
    "Norland delegation"
)


def test_an_envoy_posted_to_two_bodies_serves_at_the_mission_written_after_them() -> None:
    got = roles(facts_text(_ENVOY + "."))
    held = {(p, o) for p, t, o in got if t.startswith("Permanent Representative")}
    assert held == {("Lena Marsh", "Permanent Mission of the Republic of Norland")}


def test_the_city_after_a_mission_in_a_list_of_bodies_is_no_body() -> None:
    names = org_set(facts_text(_ENVOY + "."))
    assert "Permanent Mission of the Republic of Norland" in names
    assert "Geneva" not in names


def test_in_her_capacity_as_gives_the_post_to_the_subject_named_before() -> None:
    f = facts_text(
        f"{_ENVOY}, acting in her capacity as the current Chair of the Coastal States Trade "
        "Committee (CSTC)."
    )
    assert ("Lena Marsh", "Chair", "Coastal States Trade Committee") in roles(f)


def test_in_his_capacity_as_goes_to_the_last_clause_subject() -> None:
    f = facts_text(
        "Director General Paul Ferris opened the meeting and Ambassador Lena Marsh, the "
        "Norland envoy, chaired it, in her capacity as Chair of the Coastal States Trade "
        "Committee."
    )
    got = roles(f)
    assert ("Lena Marsh", "Chair", "Coastal States Trade Committee") in got
    assert not any(p == "Paul Ferris" and t == "Chair" for p, t, _ in got)
