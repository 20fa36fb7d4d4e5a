"""Roles that appointment notices and profiles state in running prose (importers/en/roles/
careers.py): a post after "as", a post "where" someone has served, a post described rather
than titled, the person an apposition or a "who" clause names, and the posts a profile lists
after "held roles, including" (roles/held_posts.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_an_appointment_as_a_title_of_a_body_is_a_role_there() -> None:
    f = facts_text(
        "The Minister today confirmed the appointment of Dr Helen Marsh as Registrar of "
        "the Intellectual Property Office of New Zealand from 1 March."
    )
    assert (
        "Helen Marsh",
        "Registrar",
        "Intellectual Property Office of New Zealand",
    ) in roles(f)


def test_a_lower_case_title_after_as_is_a_role_when_its_body_follows() -> None:
    f = facts_text(
        "The council backed the renewal of Atty. Marco Reyes as executive director of the "
        "Philippine Competition Commission for a second term."
    )
    assert ("Marco Reyes", "executive director", "Philippine Competition Commission") in roles(f)


def test_a_lower_case_word_after_as_with_no_body_is_no_post() -> None:
    f = facts_text("Ms Lena Voss spoke as chair of the panel on design rights.")
    assert not {t for p, t, _ in roles(f) if p == "Lena Voss"}


def test_a_who_clause_that_led_a_body_as_a_title_gives_the_role_at_that_body() -> None:
    f = facts_text(
        "She replaces Mr Tomas Berg, who has run the Swedish Patent and Registration Office "
        "as Director General since 2015 and retires in June."
    )
    assert (
        "Tomas Berg",
        "Director General",
        "Swedish Patent and Registration Office",
    ) in roles(f)


def test_a_predecessor_who_served_as_a_title_holds_it_at_the_office_of_the_text() -> None:
    f = facts_text(
        "The Japan Patent Office announced a change of leadership. Its new head succeeded "
        "Ono Takeshi, who had served as Commissioner since 2020."
    )
    assert ("Ono Takeshi", "Commissioner", "Japan Patent Office") in roles(f)


def test_standing_in_as_a_title_is_no_post() -> None:
    f = facts_text(
        "Deputy Director General Ms Rosa Lind of the Danish Patent and Trademark Office will "
        "act as Director General until the new head arrives."
    )
    titles = {t for p, t, _ in roles(f) if p == "Rosa Lind"}
    assert titles == {"Deputy Director General"}


def test_a_post_where_the_person_has_served_is_held_at_the_body_before_where() -> None:
    f = facts_text(
        "Ms Anna Ruiz comes to IP Australia from the Department "
        "of Finance, where she has been Head of the Budget Policy Division since 2019."
    )
    assert (
        "Anna Ruiz",
        "Head of the Budget Policy Division",
        "Department of Finance of Australia",
    ) in roles(f) or (
        "Anna Ruiz",
        "Head of the Budget Policy Division",
        "Department of Finance",
    ) in roles(f)


def test_a_former_post_with_an_article_is_a_role() -> None:
    f = facts_text(
        "Ms Clara Voss was named Director General of the German Patent and Trade Mark Office "
        "in May. Before that, Ms Voss was a Deputy Secretary of the Federal Ministry of Justice."
    )
    assert any(
        p == "Clara Voss" and t == "Deputy Secretary" and "Ministry of Justice" in o
        for p, t, o in roles(f)
    )


def test_a_name_before_an_apposition_of_a_former_post_is_the_one_appointed() -> None:
    f = facts_text(
        "Park Ji-hoon, formerly head of the Trademark Examination Policy Bureau, was appointed "
        "Deputy Commissioner of the Korean Intellectual Property Office."
    )
    assert (
        "Park Ji-hoon",
        "Deputy Commissioner",
        "Korean Intellectual Property Office",
    ) in roles(f)
    assert "Trademark Examination Policy Bureau" not in {o.name for o in f.orgs}


def test_a_senior_official_of_a_ministry_holds_a_post_there() -> None:
    f = facts_text(
        "Commissioner Choi Min-jun took office in March. Until then Commissioner Choi was a "
        "senior official at the Ministry of Science and ICT."
    )
    assert (
        "Choi Min-jun",
        "senior official",
        "Ministry of Science and ICT",
    ) in roles(f)
    assert "Choi Min-jun" in people_names(f)


def test_a_body_naming_someone_as_its_new_head_gives_the_role_there() -> None:
    f = facts_text(
        "The Uganda Registration Services Bureau has chosen Amos Okello as its new Registrar "
        "General."
    )
    assert (
        "Amos Okello",
        "Registrar General",
        "Uganda Registration Services Bureau",
    ) in roles(f)


def test_someone_who_joined_a_body_as_a_title_holds_it_there() -> None:
    f = facts_text("Mr Luca Ferri joined the European Patent Office as Vice-President in 2021.")
    assert ("Luca Ferri", "Vice-President", "European Patent Office") in roles(f)


def test_a_function_closing_a_titled_apposition_stays_in_the_title() -> None:
    f = facts_text(
        "IP Australia led the working group; its convenor was Priya Nair, General Manager,\n"
        "Trade Policy and Engagement."
    )
    assert (
        "Priya Nair",
        "General Manager, Trade Policy and Engagement",
        "IP Australia",
    ) in roles(f)


def test_a_greeted_head_is_placed_where_the_reference_data_gives_that_title() -> None:
    f = facts_text(
        "Opening remarks by the Chief Executive of the Intellectual Property Office of "
        "Singapore\n\nDirector General Daren Tang,\nDistinguished guests,\n\nWelcome to this "
        "meeting of the World Intellectual Property Organization and its partners."
    )
    assert ("Daren Tang", "Director General", "World Intellectual Property Organization") in roles(
        f
    )


def test_named_the_new_head_and_party_secretary_of_a_body_is_one_joined_post_there() -> None:
    f = facts_text(
        "On 3 March 2015, Gao Minghui was named the new director and party secretary of "
        "the National Forestry Seed Centre at a staff meeting."
    )
    assert (
        "Gao Minghui",
        "director and party secretary",
        "National Forestry Seed Centre",
    ) in roles(f)


def test_the_new_post_holder_as_a_later_subject_is_the_one_person_given_that_post() -> None:
    f = facts_text(
        "Gao Minghui was named the new director of the National Forestry Seed Centre. "
        "Wu Bin, a deputy minister, chaired the meeting.\n\n"
        "The new director was president of Lanzhou Forestry University from 2010 and was "
        "president of Ningxia Agricultural University from 2001 to 2010."
    )
    assert ("Gao Minghui", "president", "Lanzhou Forestry University") in roles(f)
    assert ("Gao Minghui", "president", "Ningxia Agricultural University") in roles(f)


def test_the_new_post_holder_names_no_one_when_two_people_were_given_the_post() -> None:
    f = facts_text(
        "Gao Minghui was named director of the National Forestry Seed Centre and Wu Bin was "
        "named director of the Provincial Grain Office.\n\n"
        "The new director was president of Lanzhou Forestry University from 2010."
    )
    assert not {r for r in roles(f) if r[2] == "Lanzhou Forestry University"}


def test_a_former_holder_named_after_a_lower_case_title_held_it_at_the_body_told_before() -> None:
    f = facts_text(
        "Gao Minghui was named the new director of the National Forestry Seed Centre. "
        "Wu Bin read out the decision to relieve former director Zhao Lin of his post.\n\n"
        "The new director was president of Lanzhou Forestry University from 2010."
    )
    assert ("Zhao Lin", "director", "National Forestry Seed Centre") in roles(f)
    assert ("Gao Minghui", "president", "Lanzhou Forestry University") in roles(f)
    assert ("Zhao Lin", "president", "Lanzhou Forestry University") not in roles(f)


def test_an_opening_as_or_being_phrase_gives_its_post_to_the_subject_after_the_comma() -> None:
    f = facts_text(
        "Liu Wei was named director of the National Seed Centre. Being an academician of "
        "the Forestry Academy of Sciences, Liu pledged to raise standards. As President "
        "of the Forestry Society, he closed the meeting."
    )
    assert ("Liu Wei", "academician", "Forestry Academy of Sciences") in roles(f)
    assert ("Liu Wei", "President", "Forestry Society") in roles(f)


def test_an_opening_post_before_a_name_two_people_share_names_no_one() -> None:
    f = facts_text(
        "Liu Wei was named director of the Seed Centre. Liu Ping was named director of the "
        "Grain Office. As President of the Forestry Society, Liu closed the meeting."
    )
    assert not {r for r in roles(f) if r[2] == "Forestry Society"}


def test_posts_listed_after_held_roles_including_go_to_the_sentences_subject() -> None:
    f = facts_text(
        "Ms Lena Okafor previously held senior positions, including deputy registrar at the "
        "Companies Commission of Malaysia and head of compliance at Sunway Berhad."
    )
    got = roles(f)
    assert ("Lena Okafor", "deputy registrar", "Companies Commission of Malaysia") in got
    assert ("Lena Okafor", "head of compliance", "Sunway Berhad") in got


def test_a_pronoun_opening_the_list_goes_back_to_a_subject_described_by_a_who_clause() -> None:
    f = facts_text(
        "The board named Peter Alvarez as its new chair.\n\n"
        "Alvarez, who trained as an engineer in Manila, has wide experience. He previously held "
        "key roles, including director at the Bureau of Patents and adviser at the "
        "National Economic and Development Authority."
    )
    got = roles(f)
    assert ("Peter Alvarez", "director", "Bureau of Patents") in got
    assert ("Peter Alvarez", "adviser", "National Economic and Development Authority") in got


def test_talks_held_including_a_title_give_no_post() -> None:
    f = facts_text(
        "Mr Juan Reyes held talks, including director at the Bureau of Patents among the "
        "guests, on Monday."
    )
    assert not {t for p, t, _ in roles(f) if p == "Juan Reyes"}
