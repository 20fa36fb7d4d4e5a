"""Capitals and names that only look like bodies: Roman numerals of sessions, a postal code
for a capital, a country's initials, a building named with its hall, the first words of a
quoted title; and a body's number inside its name, and a ministry written portfolio first
in capitals (importers/en/orgs/numerals.py, acronyms.py, tokens.py, meetings.py,
portfolios.py, phrases.is_venue)."""

from __future__ import annotations

from tests.extract.en.helpers import all_names, facts_text, org_names, org_set


def test_a_roman_numeral_after_a_defined_acronym_numbers_the_meeting() -> None:
    f = facts_text(
        "The 14th meeting of the Northern Seed Varieties Working Group (NSVWG XIV) opened in "
        "Tromsø. The NSVWG chair welcomed delegates, and the NSVWG agenda was adopted."
    )
    names = org_set(f)
    assert "NSVWG" in names
    assert "NSVWG XIV" not in names
    assert len([o for o in f.orgs if "NSVWG" in all_names(f, o.key)]) == 1


def test_a_roman_numeral_numbering_sessions_is_no_acronym() -> None:
    f = facts_text(
        "The XXVII session of the Council of the Baltic Plant Breeders Union took place in "
        "Riga. At the XXVII session the Union adopted its budget."
    )
    assert "XXVII" not in org_set(f)


def test_the_postal_code_of_a_capital_is_no_body() -> None:
    f = facts_text(
        "The Andean Seed Bureau met at a hotel in Washington, DC on Monday. "
        "It was the bureau's first visit to DC since its founding."
    )
    assert "DC" not in org_set(f)


def test_a_countrys_initials_after_a_city_are_no_body() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office hosted the talks in Daegu, ROK. "
        "Delegates from the ROK and Norway attended."
    )
    assert "ROK" not in org_set(f)


def test_a_building_named_with_its_hall_is_a_venue() -> None:
    f = facts_text(
        "The forum was held at the Edith Marlow Building and Riverside Center in Denver, "
        "hosted by the Andean Seed Bureau."
    )
    names = org_set(f)
    assert "Edith Marlow Building and Riverside Center" not in names
    assert "Andean Seed Bureau" in names


def test_a_name_opening_a_quoted_title_is_no_body() -> None:
    f = facts_text(
        "The Nordic Seed Office reported on its projects ‘Breeder Association Outreach’ and "
        "‘Variety Database Renewal’. The Seed Growers Association joined later."
    )
    names = org_set(f)
    assert "Breeder Association" not in names
    assert "Seed Growers Association" in names


def test_a_courts_number_is_a_word_of_its_name() -> None:
    f = facts_text(
        "The delegation visited the Civil Division of Harbin No.3 Intermediate People's Court "
        "and met judges of the Harbin No. 4 District Court."
    )
    names = org_set(f)
    assert "Harbin No.3 Intermediate People's Court" in names
    assert "Intermediate People's Court" not in names


def test_a_ministry_written_portfolio_first_in_capitals_is_the_named_ministry() -> None:
    f = facts_text(
        "Ms Hanna Lind met officials of the Ministry of Fisheries of Norway in Oslo. "
        "(Issued by the Fisheries Ministry press office)"
    )
    names = org_names(f)
    assert "Fisheries Ministry" not in names.values()
    key = next(k for k, n in names.items() if n.startswith("Ministry of Fisheries"))
    assert "Fisheries Ministry" in all_names(f, key)


def test_a_legal_form_after_a_comma_ends_the_companys_name() -> None:
    f = facts_text(
        "Growers were represented by Ana Pell of Brightfield Seeds International, Inc., and "
        "breeders by Otto Renn of Kestrel Agronomy, LLC."
    )
    names = org_set(f)
    assert "Brightfield Seeds International, Inc." in names
    assert "Kestrel Agronomy, LLC" in names


def test_a_two_letter_form_after_a_comma_stays_a_place() -> None:
    f = facts_text("The Seed Office of Baden, AG met the delegation.")
    assert not any(n.endswith("AG") for n in org_set(f))


def test_a_forums_listed_long_name_glosses_its_acronym() -> None:
    f = facts_text(
        "The offices of the Five Trademark Offices (TM5) met online. The TM5 partners agreed "
        "on a work plan, and the TM5 website will show it."
    )
    names = org_set(f)
    assert {"TM5", "Five Trademark Offices"} <= names


def test_capitals_only_ever_after_a_title_are_a_family_name() -> None:
    f = facts_text(
        "The Nordic Seed Office met Secretary-General YAN Qiao of the secretariat. "
        "SG YAN thanked the hosts, and SG YAN invited the office to the next forum."
    )
    assert "YAN" not in org_set(f)


def test_a_committee_after_an_acronyms_possessive_is_its_organ() -> None:
    f = facts_text(
        "Ana Pell chairs a panel of NSGA’s Variety Listing Committee. NSGA members and the "
        "NSGA board met in Bergen."
    )
    names = org_set(f)
    assert "Variety Listing Committee" not in names


def test_a_council_after_a_head_nouns_possessive_is_that_bodys_organ() -> None:
    f = facts_text(
        "Ole Berg, Chairman of the Organization’s Supervisory Council, opened the session of "
        "the Nordic Seed Organization."
    )
    assert "Supervisory Council" not in org_set(f)
