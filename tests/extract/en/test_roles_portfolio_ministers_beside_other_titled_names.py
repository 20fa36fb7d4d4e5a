"""A minister's title with a portfolio beside another titled person: "and USPTO director
NAME2" after the holder opens a second titled person, no part of the portfolio
(importers/en/roles/appositive_holders.py, portfolio.py), and the next titled name's body is not
the minister's (patterns.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def _held(text: str) -> set[tuple[str, str, str | None]]:
    f = facts_text(text)
    people = {p.key: p.name for p in f.people}
    orgs = {o.key: o.name for o in f.orgs}
    return {(people[r.person], r.title, orgs.get(r.org) if r.org else None) for r in f.roles}


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
