"""Long remits inside names, a unit's field after a title, boards of a named body, "the same
ministry", a family name re-mentioned after a title, coordinators' titles and hyphenated
programme names (importers/en/orgs/chunks.py, orgs/units.py, roles/units.py,
roles/same_body.py, roles/mentions.py, roles/anchors.py, roles/patterns.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles

REMIT = (
    "The Lakeland Patent Office (LPO) and the National Agency for the Promotion of Trade and "
    "the Safeguarding of Industrial Designs of Chile (ANPTS) signed a memorandum on 3 May. "
    "It was signed by LPO Director Aino Virtanen and Mr. Tomás Rivera Soto, Chairman of the "
    "Board of Directors of ANPTS."
)


def test_and_the_inside_a_bodys_remit_after_for_the_keeps_one_name() -> None:
    f = facts_text(REMIT)
    names = org_set(f)
    assert any(
        n.startswith(
            "National Agency for the Promotion of Trade and the Safeguarding of Industrial Designs"
        )
        for n in names
    )
    assert not any(n.startswith("National Agency for the Promotion of Trade of") for n in names)


def test_and_the_before_a_second_body_or_a_state_still_splits() -> None:
    f = facts_text(
        "The Agency for Export Credit and the Ministry of Finance of Utopia met on Monday. "
        "The Council for Research of Norway and the Republic of Korea held talks."
    )
    names = org_set(f)
    assert "Agency for Export Credit" in names
    assert "Ministry of Finance of Utopia" in names or "Ministry of Finance" in names
    assert not any("and the Republic" in n for n in names)


def test_the_chair_of_a_named_bodys_board_after_a_name_holds_the_post_at_that_body() -> None:
    r = roles(facts_text(REMIT))
    assert any(
        p == "Tomás Rivera Soto" and t.startswith("Chairman") and o.startswith("National Agency")
        for p, t, o in r
    )
    assert not any(p == "Tomás Rivera Soto" and o == "Lakeland Patent Office" for p, t, o in r)


UNIT = (
    "The Ruritanian Office (ROIP) hosted the visit. ROIP's Directorate of Plant Varieties and "
    "Green Technologies will be the contact point. Ms. Elena Duarte Pires, Director of Plant "
    "Varieties and Green Technologies, presented the plan."
)


def test_a_company_word_inside_a_units_field_makes_no_firm() -> None:
    names = org_set(facts_text(UNIT))
    assert "Green Technologies" not in names
    assert "Directorate of Plant Varieties" not in names


def test_a_title_naming_a_units_field_is_held_at_the_body_that_owns_the_unit() -> None:
    f = facts_text(UNIT)
    assert "Plant Varieties and Green Technologies" not in org_set(f)
    assert any(
        p == "Elena Duarte Pires" and "Plant Varieties" in t and o == "Ruritanian Office"
        for p, t, o in roles(f)
    )


def test_the_same_ministry_after_a_title_is_the_ministry_just_named() -> None:
    f = facts_text(
        "The Ghana Patent Bureau is an agency under Ghana's Ministry of Trade and Industry. "
        "The talks were attended by Mr. Kofi Mensah Boateng, Chief Director for Trade at the "
        "same ministry."
    )
    assert any(
        p == "Kofi Mensah Boateng" and o.startswith("Ministry of Trade and Industry")
        for p, _, o in roles(f)
    )


def test_a_family_name_after_a_title_is_the_person_named_in_full_family_name_first() -> None:
    f = facts_text(
        "The Japan Patent Office (JPO, Commissioner TANAKA Hiroshi) signed the memorandum. "
        '"We are glad," Commissioner Tanaka said.'
    )
    assert "Tanaka" not in people_names(f)
    assert "TANAKA Hiroshi" in people_names(f)


def test_a_coordinator_general_is_a_title() -> None:
    f = facts_text(
        "The National Institute of Industrial Property (INPI) of Brazil took part. "
        "Mr. Rafael Nunes da Costa, Coordinator-General of Patents at the INPI, spoke."
    )
    assert any(
        p == "Rafael Nunes da Costa" and t.startswith("Coordinator-General") for p, t, _ in roles(f)
    )


def test_the_first_part_of_a_hyphenated_programme_name_is_no_acronym_of_a_body() -> None:
    f = facts_text(
        "The European Union Intellectual Property Office (EUIPO) runs the programme. "
        "Ms. Ines Vidal Ortiz, team leader of SA-BRIDGE Patents at the EUIPO, opened the day."
    )
    assert "SA" not in org_set(f)
    assert any(p == "Ines Vidal Ortiz" and o.startswith("European Union") for p, _, o in roles(f))


def test_a_titles_field_ends_before_and_with_the_next_persons_form_of_address() -> None:
    f = facts_text(
        "The Patent Office (NPO) welcomed the guests. Mr. Ravi Menon, Director of the Search "
        "Division, and Dr. Lena Berg, Director of Designs, spoke."
    )
    titles = {t for p, t, _ in roles(f) if p == "Ravi Menon"}
    assert titles == {"Director of the Search Division"}


KENYA = (
    "The Coastal Innovation Agency (CIA-K) is an agency under Kenya's Ministry of Fisheries "
    "and Blue Economy. Ms. Achieng Wairimu Oduya, Principal Secretary for Fisheries in "
    "Kenya's Ministry of Fisheries and Blue Economy, spoke first. The ministry's Principal "
    "Secretary for Shipping, Mr. Baraka Mutua Kilonzo, spoke next."
)


def test_a_portfolio_title_in_a_named_ministry_is_held_there() -> None:
    r = roles(facts_text(KENYA))
    assert any(
        p == "Achieng Wairimu Oduya" and o.startswith("Ministry of Fisheries") for p, _, o in r
    )


def test_the_ministrys_title_before_a_name_is_held_at_the_one_ministry_named() -> None:
    r = roles(facts_text(KENYA))
    assert any(
        p == "Baraka Mutua Kilonzo" and o.startswith("Ministry of Fisheries") for p, _, o in r
    )


def test_a_national_department_and_a_firm_stay_two_bodies() -> None:
    names = org_set(
        facts_text("The Department of Commerce and Hanbit Electronics signed a memorandum.")
    )
    assert "Hanbit Electronics" in names
