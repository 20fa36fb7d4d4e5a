"""A reference acronym that is a common English word ("ICE", en_orgs.txt [word_acronyms]) is
the word inside an all-capitals line, unless the text writes the body's full name or defines
the acronym (importers/en/orgs/gazetteer.py). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_word_acronym_in_a_capital_headline_is_the_word() -> None:
    names = org_set(
        facts_text("WESTLAND AND EASTLAND PATENT OFFICES BREAK THE ICE\nThe two offices met.\n")
    )
    assert "ICE" not in names


def test_a_word_acronym_in_a_capital_headline_over_its_full_name_is_the_body() -> None:
    f = facts_text(
        "ICE SEIZES FAKE WATCHES\nU.S. Immigration and Customs Enforcement seized 500 "
        "counterfeit watches in Miami.\n"
    )
    assert any("Immigration and Customs Enforcement" in n for n in org_set(f))
    assert len(f.orgs) == 1


def test_a_word_acronym_in_running_text_is_the_body() -> None:
    names = org_set(facts_text("Officers of ICE seized 500 counterfeit watches in Miami.\n"))
    assert "ICE" in names or any("Immigration" in n for n in names)
