"""A post given "as" a title to a subject set off by an apposition
(importers/en/roles/careers.py), and a capitalised kind of body after a determiner of one
member, which names no body (importers/en/orgs/modifiers.py), and "Chambers" after a law
officer's possessive, which does (importers/en/orgs/chunks.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_an_appointment_reaches_past_the_apposition_to_its_subject() -> None:
    f = facts_text(
        "Ms Ana Ribeiro, Director of the Maritime Safety Authority of Norland (MSAN), has "
        "been formally appointed as the next Secretary General of the International Maritime "
        "Organization (IMO)."
    )
    assert roles(f) == {
        ("Ana Ribeiro", "Director", "Maritime Safety Authority of Norland"),
        ("Ana Ribeiro", "Secretary General", "International Maritime Organization"),
    }


def test_an_apposition_closed_by_an_acronym_may_leave_its_comma_out() -> None:
    f = facts_text(
        "Ms Ana Ribeiro, Director of the Maritime Safety Authority of Norland (MSAN) has "
        "been appointed as the new Secretary General of the International Maritime "
        "Organization (IMO)."
    )
    assert ("Ana Ribeiro", "Secretary General", "International Maritime Organization") in roles(f)


def test_an_election_reaches_past_the_apposition_too() -> None:
    f = facts_text(
        "Mr Karl Brandt, Director of the Norland Rail Agency, was elected as Chair of the "
        "Board of the European Railway Forum."
    )
    assert ("Karl Brandt", "Chair", "Board of the European Railway Forum") in roles(f)


def test_a_verb_that_is_no_appointment_gives_no_post_past_an_apposition() -> None:
    f = facts_text(
        "Mr Karl Brandt, Director of the Norland Rail Agency, spoke at length as Chair of the "
        "Board of the European Railway Forum."
    )
    assert roles(f) == {("Karl Brandt", "Director", "Norland Rail Agency")}


def test_an_acronym_and_a_member_noun_after_an_article_name_no_body() -> None:
    f = facts_text(
        "The IMO, seated in London, belongs to the family of United Nations (UN) agencies. "
        "Never before has a Norlander headed a UN Agency."
    )
    assert "UN Agency" not in org_set(f)


def test_each_patent_office_speaks_of_every_office_not_of_one() -> None:
    f = facts_text(
        "The Norland Patent Office (NPO) and the Ostland Patent Office (OPO) signed a "
        "memorandum of understanding on 3 May 2021. The NPO said that each Patent Office "
        "will set its own rules for the programme."
    )
    assert org_set(f) == {"Norland Patent Office", "NPO", "Ostland Patent Office", "OPO"}


def test_the_patent_office_on_its_own_is_still_a_body() -> None:
    f = facts_text("The Patent Office said on Monday that it will cut its fees.")
    assert "Patent Office" in org_set(f)


def test_chambers_after_a_law_officers_possessive_name_his_department() -> None:
    f = facts_text("In 2011 she joined the Solicitor-General’s Chambers as a state counsel.")
    assert "Solicitor-General’s Chambers" in org_set(f)


def test_chambers_without_a_possessive_name_no_body() -> None:
    f = facts_text("The Chambers of the old court house were closed for repairs in 2011.")
    assert org_set(f) == set()
