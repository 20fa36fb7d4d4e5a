"""Names that are not a body of their own (importers/en/orgs/): a country's delegation to a
meeting or an office's visiting one (posted in a city or not), the secretariat of a named body,
and a contact credit at the foot of a release."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_countrys_delegation_at_a_meeting_is_no_organisation() -> None:
    f = facts_text(
        "Closing Remarks of the Delegation of Chile\n\n"
        "The Instituto Nacional de Propiedad Industrial thanks all member states."
    )
    assert not any(n.startswith("Delegation") for n in org_set(f))


def test_a_delegation_posted_to_a_country_is_an_organisation() -> None:
    f = facts_text("An officer of the Delegation of the European Union to Chile took part.")
    assert "Delegation of the European Union to Chile" in org_set(f)


def test_the_secretariat_of_a_named_body_is_that_body() -> None:
    f = facts_text(
        "We are grateful to the Secretariat of the African Regional Intellectual Property "
        "Organization for its support."
    )
    names = org_set(f)
    assert not any(n.startswith("Secretariat") for n in names)
    assert any("African Regional Intellectual Property Organization" in n for n in names)


def test_a_contact_credit_line_names_no_body() -> None:
    f = facts_text(
        "The Latvian Patent Board signed the memorandum today.\n\n"
        "Press enquiries: Public Affairs Unit, Latvian Patent Board."
    )
    assert "Public Affairs Unit" not in org_set(f)


def test_a_head_noun_with_a_possessive_ends_the_bodys_name() -> None:
    f = facts_text(
        "The Chilean Embassy's Commercial Attaché, Mr Pablo Rojas, joined the visit in Oslo."
    )
    assert "Chilean Embassy" in org_set(f)
    assert ("Pablo Rojas", "Commercial Attaché", "Chilean Embassy") in roles(f)


def test_a_faculty_named_after_its_universitys_possessive_carries_the_universitys_name() -> None:
    f = facts_text(
        "The University of Nairobi (UoN) hosted the course. Lecturers from UoN's Faculty of "
        "Engineering taught it. The Faculty's Dean, Professor Dr Wanjiru Kamau, opened it."
    )
    names = org_set(f)
    assert "Faculty of Engineering, University of Nairobi" in names
    assert "Faculty of Engineering" in names
    assert (
        "Wanjiru Kamau",
        "Dean",
        "Faculty of Engineering, University of Nairobi",
    ) in roles(f)


def test_an_offices_delegation_in_a_city_is_the_office_not_a_mission() -> None:
    f = facts_text(
        "Jane Roe Meets with the Delegation of NPO in Oslo\n\n"
        "On 2 May, Jane Roe met the visiting delegation from the Nordic Patent Office (NPO)."
    )
    assert org_set(f) == {"Nordic Patent Office", "NPO"}


def test_a_delegation_of_a_named_office_reads_as_the_office() -> None:
    f = facts_text("The Delegation of the Nordic Patent Office in Oslo met the minister.")
    assert org_set(f) == {"Nordic Patent Office"}


def test_a_unions_delegation_in_a_city_is_still_a_mission() -> None:
    f = facts_text("The Delegation of the European Union in Beijing hosted a seminar.")
    assert "Delegation of the European Union in Beijing" in org_set(f)
