"""A minister's title with a portfolio: a country's adjective before it names the ministry's
country, as its possessive does ("Freedonian Minister of X NAME" heads Freedonia's Ministry of
X, importers/en/roles/portfolio.py); "and USPTO director NAME2" after the holder opens a second
titled person, no part of the portfolio (appositive_holders.py); and the next titled name's
body is not the minister's (patterns.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def _held(text: str) -> set[tuple[str, str, str | None]]:
    f = facts_text(text)
    people = {p.key: p.name for p in f.people}
    orgs = {o.key: o.name for o in f.orgs}
    return {(people[r.person], r.title, orgs.get(r.org) if r.org else None) for r in f.roles}


def test_an_adjective_before_a_minister_s_title_gives_the_ministry_its_country() -> None:
    held = _held("Cambodian Minister of Water Resources Lim Kean Hor signed the memorandum.")
    assert (
        "Lim Kean Hor",
        "Minister of Water Resources",
        "Ministry of Water Resources of Cambodia",
    ) in held


def test_the_adjective_and_the_possessive_give_the_same_ministry() -> None:
    adjective = _held("The Kenyan Minister of Trade Amina Otieno opened the fair in Nairobi.")
    possessive = _held("Kenya's Minister of Trade Amina Otieno opened the fair in Nairobi.")
    assert adjective == possessive


def test_a_minister_before_a_body_s_lower_case_title_keeps_the_name() -> None:
    held = _held(
        "The memorandum was signed by Minister of Rural Affairs Sok Dara and USPTO director "
        "Jane Holt."
    )
    assert ("Sok Dara", "Minister of Rural Affairs", None) in held
    assert ("Jane Holt", "director", "USPTO") in held


def test_a_minister_with_a_portfolio_shares_no_body_with_the_next_titled_name() -> None:
    held = _held(
        "The memorandum was signed by Minister of Rural Affairs Sok Dara and Director Jane "
        "Holt of the Harbour Patent Office."
    )
    assert ("Sok Dara", "Minister of Rural Affairs", "Harbour Patent Office") not in held
