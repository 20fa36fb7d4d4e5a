"""Offices named again without their owner, and names that run on into a neighbour
(importers/en/orgs: bare_offices.py, short.py, trailing_names.py, chunks.py; a language's
word in an agreement's title, importers/en/agreements/counterparts.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_secretariat_general_after_its_owners_name_keeps_general_in_the_name() -> None:
    f = facts_text("Staff of the Nordic Council Secretariat General welcomed the ruling.")
    assert "Nordic Council Secretariat General" in org_set(f)
    assert "Nordic Council Secretariat" not in org_set(f)


def test_a_bare_patent_office_is_the_one_patent_office_the_text_names_with_its_owner() -> None:
    f = facts_text(
        "The Patent Office of the Pacific Islands Forum hosted delegates in March. They "
        "toured the Patent Office archive."
    )
    assert [o.name for o in f.orgs] == ["Patent Office of the Pacific Islands Forum"]


def test_the_generic_name_and_the_bare_acronym_of_a_placed_office_are_that_office() -> None:
    f = facts_text(
        "The Intellectual Property Office has renewed its agreement with IP Australia. The "
        "UK IPO’s deputy director said the IPO would share its tools with the Australian agency."
    )
    office = next(o for o in f.orgs if "UK IPO" in (o.name, *o.aliases))
    assert {"Intellectual Property Office", "IPO"} <= {office.name, *office.aliases}
    assert len(f.orgs) == 2


def test_a_bare_generic_office_name_is_not_joined_to_one_of_two_bodies_that_carry_it() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office and the Intellectual Property Office of "
        "Singapore met. The Intellectual Property Office said the talks went well."
    )
    korean = next(o for o in f.orgs if o.name == "Korean Intellectual Property Office")
    assert "Intellectual Property Office" not in korean.aliases


def test_a_demonym_and_office_is_that_countrys_one_ip_office_whatever_its_head_word() -> None:
    f = facts_text(
        "Trademark filings by Chilean firms with the Mexican Office grew, the Mexican "
        "Institute of Industrial Property (IMPI) said."
    )
    assert "Mexican Office" not in org_set(f)
    assert len(f.orgs) == 1


def test_a_demonym_and_ip_authority_is_that_countrys_one_ip_office() -> None:
    f = facts_text(
        "The head of the Czech IP Authority met officials of the Industrial Property Office "
        "of the Czech Republic in Prague."
    )
    assert [o.name for o in f.orgs] == ["Industrial Property Office of the Czech Republic"]


def test_a_demonym_and_ip_academy_stays_a_body_of_its_own() -> None:
    f = facts_text(
        "The Saudi IP Academy trained staff of the Saudi Authority for Intellectual Property."
    )
    assert "Saudi IP Academy" in org_set(f)


def test_a_countrys_word_before_version_in_a_title_is_a_language_not_a_party() -> None:
    f = facts_text(
        "The Mongolian Intellectual Property Office signed the Memorandum of Understanding "
        "on the Development of the Korean Version of the Classification Database with WIPO."
    )
    assert not any("Korea" in n for n in org_set(f))
    assert len(f.agreements) == 1 and len(f.agreements[0].parties) == 2


def test_a_body_name_after_a_title_ends_before_its_heads_name_written_alone_elsewhere() -> None:
    f = facts_text(
        "On Friday she met the Director of Ruritanian Office for Trademarks and Designs Pavel "
        "Dvorak in Vienna. Pavel Dvorak thanked the hosts."
    )
    assert "Ruritanian Office for Trademarks and Designs" in org_set(f)
    assert ("Pavel Dvorak", "Director", "Ruritanian Office for Trademarks and Designs") in roles(f)


def test_a_place_at_the_end_of_a_body_name_with_no_title_before_it_stays_in_the_name() -> None:
    f = facts_text(
        "Delegates of the European Chamber of Commerce Hong Kong arrived. Trade in Hong Kong grew."
    )
    assert "European Chamber of Commerce Hong Kong" in org_set(f)


def test_a_month_before_a_name_is_when_not_part_of_the_name() -> None:
    f = facts_text(
        "The photograph shows the new registrar, who starts in March Patent Office of Freedonia"
    )
    assert "Patent Office of Freedonia" in org_set(f)
    assert not any(n.startswith("March") for n in org_set(f))
