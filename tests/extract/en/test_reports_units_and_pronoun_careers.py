"""Annual reports, profiles and obituaries: a date glued before "the Institute", a unit named
with its university, a report's own body called by its head noun, a union named as the
modifier of one member, and posts given to "she" or "he" in a career told in prose
(importers/en/orgs/chunks.py, faculties.py, modifiers.py; importers/en/subject.py;
importers/en/roles/mentions.py, careers.py, counterparts.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_date_before_the_body_called_by_its_head_noun_is_no_name() -> None:
    f = facts_text(
        "In March 2025 the Academy and the Patent Office of Ruritania held a joint seminar. "
        "Last October the Ministry of Trade of Ruritania opened a new registry."
    )
    names = org_set(f)
    assert not any(n.startswith(("March", "October", "Last")) for n in names)
    assert {"Patent Office of Ruritania", "Ministry of Trade of Ruritania"} <= names


def test_a_unit_named_with_its_university_mentions_the_university_too() -> None:
    f = facts_text(
        "Researchers from the Centre for Design Law of Northfield University gave a talk."
    )
    names = org_set(f)
    assert "Northfield University" in names
    assert "Centre for Design Law of Northfield University" in names


def test_a_unit_the_reference_knows_keeps_its_own_name_beside_its_university() -> None:
    f = facts_text(
        "Talks with the Shanghai International College of Intellectual Property of Tongji "
        "University on a summer school continued."
    )
    names = {o.name for o in f.orgs}
    assert {"Shanghai International College of Intellectual Property", "Tongji University"} <= (
        names
    )


def test_a_short_form_that_spells_the_university_goes_to_the_university() -> None:
    f = facts_text(
        "The forum met at the Faculty of Medicine of the Westmark State University (WSU). "
        "Later the Faculty of Medicine of WSU thanked the guests."
    )
    by_name = {o.name: {o.name, *o.aliases} for o in f.orgs}
    assert "WSU" in by_name["Westmark State University"]
    assert (
        "Faculty of Medicine of WSU"
        in by_name["Faculty of Medicine of the Westmark State University"]
    )


def test_a_report_that_calls_its_body_the_institute_gives_bare_titles_to_that_body() -> None:
    f = facts_text(
        "Northgate Design Research Institute: Review of the Year\n\n"
        "The Institute hosted four visiting fellows. In May the Institute and the Korean "
        "Intellectual Property Office (KIPO) held a workshop, opened by Kim Min-jun, "
        "Commissioner of KIPO, at the Institute's library. KIPO examiners joined the "
        "sessions.\n\n"
        "Next year the Institute will open a second laboratory. Dr Ruth Adeyemi, Deputy "
        "Director, will lead the project."
    )
    assert ("Ruth Adeyemi", "Deputy Director", "Northgate Design Research Institute") in roles(f)


def test_an_article_before_a_unions_name_and_a_member_noun_is_no_mention_of_the_union() -> None:
    f = facts_text(
        "IP Australia thanked Joan Reyes, who ran the first trainee exchange with an ASEAN "
        "office in 2012."
    )
    assert "ASEAN" not in org_set(f)
    assert "Association of Southeast Asian Nations" not in org_set(f)


def test_an_ordinal_before_a_unions_name_and_a_member_noun_is_no_mention_of_the_union() -> None:
    f = facts_text(
        "Laos became the second ASEAN country to join the scheme run by the Japan Patent "
        "Office, and Malta the only EU member to do so."
    )
    names = org_set(f)
    assert not {"ASEAN", "Association of Southeast Asian Nations", "EU", "European Union"} & names


def test_she_who_did_one_thing_and_then_was_appointed_holds_the_post() -> None:
    f = facts_text(
        "Tributes were paid to Helena Marsh, who led the Intellectual Property Office of "
        "Ruritania.\n\n"
        "Born in Eastport, Marsh trained as a chemist before joining the office. She rose "
        "through the ranks and in 1995 was appointed Registrar of Patents, Designs and Trade "
        "Marks, a post she held for twelve years."
    )
    assert any(p == "Helena Marsh" and t.startswith("Registrar of Patents") for p, t, _ in roles(f))


def test_a_dated_sentence_about_he_in_a_profile_gives_the_post_to_its_subject() -> None:
    f = facts_text(
        "Tomas Berg, Deputy Director General of the Norwegian Industrial Property Office, "
        "retires this month.\n\n"
        "He joined the office as an examiner.\n\n"
        "From 2015 to 2019 he served too as Chair of the Board of the Nordic Patent Institute."
    )
    assert ("Tomas Berg", "Chair of the Board", "Nordic Patent Institute") in roles(f)


def test_a_career_post_as_adviser_to_a_body_is_held_at_that_body() -> None:
    f = facts_text(
        "Farewell to Lena Voss, Director of the Austrian Patent Office.\n\n"
        "After retiring, Voss worked from 2012 to 2015 as Senior Adviser to the WIPO Academy."
    )
    assert ("Lena Voss", "Senior Adviser", "WIPO Academy") in roles(f)


def test_a_bare_signer_beside_the_boards_cosignatory_signs_for_the_other_party() -> None:
    f = facts_text(
        "The Chair of the Ruritanian Trade Mark Board, Mr Odo Kell, opened the meeting. "
        "The Board and the Danish Patent and Trademark Office extended their memorandum. "
        "It was signed by Mr Kell and by Director General Ane Holm."
    )
    assert ("Ane Holm", "Director General", "Danish Patent and Trademark Office") in roles(f)
