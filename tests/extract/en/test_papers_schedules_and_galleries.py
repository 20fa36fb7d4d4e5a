"""Working papers with footnotes, a head of office's weekly schedule and a photo gallery:
where their roles are held, which committees are bodies, and when and where their
agreements were signed. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_side_s_signatory_holds_the_title_at_that_side() -> None:
    f = facts_text(
        "The Northland Patent Office (NPO) and the Danube Trademark Agency (DTA) agreed a "
        "plan on examiner exchanges in 2023. NPO Chief Executive Oskar Lund called it the "
        "NPO's first such plan, and NPO examiners will start the exchanges in May.\n\n"
        "Notes\n\n"
        "² Signed in Vienna on 9 May 2023; the DTA signatory was Deputy Director-General "
        "Ilse Marwood."
    )
    assert ("Ilse Marwood", "Deputy Director-General", "Danube Trademark Agency") in roles(f)


def test_a_title_after_where_is_held_at_the_body_just_named() -> None:
    f = facts_text(
        "A delegation of the Northland Patent Office (NPO), led by Commissioner Oskar Lund, "
        "toured the port city on 2 May. NPO experts met local firms.\n\n"
        "The guests later called on the Harbour Innovation Institute, where Director Ola "
        "Brekke walked them through its start-up programmes."
    )
    assert ("Ola Brekke", "Director", "Harbour Innovation Institute") in roles(f)


def test_a_committee_after_a_society_s_possessive_names_the_society() -> None:
    f = facts_text(
        "The visit closed with a dialogue with the Bar Council of Ireland's Patent Litigation "
        "Committee on the cost of cross-border cases."
    )
    names = org_set(f)
    assert "Bar Council of Ireland" in names
    assert not any(n.endswith("Committee") for n in names)


def test_a_committee_whose_fields_are_listed_with_commas_is_no_body() -> None:
    f = facts_text(
        "14:00  Attendance at the Senate Education, Science, Culture and Sport Committee "
        "(Parliament House)"
    )
    assert not any(n.endswith("Committee") for n in org_set(f))


def test_a_caption_s_mou_of_the_pair_is_the_mou_the_intro_reports() -> None:
    f = facts_text(
        "Home > News > Photo Gallery\n\n"
        "Photo Gallery: Danube delegation visit and signing of the NPO–DTA MoU\n"
        "4 June 2024 | 6 photos\n\n"
        "On 4 June 2024 the Northland Patent Office (NPO) and the Danube Trademark Agency "
        "(DTA) signed a Memorandum of Understanding on design examination and data exchange "
        "during a two-day visit to Oslo.\n\n"
        "Photo 3: The two heads sign the NPO–DTA MoU in the main hall.",
        date="2024-06-06",
    )
    assert len(f.agreements) == 1
    assert f.agreements[0].date == "2024-06-04"


def test_a_footnote_marker_ends_the_sentence_before_the_next_signing() -> None:
    f = facts_text(
        "The Northland Patent Office (NPO) renewed its memorandum with the Danube Trademark "
        "Agency (DTA) on 3 April 2021.¹ In May 2019 the Alpine Design Office (ADO) and the "
        "Baltic Patent Board (BPB) signed a memorandum on search reports in Tallinn, with "
        "both heads as signatories.²",
        date="2022-01-10",
    )
    by_date = {a.date: a for a in f.agreements}
    assert set(by_date) == {"2021-04-03", "2019-05"}
    later = {o.key: o.name for o in f.orgs}
    assert {later[k] for k in by_date["2019-05"].parties} == {
        "Alpine Design Office",
        "Baltic Patent Board",
    }
    assert by_date["2019-05"].title == "memorandum on search reports"


def test_a_title_in_title_case_keeps_its_capitalised_words_after_in() -> None:
    f = facts_text(
        "On 2 March 2022 the Alpine Design Office (ADO) and the Baltic Patent Board (BPB) "
        "signed an Agreement on Cooperation in Patent Matters.",
        date="2022-03-05",
    )
    assert [a.title for a in f.agreements] == ["Agreement on Cooperation in Patent Matters"]


def test_a_day_heading_dates_the_schedule_s_signing_under_it() -> None:
    f = facts_text(
        "Director General's weekly schedule\n\n"
        "Monday, 3 March\n"
        "09:30  Management board meeting (head office)\n\n"
        "Wednesday, 5 March\n"
        "11:00  Signing of the NPO–DTA Memorandum of Understanding on Trademark Search, signed "
        "by Director General Ansel Brandt of the Northland Patent Office (NPO) and Ilse "
        "Marwood, Director General of the Danube Trademark Agency (DTA)\n",
        date="2025-03-07",
    )
    assert [a.date for a in f.agreements] == ["2025-03-05"]
