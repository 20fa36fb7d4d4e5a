"""A name written as Mongolian usage writes it, the father's initial glued to the given name
by its full stop ("D.Ganbold"), after a title, also one whose portfolio ends in a country
(importers/en/names.py, importers/en/roles/portfolio.py). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_glued_initial_and_a_name_after_a_title_are_one_person() -> None:
    text = "The Patent Office of Ruritania met its partners. Director General D.Ganbold spoke.\n"
    facts = facts_text(text)
    assert people_names(facts) == {"D.Ganbold"}
    assert ("D.Ganbold", "Director General", "Patent Office of Ruritania") in roles(facts)


def test_the_glued_initial_is_no_word_of_a_portfolio_s_country() -> None:
    text = (
        "The seminar opened in Ulaanbaatar. Minister of Culture and Sports of Mongolia "
        "T.Oyunbileg opened it.\n"
    )
    facts = facts_text(text)
    assert people_names(facts) == {"T.Oyunbileg"}
    person = next(p for p in facts.people if p.name == "T.Oyunbileg")
    titles = {r.title for r in facts.roles if r.person == person.key}
    assert titles and all(t.startswith("Minister of Culture and Sports") for t in titles)


def test_initials_of_a_dotted_abbreviation_are_no_name() -> None:
    text = "The Patent Office of Ruritania trained staff of the U.S.Army and the E.U.Council.\n"
    assert people_names(facts_text(text)) == set()
