"""Organisations in speakers' lists, short forms, venues and regional governments
(importers/en/orgs/, roles/anchors.py, roles/units.py, roles/bare.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles

PROGRAMME = """PANEL ON DESIGN PROTECTION

10:00  Keynote
       Laura Brandt, Director, Madrid Registry, World Intellectual Property Organization (WIPO)
       Tanaka Emi, Vice-Chair, Patent Committee, Japan Patent Attorneys Association (JPAA)
       Dr Oskar Holm, Head of Trade Policy, DigitalEurope
"""


def test_a_part_of_a_body_between_the_title_and_the_body_stays_in_the_title() -> None:
    f = facts_text(PROGRAMME)
    r = roles(f)
    assert (
        "Laura Brandt",
        "Director, Madrid Registry",
        "World Intellectual Property Organization",
    ) in r
    assert ("Tanaka Emi", "Vice-Chair, Patent Committee", "Japan Patent Attorneys Association") in r
    assert "Patent Committee" not in org_set(f)


def test_a_camel_case_word_closing_a_speakers_line_is_the_organisation() -> None:
    f = facts_text(PROGRAMME)
    assert ("Oskar Holm", "Head of Trade Policy", "DigitalEurope") in roles(f)


def test_a_national_department_in_a_speakers_line_stays_an_organisation() -> None:
    f = facts_text(
        "Delegates\n   Mr. Somchai Prasert, Director General, Department of Intellectual "
        "Property, Ministry of Commerce\n"
    )
    assert not any(t.startswith("Director General, Department") for _, t, _ in roles(f))


def test_a_heading_word_in_capitals_is_not_an_acronym() -> None:
    f = facts_text(
        "MONDAY - PLENARY SESSION (closed)\nOpening by WIPO.\n"
        "TUESDAY - USERS SESSION (open)\nPanel by WIPO."
    )
    assert "SESSION" not in org_set(f)


def test_a_convention_centre_is_a_venue_not_an_organisation() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office hosted the meeting at the Seoul Trade "
        "Exhibition and Convention Centre (SETEC)."
    )
    assert not any("Convention Centre" in n for n in org_set(f))


def test_the_first_part_of_a_listed_portfolio_names_the_same_department() -> None:
    f = facts_text(
        "Before joining IP Australia she worked at the Department of Employment, Skills and "
        "Training, and earlier at the Department of Employment as an adviser."
    )
    depts = [o for o in f.orgs if o.name.startswith("Department of Employment")]
    assert len(depts) == 1


def test_a_minister_heads_the_department_whose_portfolio_opens_alike() -> None:
    f = facts_text(
        "The Minister for Health, Aged Care and Sport, the Hon Ruth Kane MP, said the "
        "Department of Health and Aged Care would fund the study."
    )
    assert any(
        p == "Ruth Kane" and o.startswith("Department of Health and Aged Care")
        for p, _, o in roles(f)
    )


def test_an_agency_under_a_ministry_is_also_named_without_it() -> None:
    f = facts_text(
        "KIPO signed an accord with Kazakhstan's Intellectual Property Agency under the "
        "Ministry of Justice."
    )
    agency = next(o for o in f.orgs if o.name.startswith("Intellectual Property Agency"))
    assert "Intellectual Property Agency (Kazakhstan)" in {agency.name, *agency.aliases}


def test_a_secretary_for_a_portfolio_serves_the_regional_government() -> None:
    f = facts_text(
        "The Intellectual Property Department of the Hong Kong SAR Government hosted the "
        "signing, witnessed by the Secretary for Commerce and Economic Development, Lam Ka Ho."
    )
    assert (
        "Lam Ka Ho",
        "Secretary for Commerce and Economic Development",
        "Government of the Hong Kong Special Administrative Region",
    ) in roles(f)


def test_the_president_of_a_board_of_directors_holds_the_post_at_its_body() -> None:
    f = facts_text(
        "It was signed by the President of the Board of Directors of the Spanish Patent and "
        "Trademark Office (OEPM), Elena Ruiz Soto."
    )
    assert any(
        p == "Elena Ruiz Soto" and t == "President of the Board of Directors"
        for p, t, _ in roles(f)
    )


def test_a_director_general_of_a_field_heads_the_directorate_general_of_it() -> None:
    f = facts_text(
        "Talks were held with the Directorate General of Customs and Excise (DGCE). Budi "
        "Hartono, Director General of Customs and Excise of Indonesia's Ministry of Finance, "
        "led the delegation."
    )
    assert any(
        p == "Budi Hartono" and o.startswith("Directorate General of Customs and Excise")
        for p, _, o in roles(f)
    )


def test_a_bureau_of_the_organization_referred_back_to_is_a_unit() -> None:
    f = facts_text(
        "The Food and Agriculture Organization (FAO) hosted the talks in Rome. The visitors "
        "also met staff of the Latin America Liaison Bureau of the organization."
    )
    names = org_set(f)
    assert "Food and Agriculture Organization" in names
    assert not any("Liaison Bureau" in n for n in names)
