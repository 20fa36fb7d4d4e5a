"""Posts and bodies of newsletters, social posts and running orders: a field run on into its
holder's name, an envoy after the mission the sentence names, a handle that spells a known
body, time zones, areas a post covers "at" a body, chambers abroad, local chapters, working
groups, kinds written before a title, elided signing sides, placed acronyms, tools, and a
ministry named bare and in full (importers/en/roles/fields.py, missions.py, groups.py,
functions.py, definite.py, signed_for.py, units.py; importers/en/orgs/handles.py, hosted.py,
chapters.py, placed_acronyms.py, parties.py, acronyms.py, short.py, phrases.py; the word
lists en_orgs.txt, en_titles.txt, en_roles.txt)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_title_field_ends_where_its_holder_is_addressed_or_named() -> None:
    f = facts_text(
        "The Danish Patent and Trademark Office (DKPTO) hosted the visit. Its Director of "
        "Finance, Dr Mette Holm, and DKPTO Director of Trademarks Lars Vinther Berg opened "
        "the new archive together."
    )
    assert {"Mette Holm", "Lars Vinther Berg"} <= people_names(f)
    found = roles(f)
    assert (
        "Lars Vinther Berg",
        "Director of Trademarks",
        "Danish Patent and Trademark Office",
    ) in found


def test_an_envoy_without_a_country_serves_at_the_mission_named_before_in_the_sentence() -> None:
    f = facts_text(
        "We are grateful to the Australian High Commission in Malaysia and to Deputy High "
        "Commissioner Fiona Blake for hosting the dinner."
    )
    assert (
        "Fiona Blake",
        "Deputy High Commissioner",
        "Australian High Commission in Malaysia",
    ) in roles(f)


def test_an_envoy_visiting_a_mission_named_after_the_title_gets_no_post_there() -> None:
    f = facts_text("Ambassador Fiona Blake visited the Australian High Commission in Malaysia.")
    assert not any(r[0] == "Fiona Blake" for r in roles(f))


def test_a_handle_that_spells_a_known_body_is_a_mention_of_it() -> None:
    f = facts_text("Next month, colleagues at @IPOSInternational will run a licensing clinic.")
    assert "IPOS International" in org_set(f)


def test_a_handle_that_spells_no_known_body_names_none() -> None:
    f = facts_text("Thanks to @GreenValleyBakers for the coffee at the licensing clinic.")
    assert not any("Green" in n for n in org_set(f))


def test_a_time_zone_after_a_clock_time_is_no_body() -> None:
    f = facts_text(
        "Doors open at 09:00 CET and the briefing starts at 09:30 CET in the main hall of the "
        "Benelux Office for Intellectual Property."
    )
    assert "CET" not in org_set(f)


def test_the_area_a_post_covers_stays_in_the_title_at_the_body_after_at() -> None:
    f = facts_text(
        "Staff of the Directorate-General for Agriculture and Rural "
        "Development (DG AGRI) took part. The visit was witnessed by Pieter Janssen, Head of Unit "
        "for Latin America at DG AGRI, who praised the result."
    )
    assert (
        "Pieter Janssen",
        "Head of Unit for Latin America",
        "Directorate-General for Agriculture and Rural Development",
    ) in roles(f)


def test_a_chamber_abroad_is_named_with_its_host_country() -> None:
    f = facts_text("The British Chamber of Commerce in Indonesia welcomed twenty new members.")
    assert "British Chamber of Commerce in Indonesia" in org_set(f)


def test_a_local_chapter_after_its_owners_possessive_is_a_body_named_with_the_owner() -> None:
    f = facts_text(
        "The American Chamber of Commerce in Vietnam held its annual dinner. The Chamber's Da "
        "Nang Chapter signed a memorandum with the city on 3 March. Chapter Chair Nora Quist "
        "signed for the Chapter."
    )
    chapter = "American Chamber of Commerce in Vietnam Da Nang Chapter"
    assert {chapter, "Da Nang Chapter"} <= org_set(f)
    assert ("Nora Quist", "Chair", chapter) in roles(f)


def test_a_kind_written_before_a_title_names_the_one_body_of_that_kind() -> None:
    f = facts_text(
        "The German Chamber of Commerce in Singapore met exporters on Monday. Chamber "
        "President Ulrich Brandt, who attended, urged faster approvals from the Health "
        "Sciences Authority."
    )
    assert ("Ulrich Brandt", "President", "German Chamber of Commerce in Singapore") in roles(f)


def test_the_second_signer_of_an_elided_sentence_signs_for_the_body_of_the_kind_named() -> None:
    f = facts_text(
        "The Lisbon Innovation Agency and the Porto Municipal Administration signed a protocol "
        "on 2 May. Director Ana Sousa signed for the agency and Deputy Director Rui Matos for "
        "the administration."
    )
    assert ("Rui Matos", "Deputy Director", "Porto Municipal Administration") in roles(f)


def test_a_working_group_chair_holds_the_post_at_the_body_of_the_masthead() -> None:
    f = facts_text(
        "Nordic Chamber of Commerce in Japan\n"
        "Trade Working Group Bulletin | Spring issue\n\n"
        "A delegation led by Trade Working Group Chair Henrik Aalto met officials of the "
        "Japan Patent Office on 4 April."
    )
    assert (
        "Henrik Aalto",
        "Trade Working Group Chair",
        "Nordic Chamber of Commerce in Japan",
    ) in roles(f)


def test_a_unit_named_as_its_owners_own_keeps_the_posts_held_there() -> None:
    f = facts_text(
        "Agenda: a visit to KIPO's International Affairs Department.\n\n"
        "Members met Deputy Director Park Ji-won of the International Affairs Department "
        "of the Korean Intellectual Property Office (KIPO) in Daejeon."
    )
    assert (
        "Park Ji-won",
        "Deputy Director",
        "International Affairs Department",
    ) in roles(f)


def test_a_place_and_an_acronym_of_the_rest_is_a_short_form_of_the_local_body() -> None:
    f = facts_text(
        "Shenzhen IPB update.\n\nThe Shenzhen Intellectual Property Bureau received the "
        "visitors. The Shenzhen IPB will publish guidance."
    )
    assert "IPB" not in org_set(f)
    assert "Shenzhen IPB" in org_set(f)


def test_a_division_director_leading_officials_of_a_body_holds_the_post_there() -> None:
    f = facts_text(
        "Exporters met officials of the Korean Intellectual Property Office, led by Division "
        "Director Choi Min-jun, on design filings."
    )
    assert (
        "Choi Min-jun",
        "Division Director",
        "Korean Intellectual Property Office",
    ) in roles(f)


def test_a_name_that_runs_on_into_a_tools_noun_is_no_body() -> None:
    f = facts_text("A video showed the Vietnam–Laos IP Information Service Platform at work.")
    assert not any("Service" in n for n in org_set(f))


def test_a_party_after_between_ends_at_the_end_of_its_sentence() -> None:
    f = facts_text(
        "Finally, the exchange of a memorandum between KIPO and DGIP. The memorandum was "
        "signed in Seoul on 4 May."
    )
    assert not any(n.endswith("The") for n in org_set(f))


def test_an_acronym_and_a_quoted_short_name_in_brackets_are_both_the_bodys() -> None:
    f = facts_text(
        'Co-host: the State Agency for Intellectual Property (AGEPI, "Moldpatent"). The '
        "Moldpatent archive opened."
    )
    forms = next(
        {o.name, *o.aliases} for o in f.orgs if o.name == "State Agency for Intellectual Property"
    )
    assert {"AGEPI", "Moldpatent"} <= forms


def test_a_bare_ministry_is_the_one_the_text_names_with_its_country() -> None:
    f = facts_text(
        "Venue: Blue Hall, Ministry of Economy\n\n"
        "Host: Ministry of Economy of the Republic of Armenia, with its patent office."
    )
    named = [o.name for o in f.orgs if o.name.startswith("Ministry of Economy")]
    assert named == ["Ministry of Economy of the Republic of Armenia"]


def test_a_chamber_named_in_another_city_of_its_host_country_is_the_same_chamber() -> None:
    f = facts_text(
        "The office met the Canadian Chamber of Commerce in Japan, and later the Canadian "
        "Chamber of Commerce in Osaka."
    )
    named = [o.name for o in f.orgs if "Canadian Chamber" in o.name]
    assert named == ["Canadian Chamber of Commerce in Japan"]
