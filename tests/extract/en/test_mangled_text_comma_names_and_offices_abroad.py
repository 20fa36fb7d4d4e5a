"""Mangled GBK punctuation, names written with a comma, loose posts, offices abroad, short
re-mentions, hospital complexes and earlier memoranda a plan builds on."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_name_runs_on_over_an_apostrophe_a_site_mangled() -> None:
    f = facts_text(
        "Director Lin Bo of the Patent Office of the People¡¯s Republic of Ruritania "
        "(PORR) met Director Eva Holm of the Nordland Patent Office (NPO) on 2 May 2030."
    )
    written = "Patent Office of the People¡¯s Republic of Ruritania"
    assert any(written in n for n in org_set(f))
    assert not any(n.endswith("of the People") for n in org_set(f))


def test_a_person_named_through_a_mangled_letter_keeps_the_written_form() -> None:
    text = (
        "Minister Tao Ming held talks with Ren¨¦e Duval, President of the Ruritanian Seed "
        "Registry (RSR), on Tuesday."
    )
    f = facts_text(text)
    person = next(p for p in f.people if "Duval" in p.name)
    assert "Ren¨¦e Duval" in {person.name, *person.aliases}
    assert {text[s.start : s.end] for s in person.spans} == {"Ren¨¦e Duval"}


def test_a_name_set_apart_by_a_comma_after_a_form_of_address_is_one_person() -> None:
    f = facts_text(
        "The delegation visited the Nordland Patent Office (NPO) and met Mr. Haruki, Sato, "
        "the Deputy Commissioner, and two of his advisers."
    )
    assert ("Haruki, Sato", "Deputy Commissioner", "Nordland Patent Office") in roles(f)


def test_a_title_after_a_surname_and_comma_is_no_second_name_word() -> None:
    f = facts_text(
        "The delegation visited the Nordland Patent Office (NPO) and met Mr. Okafor, Chairman, "
        "and Ms. Berg, Director of the NPO."
    )
    assert "Okafor" in people_names(f)
    assert not any("Chairman" in n for n in people_names(f))


def test_the_head_of_an_office_beside_the_persons_title_there_is_no_second_role() -> None:
    f = facts_text(
        "Dr Ana Ruiz, the head of Nordland’s patent office, spoke to reporters in May. Ruiz "
        "has been Director General of the Nordland Patent Office (NPO) since 2029."
    )
    titles = {t for p, t, o in roles(f) if p == "Ana Ruiz"}
    assert titles == {"Director General"}


def test_an_international_bodys_office_in_a_country_is_a_body_of_its_own() -> None:
    f = facts_text(
        "Director Lee Min of the Asian Development Bank (ADB) Office in Japan opened the "
        "meeting. The ADB also sent two experts."
    )
    assert ("Lee Min", "Director", "Asian Development Bank Office in Japan") in roles(f)
    assert "ADB" not in {a for o in f.orgs if "Japan" in o.name for a in o.aliases}


def test_a_body_named_again_without_its_complement_is_the_same_body() -> None:
    f = facts_text(
        "The ministry launched the National Network of Rural Craft Centres in May 2031. "
        "Three guilds from the north have since joined the National Network."
    )
    assert not any(o.name == "National Network" for o in f.orgs)


def test_a_medical_city_is_a_body() -> None:
    f = facts_text("Prince Omar Medical City signed up last week as the first hospital partner.")
    assert "Prince Omar Medical City" in org_set(f)


def test_an_earlier_memorandum_a_new_plan_builds_on_is_an_agreement_of_the_pair() -> None:
    f = facts_text(
        "Director General Ana Lopez approved the work plan 2030-2031 between the Alpha Patent "
        "Office (ABC) and the Xeno Trademark Office (XYZ). Lopez said the plan would "
        "build on the Memorandum of Understanding signed in 2027 and on three earlier plans."
    )
    assert any(a.kind == "mou" and a.date == "2027" and len(a.parties) == 2 for a in f.agreements)


def test_a_board_chairman_is_the_chair_of_the_body_the_text_is_about() -> None:
    f = facts_text(
        "The cabinet named a new board for the Nordland Patent Authority on Monday. Board "
        "Chairman Omar Al-Farsi and CEO Lina Haddad thanked the cabinet. In 2019 Al-Farsi was "
        "appointed chairman of the Nordland Capital Market Authority."
    )
    assert ("Omar Al-Farsi", "Board Chairman", "Nordland Patent Authority") in roles(f)


def test_a_family_name_glued_to_the_given_name_by_a_comma_is_one_name_after_mr() -> None:
    f = facts_text(
        "The visitors were Mr. Lee Min-ho, Commissioner of the Nordland Patent Office (NPO), "
        "and Mr. Park,Jin Soo, Director, International Affairs Division."
    )
    assert "Park,Jin Soo" in people_names(f)
    assert "Jin Soo" not in people_names(f)


def test_an_acronym_glued_by_a_comma_to_a_name_stays_out_of_it() -> None:
    f = facts_text("We met the staff of the CNIPA,Lan Quang, Director of the office.")
    assert "Lan Quang" in people_names(f)
