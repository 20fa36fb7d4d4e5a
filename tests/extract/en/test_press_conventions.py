"""Conventions of press releases, wire stories and office reports that decide what a sentence
states: a dateline's place, a headline that sums up the story, a parent body set off by
commas, an office that speaks as "we", counterparts that are counted rather than named."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, parties, roles


def test_the_place_of_a_dateline_is_not_an_organisation_in_a_list() -> None:
    f = facts_text(
        "Darwin, 9 July 2022 – Examiners compared guidelines with the Norwegian Industrial "
        "Property Office, the Swedish Intellectual Property Office, Nordvik and the Finnish "
        "Patent Office."
    )
    names = org_set(f)
    assert "Darwin" not in names
    assert "Nordvik" in names  # a lone name among bodies is still one of them


def test_an_embassy_in_a_country_that_takes_the_keeps_its_whole_name() -> None:
    f = facts_text(
        "The ceremony was attended by Ambassador Lena Frost of the Embassy of Sweden in the "
        "Netherlands and by officials of the Netherlands Patent Office."
    )
    assert ("Lena Frost", "Ambassador", "Embassy of Sweden in the Netherlands") in roles(f)
    assert "Embassy of Sweden" not in org_set(f)


def test_a_deputy_head_of_mission_holds_the_post_at_the_embassy() -> None:
    f = facts_text(
        "The plan was signed in Lima by the heads of both offices, in the presence of Tomas "
        "Vidal, Deputy Head of Mission at the Embassy of Chile in Peru."
    )
    assert ("Tomas Vidal", "Deputy Head of Mission", "Embassy of Chile in Peru") in roles(f)


def test_agreements_with_a_counted_set_of_offices_are_no_agreement() -> None:
    f = facts_text(
        "The Japan Patent Office has signed cooperation documents with eight of the eleven "
        "offices of the region, and memoranda of understanding with 14 universities."
    )
    assert f.agreements == []


def test_our_two_offices_and_the_two_institutes_are_the_pair_named_before() -> None:
    f = facts_text(
        "The Spanish Patent and Trademark Office and the Mexican Institute of Industrial "
        "Property held their annual meeting in Madrid on 3 May 2023.\n\n"
        "In 2019 the two institutes concluded a cooperation agreement on trade mark data."
    )
    assert parties(f, 0) == {
        "Spanish Patent and Trademark Office",
        "Mexican Institute of Industrial Property",
    }


def test_a_headline_signing_is_the_signing_the_story_reports() -> None:
    f = facts_text(
        "Chile, Peru sign work plan on trade mark examination\n\n"
        "LIMA, March 4 (Andina) -- Peru's National Institute for the Defense of Competition "
        "and the Protection of Intellectual Property (INDECOPI) and Chile's National Institute "
        "of Industrial Property (INAPI) on Monday signed a work plan for 2024-2025 that "
        "provides for examiner exchanges and shared training.\n"
    )
    assert len(f.agreements) == 1
    assert len(f.agreements[0].parties) == 2


def test_a_parent_set_off_by_commas_does_not_sign() -> None:
    f = facts_text(
        "The Department of Intellectual Property (DIP), Ministry of Commerce, signed a "
        "memorandum of understanding with the Intellectual Property Office of Viet Nam "
        "on 5 June 2023."
    )
    assert parties(f, 0) == {
        "Department of Intellectual Property",
        "Intellectual Property Office of Viet Nam",
    }


def test_the_board_of_directors_of_a_body_is_not_an_organisation() -> None:
    f = facts_text(
        "The record was signed by Marta Lopes, President of the Board of Directors of INPI "
        "Portugal, and by the President of the Cabo Verde Intellectual Property Institute."
    )
    assert not any(n.startswith("Board of Directors") for n in org_set(f))
    # the board stays in the title (as "Title of the Board of X, NAME" keeps it)
    assert ("Marta Lopes", "President of the Board of Directors", "INPI Portugal") in roles(f)


def test_a_country_before_a_shared_acronym_names_that_countrys_office() -> None:
    f = facts_text(
        "INPI Brazil and INPI Portugal met in Lisbon. Brazil's INPI will host the next "
        "meeting, and Portugal's INPI will send two examiners to it."
    )
    assert "INPI" not in {o.name for o in f.orgs}
    assert len(f.orgs) == 2


_REPORT = (
    "IP Australia Annual Report 2022–23\n\n"
    "International engagement\n\n"
    "In 2022–23 we strengthened our ties with partner offices in the region. Our Deputy "
    "Director General, Mara Quill, led the delegation to the Assemblies.\n\n"
    "In March we signed a memorandum of understanding with the Korean Intellectual Property "
    "Office (KIPO), and KIPO examiners joined our training courses. KIPO also hosted a "
    "workshop for our staff.\n\n"
    "The cooperation arrangement with the Intellectual Property Office of New Zealand was "
    "renewed for five years.\n"
)


def test_an_office_that_says_we_holds_the_titles_and_signs_with_its_partners() -> None:
    f = facts_text(_REPORT)
    assert ("Mara Quill", "Deputy Director General", "IP Australia") in roles(f)
    by_kind = {kind: names for _, kind, _, names in agreements_of(f)}
    assert by_kind["mou"] == {"IP Australia", "Korean Intellectual Property Office"}
    assert by_kind["other"] == {"IP Australia", "Intellectual Property Office of New Zealand"}


def test_a_financial_year_dates_no_month_of_its_own() -> None:
    f = facts_text(_REPORT)
    assert all(date is None for _, _, date, _ in agreements_of(f))


_TODAY_STORY = (
    "IP Australia and the Intellectual Property Office of New Zealand mark twenty years of "
    "joint examiner training across the Tasman\n\n"
    "Canberra, 6 May 2024\n\n"
    "IP Australia and the Intellectual Property Office of New Zealand (IPONZ) today marked "
    "twenty years of joint examiner training at a ceremony in Canberra, attended by officials "
    "of the New Zealand Ministry of Business, Innovation and Employment (MBIE).\n\n"
    "The two offices signed an updated memorandum of understanding on work sharing.\n\n"
    '"Today we renewed a friendship, not only a document," the IPONZ Commissioner said.\n'
)


def test_today_in_the_lead_dates_the_story_and_the_headline_is_not_the_lead() -> None:
    f = facts_text(_TODAY_STORY, date="2024-05-06")
    assert [date for _, _, date, _ in agreements_of(f)] == ["2024-05-06"]


def test_the_two_offices_are_the_two_named_first_when_counts_tie() -> None:
    f = facts_text(_TODAY_STORY, date="2024-05-06")
    assert parties(f, 0) == {"IP Australia", "Intellectual Property Office of New Zealand"}


def test_today_in_a_quotation_is_the_speakers_day_not_the_texts() -> None:
    f = facts_text(
        "Lisbon and Madrid offices adopt a joint work plan\n\n"
        "MADRID, 12 March 2024 -- The Spanish Patent and Trademark Office and the National "
        "Institute of Industrial Property of Portugal adopted on 11 March a joint work plan "
        "on examiner exchanges.\n\n"
        '"The work plan we adopted today is a first step," the Director said.\n',
        date="2024-03-12",
    )
    assert [date for _, _, date, _ in agreements_of(f)] == ["2024-03-11"]


def test_a_bodys_own_organs_are_not_organisations() -> None:
    f = facts_text(
        "The European Patent Academy trains examiners of member states. Its Administrative "
        "Council meets twice a year, and the Supervisory Board of the Academy approves its "
        "programme."
    )
    names = org_set(f)
    assert "European Patent Academy" in names
    assert not any("Council" in n or "Board" in n for n in names)


def test_a_year_in_review_dates_its_items_by_the_month_headings() -> None:
    f = facts_text(
        "2022 in review: our partnerships\n\n"
        "February\n"
        "- Signed a memorandum of understanding with the Israel Patent Office on search.\n\n"
        "October\n"
        "- Concluded a work plan with the Intellectual Property Office of the Philippines.\n"
    )
    assert [(kind, date) for _, kind, date, _ in agreements_of(f)] == [
        ("mou", "2022-02"),
        ("work_plan", "2022-10"),
    ]


def test_a_row_of_delegates_holds_its_body_even_with_its_columns_run_together() -> None:
    f = facts_text(
        "The heads of delegation were:\n\n"
        "Viet Nam Ms. Tran Thi Lan, Deputy Director General, IP Viet Nam\n"
        "ASEAN Secretariat Mr. Budi Hartono Saputra, Head, Services and Investment Division\n"
    )
    assert (
        "Budi Hartono Saputra",
        "Head, Services and Investment Division",
        "ASEAN Secretariat",
    ) in roles(f)


def test_a_word_of_an_all_capitals_heading_is_not_an_acronym() -> None:
    f = facts_text(
        "SUMMARY OF THE MEETING WITH OBSERVER DELEGATIONS\n"
        "Geneva, 3 May 2024\n\n"
        "I. OPENING\n\n"
        "1. The Japan Patent Office opened the meeting.\n\n"
        "II. STATEMENTS OF OBSERVER DELEGATIONS\n\n"
        "2. The Korean Intellectual Property Office made a statement.\n"
    )
    assert not any(n in org_set(f) for n in ("DELEGATIONS", "OBSERVER", "STATEMENTS"))
