"""A country's adjective before a minister's title with a portfolio names the ministry's
country, as its possessive does: "Freedonian Minister of X NAME" heads Freedonia's Ministry
of X (importers/en/roles/portfolio.py)."""

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
