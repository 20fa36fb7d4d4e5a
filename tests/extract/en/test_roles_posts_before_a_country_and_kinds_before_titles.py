"""A post whose body is written with its country before the holder ("the Minister of X in
Country Mr NAME"), "Minister of State" before a body whose name opens with "State", and a
body's kind in the possessive before a lower-case title ("the organisation's director
general Mr NAME"), and a body's kind in lower case after a title ("NAME, director of the
agency"): importers/en/roles/after_title.py, patterns.py, kind_possessive.py, same_body.py.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_body_s_country_between_the_post_and_an_addressed_name() -> None:
    text = (
        "The National Board of Trade and Patents (NBTP) of Ghana has signed an agreement with "
        "the Eurasian Patent Organization (EAPO).\n\n"
        "The Director of National Board of Trade and Patents in Ghana Mr Karl Brenner says "
        "the agreement will help.\n"
    )
    got = roles(facts_text(text))
    assert any(p == "Karl Brenner" and t == "Director" for p, t, _o in got)


def test_minister_of_state_before_a_body_opening_with_state_is_its_minister() -> None:
    text = (
        "The State Administration for Market Regulation (SAMR) of China has met the Eurasian "
        "Patent Organization (EAPO) in Moscow.\n\n"
        "The Minister of State Administration for Market Regulation in China Mr Wang Lin "
        "welcomed the talks.\n"
    )
    got = roles(facts_text(text))
    assert any(
        p == "Wang Lin" and t.startswith("Minister") and o.startswith("State Administration")
        for p, t, o in got
    )


def test_minister_of_state_for_a_portfolio_stays_one_title() -> None:
    text = "The Minister of State for Trade, Ms Jane Doe, opened the fair in Accra.\n"
    facts = facts_text(text)
    assert "Jane Doe" in people_names(facts)
    assert all(r.title == "Minister of State for Trade" for r in facts.roles)


def test_the_kind_s_lower_case_title_then_an_addressed_name() -> None:
    text = (
        "The new plan will help the Eurasian Patent Organisation (EAPO) with its regional "
        "work, according to the organization's director general Mr Pedro dos Reis.\n"
    )
    got = roles(facts_text(text))
    assert ("Pedro dos Reis", "director general", "Eurasian Patent Organisation") in got


def test_a_lower_case_kind_after_the_title_is_the_one_body_of_that_kind_named_before() -> None:
    text = (
        "LIMA, May 9 (PNA) - The chief executive of the Seed Agency signed a memorandum on "
        "seed banks with the Food and Agriculture Organization (FAO) to support farmers.\n"
        "Rosa Quispe Huaman, chief executive of the agency, signed the memorandum during the "
        "FAO Conference. She met FAO chief executive Jean Dupont and signed it.\n"
    )
    got = roles(facts_text(text))
    assert ("Rosa Quispe Huaman", "chief executive", "Seed Agency") in got
    assert ("Jean Dupont", "chief executive", "Food and Agriculture Organization") in got
    assert not any(p == "Rosa Quispe Huaman" and o.startswith("Food") for p, _t, o in got)


def test_a_lower_case_kind_that_two_bodies_share_names_neither() -> None:
    text = (
        "The Forest Agency and the Water Agency met the Food and Agriculture Organization "
        "(FAO).\nRosa Quispe Huaman, chief executive of the agency, spoke first.\n"
    )
    got = roles(facts_text(text))
    assert not any(p == "Rosa Quispe Huaman" and o.endswith("Agency") for p, _t, o in got)


THAI = "Ministry of Commerce of Thailand"
DG_IP = "Director General of Intellectual Property"


def test_the_kind_s_title_after_an_opening_phrase_and_a_comma_is_the_body_named_before() -> None:
    text = (
        "Summit on patent training opens in Thailand\n\n"
        "The Thai Ministry of Commerce on June 2 opened a regional training summit in Chiang "
        "Mai with ASEAN partners.\n"
        "Speaking at the opening, the ministry's Director General of Intellectual Property "
        "Nanthida Wongsa told delegates that the country would expand its examiner programmes "
        "with ASEAN partners.\n"
    )
    got = roles(facts_text(text))
    assert ("Nanthida Wongsa", DG_IP, THAI) in got
    assert not any(org == "ASEAN" for _, _, org in got)


def test_the_kind_s_title_may_refer_to_the_body_the_lead_paragraph_named() -> None:
    text = (
        "Summit on patent training opens in Thailand\n\n"
        "The Thai Ministry of Commerce on June 2 opened a regional training summit in Chiang "
        "Mai.\n\n"
        "Speaking at the opening, the ministry's Director General of Intellectual Property "
        "Nanthida Wongsa told delegates that the country would expand its examiner programmes "
        "with ASEAN partners.\n"
    )
    assert ("Nanthida Wongsa", DG_IP, THAI) in roles(facts_text(text))
