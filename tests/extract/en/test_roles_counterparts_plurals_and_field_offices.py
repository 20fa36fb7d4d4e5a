"""Roles that a title gives more than one person or gives through a related phrase: plural
titles, counterparts, titles after a dash, titles naming their office's field, units "in" a
body, a form of address between a title and its holder, ministers whose country the title
names, and presidents at a summit."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_plural_title_gives_each_named_head_the_post_at_his_body() -> None:
    f = facts_text(
        "In Vienna the Presidents of the Nordic Patent Institute Mr. K. Lindqvist and the "
        "Austrian Patent Office (APO) Mr. T. Brenner discussed training."
    )
    got = roles(f)
    assert ("K. Lindqvist", "President", "Nordic Patent Institute") in got
    assert ("T. Brenner", "President", "Austrian Patent Office") in got


def test_a_counterpart_holds_the_post_of_the_person_named_before_him() -> None:
    f = facts_text(
        "The Director General of the Benelux Office for Intellectual Property (BOIP), "
        "Ms. Hanne Vos, and her counterpart from the Nordic Patent Institute (NPI), "
        "Mr. Olav T. Berg, agreed a plan on 4 June 2021."
    )
    assert ("Olav T. Berg", "Director General", "Nordic Patent Institute") in roles(f)


def test_a_title_after_a_dash_is_held_at_the_body_it_names() -> None:
    f = facts_text(
        "The ceremony took place in the presence of Ambassador Karim bin Saad Al Harthy - "
        "Permanent Representative of the GCC in Geneva."
    )
    got = {(p, t) for p, t, _ in roles(f)}
    assert ("Karim bin Saad Al Harthy", "Permanent Representative") in got


def test_a_director_of_a_field_heads_the_department_named_by_that_field() -> None:
    f = facts_text(
        "The Fisheries Department renewed its partnership with Sea Grant Australia.\n\n"
        'Director of Fisheries Helen Park said: "This is a good day for our fleet."'
    )
    assert ("Helen Park", "Director of Fisheries", "Fisheries Department") in roles(f)


def test_a_unit_in_a_named_body_stays_in_the_title_at_that_body() -> None:
    f = facts_text(
        "Min-ho Cha, Director General of the Trademark Examination Bureau in KIPO, spoke "
        "first. The Office of Ruritania sent Eng. Sami bin Omar Al-Nasser, Director of the "
        "Filing and Records Department in the Office."
    )
    got = roles(f)
    bureau = "Director General of the Trademark Examination Bureau"
    assert any(p == "Min-ho Cha" and t == bureau for p, t, _ in got)
    assert not any(o == "Trademark Examination Bureau" for _, _, o in got)


def test_an_academic_form_of_address_between_a_title_and_the_name_is_no_post() -> None:
    f = facts_text(
        "An EPO team led by the EPO Vice-President Professor, Dr. Ingrid HALVORSEN, "
        "arrived in Riga for two days of talks."
    )
    got = {(p, t) for p, t, _ in roles(f)}
    assert ("Ingrid HALVORSEN", "Vice-President") in got
    assert not any(t == "Professor" for _, t in got)


def test_a_minister_of_a_named_country_heads_that_countrys_ministry() -> None:
    f = facts_text(
        "Agreement between the Ministry of Health and Welfare, Norway and Chile\n\n"
        "On 3 March 2019, Ms. Ingrid Moe, the Minister of Health and Welfare of Norway, met "
        "officials of the Ministry of Health and Welfare of Norway in Oslo."
    )
    got = roles(f)
    assert any(p == "Ingrid Moe" and "Norway" in o for p, _, o in got)


def test_a_president_whose_sentence_tells_of_a_summit_is_no_officials_of_the_office() -> None:
    f = facts_text(
        "The Danish Patent and Trademark Office (DKPTO) signed the plan in May. It follows "
        "President Lena Brandt's visit to Oslo for a summit meeting in March."
    )
    assert not any(p == "Lena Brandt" for p, _, _ in roles(f))


def test_a_plural_title_before_two_names_gives_each_the_post_at_his_own_body() -> None:
    f = facts_text(
        "Presidents Ms. Ilse Marr of the Nordic Patent Institute and Mr. Tobias Brenner of "
        "the Austrian Patent Office opened the exhibition on 2 May 2022."
    )
    got = roles(f)
    assert ("Ilse Marr", "Presidents", "Nordic Patent Institute") in got
    assert ("Tobias Brenner", "Presidents", "Austrian Patent Office") in got


def test_an_acting_minister_named_after_a_listed_portfolio_holds_that_post() -> None:
    f = facts_text(
        "The ceremony was attended by her colleague, acting Minister of Energy, Mines and "
        "Water, Ruth Nakato Okot."
    )
    got = {(p.name, r.title) for r in f.roles for p in f.people if p.key == r.person}
    assert ("Ruth Nakato Okot", "acting Minister of Energy, Mines and Water") in got
