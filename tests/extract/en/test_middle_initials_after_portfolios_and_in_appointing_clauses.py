"""A middle initial inside a holder's name where the title's portfolio runs on into the
name (roles/portfolio.py), and where an appointing verb comes before the name and "to be"
after it (roles/careers.py): the initial's full stop ends neither the portfolio's holder nor
the clause."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, people_names, roles


def _bodiless(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_a_name_with_a_middle_initial_after_a_portfolio_is_the_holder() -> None:
    f = facts_text(
        "Trade talks\n\n"
        "Secretary of Agriculture Marian T. Okoye opened the seed fair in Lusaka on Monday."
    )
    assert "Marian T. Okoye" in people_names(f)
    assert ("Marian T. Okoye", "Secretary of Agriculture") in _bodiless(f)


def test_a_listed_portfolio_keeps_its_words_before_the_holder_s_initial() -> None:
    f = facts_text(
        "Trade talks\n\nMinister of Trade and Industry Pavel R. Lindqvist met exporters in Oslo."
    )
    assert ("Pavel R. Lindqvist", "Minister of Trade and Industry") in _bodiless(f)


def test_an_initial_s_full_stop_does_not_cut_the_appointing_clause() -> None:
    f = facts_text(
        "New head of examination\n\n"
        "The Freedonia Patent Office said its board has named Ruth K. Amsel to be Director "
        "of Examination at the Freedonia Patent Office."
    )
    assert "Ruth K. Amsel" in people_names(f)
    assert any(p == "Ruth K. Amsel" and "Director" in t for p, t, _ in roles(f))


def test_to_be_after_a_name_with_an_initial_gives_no_post_without_an_appointing_verb() -> None:
    f = facts_text(
        "Forecasts\n\n"
        "Observers expect Ruth K. Amsel to be Director of Examination at the Freedonia "
        "Patent Office."
    )
    assert not any(p == "Ruth K. Amsel" for p, _, _ in roles(f))
