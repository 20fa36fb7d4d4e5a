"""Offices named after a law or audit officer's possessive, two bodies each after its
country's possessive, and the phrases of press releases around a signing: "penned", "put pen
to paper", "on the sidelines of" a meeting and "on behalf of" each side
(importers/en/orgs/titled_holders.py, orgs/owners.py, orgs/chunks.py, agreements/margins.py,
agreements/behalf.py, store/text/words/en_titles.txt, en_agreements.txt)."""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import agreements_of, facts_text, org_set


def test_two_bodies_each_after_its_countrys_possessive_are_two_bodies() -> None:
    f = facts_text(
        "Peru's Ministry of Production and Ghana's Ministry of Finance concluded a "
        "memorandum of understanding on 8 October 2024."
    )
    names = {o.name for o in f.orgs}
    assert names == {"Ministry of Production of Peru", "Ministry of Finance of Ghana"}
    assert agreements_of(f)[0][3] == frozenset(names)


@pytest.mark.parametrize(
    "office",
    [
        "Auditor-General's Office",
        "Accountant-General's Department",
        "Surveyor General's Office",
        "Solicitor-General's Office",
    ],
)
def test_an_office_named_after_any_general_officers_possessive_keeps_it(office: str) -> None:
    f = facts_text(f"A letter from the {office} reached the registry on Monday.")
    assert office in org_set(f)


def test_a_countrys_adjective_before_a_law_officers_office_stays_in_its_name() -> None:
    f = facts_text("The Fijian Attorney-General's Office and IP Australia ran the course.")
    assert "Fijian Attorney-General's Office" in org_set(f)


def test_a_law_officer_after_a_countrys_possessive_is_a_titled_official() -> None:
    f = facts_text("Ms Adaeze Okafor, Nigeria's Solicitor-General, opened the seminar.")
    people = {p.key: p.name for p in f.people}
    # the text names no government of Nigeria: the post is said by title and country
    assert {(people[r.person], r.title, r.org) for r in f.roles} == {
        ("Adaeze Okafor", "Solicitor-General", None)
    }


@pytest.mark.parametrize("verb", ["penned", "put pen to paper on"])
def test_a_press_releases_penned_and_pen_to_paper_sign_an_agreement(verb: str) -> None:
    f = facts_text(
        f"The Botswana Companies and Intellectual Property Authority and the Namibian "
        f"Business and Intellectual Property Authority {verb} a memorandum of understanding "
        f"on 6 June 2024."
    )
    assert [(kind, date) for _, kind, date, _ in agreements_of(f)] == [("mou", "2024-06-06")]


def test_the_owner_of_a_meeting_beside_which_a_body_signed_is_no_party() -> None:
    f = facts_text(
        "The Icelandic Intellectual Property Office signed a memorandum of understanding "
        "on the fringes of the Assemblies of WIPO, held in Geneva."
    )
    assert agreements_of(f)[0][3] == frozenset({"Icelandic Intellectual Property Office"})


def test_two_signers_each_on_behalf_of_a_body_give_both_bodies_as_parties() -> None:
    f = facts_text(
        "Dr Hana Kowalczyk signed the agreement on behalf of the Czech Industrial Property "
        "Office, and Mr Bruno Keller signed it on behalf of the Swiss Federal Institute of "
        "Intellectual Property."
    )
    assert agreements_of(f)[0][3] == frozenset(
        {"Czech Industrial Property Office", "Swiss Federal Institute of Intellectual Property"}
    )
