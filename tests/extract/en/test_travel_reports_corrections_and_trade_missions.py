"""A staff member's travel report under a body's letterhead, a report's table of
instruments, a wire story that corrects a title, and a business chamber's mission release:
who holds which post where, which bodies sign, and what is no body."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, people_names, roles

_TRAVEL = (
    "NORDIC PATENT INSTITUTE\n"
    "\n"
    "MISSION NOTE\n"
    "Traveller: Ms. Ingrid Halvorsen, Director General\n"
    "With: Mr. Petri Lahtinen, Head, Section for Baltic States\n"
    "Destination: Nairobi, Kenya\n"
    "\n"
    "We met the Kenya Industrial Property Institute (KIPI) twice and toured KIPI's archive.\n"
    "- Meeting with Dr. Wanjiru Kamau, Chief Executive Officer of KIPI, accompanied by Eng. "
    "Otieno Barasa (Deputy CEO for Examination). Then the DG and Dr. Kamau signed a Memorandum of "
    "Understanding on Examiner Training.\n"
    "- KIPI staff presented the regional search pilot to the DG.\n"
)


def test_a_title_ending_its_line_keeps_its_holder_whatever_the_next_line_opens_with() -> None:
    f = facts_text(_TRAVEL, "2025-02-10")
    assert "Ingrid Halvorsen" in people_names(f)
    assert ("Ingrid Halvorsen", "Director General", "NORDIC PATENT INSTITUTE") in roles(f)


def test_a_bare_title_in_a_report_under_a_letterhead_is_held_at_the_letterhead_body() -> None:
    got = roles(facts_text(_TRAVEL, "2025-02-10"))
    assert ("Petri Lahtinen", "Head, Section for Baltic States", "NORDIC PATENT INSTITUTE") in got


def test_a_deputy_named_in_brackets_after_the_head_serves_the_head_s_body() -> None:
    got = roles(facts_text(_TRAVEL, "2025-02-10"))
    assert (
        "Otieno Barasa",
        "Deputy CEO for Examination",
        "Kenya Industrial Property Institute",
    ) in got


def test_the_short_form_of_a_title_signs_for_its_holder_and_is_no_body() -> None:
    f = facts_text(_TRAVEL, "2025-02-10")
    assert "DG" not in org_set(f)
    mou = next(a for a in agreements_of(f) if "Examiner Training" in a[0])
    assert mou[3] == {"NORDIC PATENT INSTITUTE", "Kenya Industrial Property Institute"}
    assert "Ingrid Halvorsen" in {
        p.name for a in f.agreements for p in f.people if p.key in a.signatories
    }


_TABLE_REPORT = (
    "Andean Trade Mark Office\n"
    "Yearly Review 2024\n"
    "\n"
    "Performance indicator | Goal | Outcome\n"
    "Instruments signed with non-EU offices | 3 | 4\n"
    "\n"
    "Partners of the year\n"
    "\n"
    "Partner | Instrument | Date | Type\n"
    "Korean Intellectual Property Office (KIPO) | Joint Action Plan 2024–2025 | 5 June 2024 "
    "| Action plan with a long description of its purpose\n"
    "Japan Patent Office (JPO) | Memorandum of Understanding | 9 September 2024 | MoU\n"
    "\n"
    "Both instruments count towards the PI. The PI is reported yearly. The JPO and KIPO "
    "attended the review; the KIPO delegation stayed a week.\n"
)


def test_rows_of_an_unframed_pipe_table_stay_apart_and_sign_with_the_letterhead_body() -> None:
    f = facts_text(_TABLE_REPORT, "2025-03-01")
    assert not any(n.startswith(("Action plan", "MoU ")) for n in org_set(f))
    parties = {a[0]: a[3] for a in agreements_of(f)}
    assert parties["Memorandum of Understanding"] == {
        "Andean Trade Mark Office",
        "Japan Patent Office",
    }


def test_an_acronym_of_a_table_label_in_sentence_case_and_a_non_eu_modifier_are_no_bodies() -> None:
    names = org_set(facts_text(_TABLE_REPORT, "2025-03-01"))
    assert "PI" not in names
    assert not {"EU", "European Union"} & names


_WIRE = (
    "LIMA, May 6 (XNW) - The patent offices of Peru and Chile signed a memorandum of "
    "understanding on Tuesday. Chile's Minister for Economy, Rosa Fuentes, and Peruvian "
    "Deputy Minister of Production Jorge Salas witnessed the signing.\n"
    "\n"
    "Both offices further extended the PPH pilot between them, first launched in 2017, "
    "by an exchange of letters that same day.\n"
    "\n"
    "Marta Ruiz, Deputy Head of the National Institute for the Defence of Competition and "
    "Intellectual Property (INDECOPI), spoke after the ceremony.\n"
    "\n"
    "CORRECTION: An earlier version wrongly identified Marta Ruiz as Head of the National "
    "Institute for the Defence of Competition and Intellectual Property. She is Deputy Head.\n"
)


def test_a_minister_named_between_commas_before_a_second_titled_witness_is_found() -> None:
    f = facts_text(_WIRE, "2025-05-07")
    assert {"Rosa Fuentes", "Jorge Salas"} <= people_names(f)
    people = {p.key: p.name for p in f.people}
    assert any(
        people[r.person] == "Rosa Fuentes" and r.title == "Minister for Economy" for r in f.roles
    )


def test_a_title_a_correction_says_was_wrong_is_no_role() -> None:
    got = {(p, t) for p, t, _ in roles(facts_text(_WIRE, "2025-05-07"))}
    assert ("Marta Ruiz", "Deputy Head") in got
    assert ("Marta Ruiz", "Head") not in got


def test_a_pilot_extended_on_the_same_day_is_dated_by_the_signing_not_its_launch() -> None:
    pph = [a for a in agreements_of(facts_text(_WIRE, "2025-05-07")) if a[1] == "pph"]
    assert pph and all(a[2] == "2025-05-06" for a in pph)


_MISSION = (
    "Lisbon, 3 April 2025 – The Lusitanian Business Chamber (LBC) led a trade mission to "
    "Accra this week.\n"
    "\n"
    "On 1 April the Chamber renewed its memorandum with the Ghana Union of Traders (GUT), "
    "first signed in 2018 with the Ghana Traders Council, as the union was then known.\n"
    "\n"
    "Delegation members\n"
    "- Ms Helena Costa, Partner, Vasconcelos\n"
    "- Mr Rui Matos, President, LBC\n"
    "\n"
    "The mission was helped by the Macao Economic and Trade Office in Lisbon and the "
    "Ghana Investment Promotion Centre.\n"
)


def test_a_body_s_name_it_was_then_known_by_is_no_second_body_nor_a_party() -> None:
    f = facts_text(_MISSION, "2025-04-03")
    assert "Ghana Traders Council" not in org_set(f)
    renewal = next(a for a in agreements_of(f) if a[2] == "2025-04-01")
    assert renewal[3] == {"Lusitanian Business Chamber", "Ghana Union of Traders"}


def test_a_partner_listed_with_a_one_word_firm_holds_the_post_at_that_firm() -> None:
    f = facts_text(_MISSION, "2025-04-03")
    assert ("Helena Costa", "Partner", "Vasconcelos") in roles(f)


def test_a_trade_office_abroad_keeps_the_city_it_is_posted_to() -> None:
    names = org_set(facts_text(_MISSION, "2025-04-03"))
    assert "Macao Economic and Trade Office in Lisbon" in names
    assert "Macao Economic and Trade Office" not in names
