"""A title written in lower case keeps its lower-case field ("counsellor for trade at X"); a
state's mission named by its country and a lower-case head ("the Swedish embassy") is its
mission in the country the text is about."""

from __future__ import annotations

from tests.extract.en.helpers import extract, org_set, roles

ABOUT_PERU = (
    "Peru's patent office opened a new branch in Cusco on Monday. Peru hopes the branch will "
    "serve applicants from the south, and officials in Lima said Peru would open two more. "
)


def test_a_lower_case_titles_field_before_the_body_stays_in_the_title() -> None:
    f = extract(
        "Speaking at the opening, Anna Berg, counsellor for trade at the Embassy of Sweden in "
        "Peru, praised the work."
    )
    assert ("Anna Berg", "counsellor for trade", "Embassy of Sweden in Peru") in roles(f)


def test_the_countrys_embassy_is_its_mission_in_the_country_the_text_is_about() -> None:
    f = extract(ABOUT_PERU + "Anna Berg, counsellor for trade at the Swedish embassy, spoke.")
    office = next(o for o in f.orgs if "Swedish embassy" in {o.name, *o.aliases})
    assert "Embassy of Sweden in Peru" in {office.name, *office.aliases}
    assert ("Anna Berg", "counsellor for trade", office.name) in roles(f)


def test_an_embassy_in_a_text_about_no_one_country_is_left_unread() -> None:
    f = extract("Staff of the Swedish embassy met officials of Peru and Chile in May.")
    assert not any("mbassy" in n for n in org_set(f))


def test_the_senders_own_embassy_in_a_text_about_the_sender_is_left_unread() -> None:
    f = extract(ABOUT_PERU + "Staff of the Peruvian embassy attended.")
    assert not any("mbassy" in n for n in org_set(f))
