"""Capitalised words that look like bodies but are not: transcript speaker labels, a body's
board, periodicals, an old name, a year after a name; and the names of courts' divisions and
of a body shortened to its parent's acronym and head (importers/en/orgs/)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set

TRANSCRIPT = """Radio interview (transcript)

HOST: Good evening. With me is the head of the Nordic Patent Institute.
JONAS BERG: Good evening, and thanks for having me.
HOST: You signed a new arrangement last week?
JONAS BERG: Yes, with the Icelandic Intellectual Property Office.
HOST: Thank you.
"""


def test_a_transcripts_speaker_labels_name_people_not_organisations() -> None:
    names = org_set(facts_text(TRANSCRIPT))
    assert not {"HOST", "BERG", "JONAS"} & names
    assert "Nordic Patent Institute" in names


def test_an_acronym_used_in_the_text_still_counts_when_a_line_opens_with_it() -> None:
    text = (
        "Report\n\nEUIPO: a busy year.\n"
        "The EUIPO trained examiners, and EUIPO staff visited three offices.\n"
    )
    assert "EUIPO" in org_set(facts_text(text))


def test_a_board_named_without_its_body_is_no_organisation() -> None:
    text = (
        "The Lusitanian Patent Institute held its annual meeting. The Board of Trustees "
        "approved the budget, and the Governing Council met twice."
    )
    names = org_set(facts_text(text))
    assert "Board of Trustees" not in names
    assert "Governing Council" not in names
    assert "Lusitanian Patent Institute" in names


def test_a_year_after_for_does_not_join_a_bodys_name() -> None:
    text = "The office agreed a work plan with the Andean Trademark Organization for 2026-2027."
    names = org_set(facts_text(text))
    assert "Andean Trademark Organization" in names
    assert not any("2026" in n for n in names)


def test_a_periodical_named_after_a_body_is_no_organisation() -> None:
    text = (
        "The findings were printed in the Baltic Institute of Commerce Review and summarised "
        "in the Journal of the Coastal Inventors Society."
    )
    names = org_set(facts_text(text))
    assert not any("Review" in n or "Inventors Society" in n for n in names)


def test_a_board_of_review_is_still_a_body() -> None:
    text = "The appeal went to the Trade Marks Board of Review of Atlantis last year."
    assert any("Board of Review" in n for n in org_set(facts_text(text)))


def test_a_division_of_a_court_is_named_with_its_court() -> None:
    text = "Judge Amara Osei, who sits in the Commercial Division of the Superior Court, spoke."
    names = org_set(facts_text(text))
    assert "Commercial Division of the Superior Court" in names
    assert "Superior Court" not in names


def test_a_unit_of_a_ministry_is_still_cut_from_its_ministry() -> None:
    text = "Staff of the Legal Division of the Ministry of Trade of Atlantis attended."
    names = org_set(facts_text(text))
    assert not any(n.startswith("Legal Division") for n in names)


def test_a_body_shortened_to_its_parents_acronym_and_head_is_the_same_body() -> None:
    text = (
        "The ARIPO Regional Training and Research Academy opened a course. Trainees of the "
        "ARIPO Academy came from nine states."
    )
    f = facts_text(text)
    full = next(o for o in f.orgs if o.name == "ARIPO Regional Training and Research Academy")
    assert "ARIPO Academy" in full.aliases


def test_a_short_form_two_bodies_could_have_stays_apart() -> None:
    text = (
        "The KIPO Seoul Examination Center and the KIPO Daejeon Search Center both grew. "
        "The KIPO Center hired staff."
    )
    f = facts_text(text)
    assert all("KIPO Center" not in o.aliases for o in f.orgs)


def test_an_earlier_name_of_a_body_is_no_second_body() -> None:
    text = (
        "Priya Nair joined the Atlantis Intellectual Property Agency in 1990, when it was "
        "still called the Industrial Property Bureau, and later led its design unit."
    )
    names = org_set(facts_text(text))
    assert "Atlantis Intellectual Property Agency" in names
    assert "Industrial Property Bureau" not in names


def test_a_name_the_body_was_known_as_at_the_time_is_no_second_body() -> None:
    text = (
        "The Ministry of Mines and Energy of Lemuria joined the network in 2009. In those "
        "years the Ministry was known as the Ministry of Mines and Quarries."
    )
    names = org_set(facts_text(text))
    assert "Ministry of Mines and Energy of Lemuria" in names
    assert "Ministry of Mines and Quarries" not in names


def test_a_countrys_adjective_and_a_head_noun_name_again_that_countrys_body() -> None:
    f = facts_text(
        "The National Institute of Industrial Property of the Republic of Chile signed the "
        "plan with the Japan Patent Office. The Chilean Institute thus becomes the third "
        "office in the network, and the Peruvian Office may follow."
    )
    names = org_set(f)
    assert "Chilean Institute" not in names
    assert "National Institute of Industrial Property of the Republic of Chile" in names


def test_an_organ_named_without_its_body_and_a_press_unit_of_an_acronym_are_no_bodies() -> None:
    f = facts_text(
        "The African Regional Intellectual Property Organization expects the protocol to be "
        "approved at the next session of the Executive Council in March.\n\n"
        "ARIPO Press Service"
    )
    names = org_set(f)
    assert "African Regional Intellectual Property Organization" in names
    assert not any("Council" in n or "Press" in n for n in names)
