"""An aid agency's "Mission Director" before the holder's name ("the X Agency Mission Director
NAME"): "Mission" opens the title and names no mission of the agency, while a board before
its director stays a body: importers/en/orgs/titled_holders.py, chunks.py. Sentences written
for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_mission_opens_the_title_not_a_body() -> None:
    text = (
        "USAID Mission Director Alicia Moreno opened the workshop at the State Agency on "
        "Intellectual Property.\n"
    )
    facts = facts_text(text)
    assert "Alicia Moreno" in people_names(facts)
    assert not any(n.endswith("Mission") for n in org_set(facts))


def test_the_mission_director_is_the_agency_s() -> None:
    text = (
        "The United States Agency for International Development (USAID) funds the project.\n\n"
        "On 4 May USAID Mission Director Tomasz Wrona visited the National Patent Centre.\n"
    )
    got = roles(facts_text(text))
    agency = "United States Agency for International Development"
    assert ("Tomasz Wrona", "Mission Director", agency) in got


def test_a_board_before_its_director_stays_a_body() -> None:
    text = "Kenya Copyright Board Director Jane Mwangi opened the workshop in Nairobi.\n"
    assert "Kenya Copyright Board" in org_set(facts_text(text))
