"""A ministry whose portfolio a translated text writes in lower case ("the Ministry of
commerce") is named all the same, to the end of its known portfolio words
(importers/en/orgs/portfolios.py, heads in en_orgs.txt [sentence_case_portfolio_heads]).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_ministry_with_its_portfolio_in_lower_case_is_a_body() -> None:
    f = facts_text(
        "The visiting side was led by Marta Kowalska, the deputy director of the Ministry of "
        "commerce, who met the host delegation in Warsaw.\n"
    )
    assert "Ministry of commerce" in org_set(f)
    assert ("Marta Kowalska", "deputy director", "Ministry of commerce") in roles(f)


def test_two_portfolios_joined_by_and_in_lower_case() -> None:
    names = org_set(
        facts_text("Officials of the Ministry of trade and industry met the visitors on Monday.\n")
    )
    assert "Ministry of trade and industry" in names


def test_a_lower_case_portfolio_beside_a_capitalised_ministry() -> None:
    names = org_set(
        facts_text(
            "The Ministry of justice and the Ministry of Foreign Affairs signed the note "
            "on Friday.\n"
        )
    )
    assert {"Ministry of justice", "Ministry of Foreign Affairs"} <= names


def test_a_lower_case_word_that_is_no_portfolio_names_no_ministry() -> None:
    names = org_set(facts_text("He spoke of the Ministry of tomorrow in a speech in Rome.\n"))
    assert "Ministry of tomorrow" not in names


def test_a_lower_case_portfolio_of_three_words_runs_to_its_end() -> None:
    names = org_set(
        facts_text(
            "Officials of the Ministry of industry and information technology of Westland "
            "met the visitors.\n"
        )
    )
    assert any(n.startswith("Ministry of industry and information technology") for n in names)
    assert "Ministry of industry and information" not in names


def test_a_lower_case_portfolio_list_with_commas_runs_to_its_end() -> None:
    names = org_set(
        facts_text("Officials of the Ministry of health, labour and welfare of Japan spoke.\n")
    )
    assert any(n.startswith("Ministry of health, labour and welfare") for n in names)
    assert "Ministry of health" not in names


def test_a_portfolio_in_lower_case_then_capitals_runs_to_its_end() -> None:
    names = org_set(
        facts_text("Officials of the Ministry of trade and Industry of Westland spoke.\n")
    )
    assert any(n.startswith("Ministry of trade and Industry") for n in names)
    assert "Ministry of trade" not in names
