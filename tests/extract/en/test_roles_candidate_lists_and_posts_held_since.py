"""People listed with their country before the post ("NAME of Country, title, field") and a
post "held since" with the body written before the title (importers/en/roles/nationals.py,
copula.py). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

_CANDIDATES = (
    "The Secretary-General of the Organization of Widgets has named the following "
    "candidates for appointment:\n\n"
    "a. Peter Olsen of Denmark, deputy secretary-general, finance sector;\n\n"
    "b. Maria Gomes of the United States, assistant secretary-general - legal sector;\n\n"
    "c. Kwame Boateng Asante of South Africa, assistant secretary-general, outreach sector.\n"
)


def test_a_candidate_written_with_their_country_holds_the_post_after_it() -> None:
    facts = facts_text(_CANDIDATES)
    assert {"Peter Olsen", "Maria Gomes", "Kwame Boateng Asante"} <= people_names(facts)
    got = roles(facts)
    assert ("Peter Olsen", "deputy secretary-general", "Organization of Widgets") in got
    assert ("Maria Gomes", "assistant secretary-general", "Organization of Widgets") in got


def test_a_country_of_two_words_before_the_post_is_no_person() -> None:
    facts = facts_text(_CANDIDATES)
    assert "South Africa" not in people_names(facts)
    assert not any(p == "South Africa" for p, _t, _o in roles(facts))


def test_a_body_between_has_been_and_a_lower_case_title_holds_the_post() -> None:
    text = (
        "The Organization of Widgets (OW) named new officers on Monday. The board also "
        "proposed that Lena Varga of Hungary move to the legal sector. Varga has been OW "
        "chief of staff since 2012.\n"
    )
    assert ("Lena Varga", "chief of staff", "Organization of Widgets") in roles(facts_text(text))


def test_a_full_name_before_has_been_and_a_body_holds_the_post() -> None:
    text = (
        "The Organization of Widgets (OW) named new officers on Monday. Lena Varga has been "
        "OW chief of staff since 2012.\n"
    )
    assert ("Lena Varga", "chief of staff", "Organization of Widgets") in roles(facts_text(text))


_TEAM = (
    "The Board of the Andean Seed Bank (ASB) approved the new directors named by its "
    "Executive Secretary Lucia Ferraro.\n\n"
    "The directors and their units are:\n\n"
    "Ms. Ingrid Dahl (Sweden), Director, Plant Collections Unit.\n"
    "Mr. Tomas Herrera (Peru), Director, Field Research Unit.\n"
    "Mr. Arjun Mehta Rao (New Zealand), Deputy Director, Regional Programmes Unit.\n"
)


def test_a_team_member_written_with_their_country_in_brackets_holds_the_post_after_it() -> None:
    facts = facts_text(_TEAM)
    assert {"Ingrid Dahl", "Tomas Herrera", "Arjun Mehta Rao"} <= people_names(facts)
    titles = {(p, t) for p, t, o in roles(facts) if o == "Andean Seed Bank"}
    assert ("Tomas Herrera", "Director, Field Research Unit") in titles


def test_the_unit_after_a_bracketed_country_and_a_title_is_no_person() -> None:
    names = people_names(facts_text(_TEAM))
    assert not names & {"Field Research Unit", "Sweden", "New Zealand"}
