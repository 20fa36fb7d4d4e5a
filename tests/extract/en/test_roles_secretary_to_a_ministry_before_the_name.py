"""A title, the body and the holder's name with no comma between ("Secretary to the Ministry
of Trade and Fisheries Jane R. Roe"): a middle initial or a portfolio's one word before two
name words ends the body's name (importers/en/orgs/trailing_names.py), and a secretary
serves *to* a ministry as an adviser does (importers/en/roles/advisers.py, en_titles.txt
[advisory_titles]). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_middle_initial_ends_the_body_and_the_secretary_serves_to_the_ministry() -> None:
    f = facts_text(
        "The mission was received by Secretary to the Ministry of Ports and Fisheries "
        "Dilani K. Perera in Galle on Monday.\n"
    )
    assert "Ministry of Ports and Fisheries" in org_set(f)
    assert "Dilani K. Perera" in people_names(f)
    assert ("Dilani K. Perera", "Secretary", "Ministry of Ports and Fisheries") in roles(f)


def test_a_portfolio_alone_after_of_ends_the_body_before_two_name_words() -> None:
    f = facts_text(
        "Permanent Secretary of the Ministry of Justice Obiageli Nwosu opened the training "
        "on copyright enforcement.\n"
    )
    assert "Ministry of Justice" in org_set(f)
    assert ("Obiageli Nwosu", "Permanent Secretary", "Ministry of Justice") in roles(f)


def test_a_field_of_two_words_joined_by_and_stays_the_body_s() -> None:
    names = org_set(
        facts_text("The Secretary of the Ministry of Culture and Heritage spoke on Monday.\n")
    )
    assert "Ministry of Culture and Heritage" in names
