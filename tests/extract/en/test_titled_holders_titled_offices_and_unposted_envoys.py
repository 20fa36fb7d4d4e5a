"""A person named after a title inside a run of capitalised bodies, offices named after a
title's possessive, and envoys whose title names only their state or their city
(importers/en/orgs/titled_holders.py, orgs/chunks.py, roles/postings.py, output.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def _bare_roles(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_a_titled_person_before_and_ends_the_body_named_before_the_title() -> None:
    f = facts_text(
        "UNCTAD Deputy Secretary-General Priya Nandakumar and Asian Development Bank Vice "
        "President Tomas Lindqvist opened the forum in Manila."
    )
    names = org_set(f)
    assert "Asian Development Bank" in names
    assert not any("Nandakumar" in n for n in names)
    assert ("Tomas Lindqvist", "Vice President", "Asian Development Bank") in roles(f)


def test_a_title_with_no_name_after_it_stays_in_the_body_it_names() -> None:
    f = facts_text("A circular from the Office of the Prime Minister and Cabinet was read out.")
    assert "Office of the Prime Minister and Cabinet" in org_set(f)


def test_an_office_named_after_a_titles_possessive_keeps_the_possessive() -> None:
    f = facts_text("Staff of the Chief Registrar's Office of Belize toured the registry.")
    assert "Chief Registrar's Office of Belize" in org_set(f)


def test_a_countrys_possessive_before_a_ministry_is_still_its_owner() -> None:
    f = facts_text("Kenya's Ministry of Trade hosted the workshop last week.")
    assert [o.name for o in f.orgs] == ["Ministry of Trade of Kenya"]


def test_an_ambassador_of_a_state_named_before_a_comma_is_a_role_with_no_body() -> None:
    f = facts_text("The Ambassador of Fiji, Mere Tuilagi, welcomed the delegates.")
    assert ("Mere Tuilagi", "Ambassador of Fiji") in _bare_roles(f)


def test_an_ambassador_posted_in_a_city_is_a_role_with_no_body() -> None:
    f = facts_text("Norway's Ambassador in Nairobi, Erik Solheimsen, welcomed the delegates.")
    assert "Erik Solheimsen" in people_names(f)
    assert ("Erik Solheimsen", "Ambassador in Nairobi") in _bare_roles(f)


def test_an_ambassador_with_a_demonym_and_a_city_is_a_role_with_no_body() -> None:
    f = facts_text("The Chilean Ambassador in Vienna, Rosa Valdivieso, closed the session.")
    assert ("Rosa Valdivieso", "Ambassador in Vienna") in _bare_roles(f)


def test_a_titles_office_inside_a_named_body_is_no_body_of_its_own() -> None:
    f = facts_text("An adviser in the OECD Secretary-General's Office chaired the panel.")
    assert not any("Office" in n for n in org_set(f))
