"""An office's directory table of posts and their holders, the news box under it told in
full, signatories listed in one cell each with a bracketed title and body, and "the
Committee's Chair". Documents written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

DIRECTORY = (
    "date: 2024-09-02\n\n"
    "Home > About > Our Officers\n\n"
    "EASTLAND TRADEMARK REGISTRY (ETR)\n"
    "A statutory body under the Eastland Ministry of Enterprise\n\n"
    "OUR OFFICERS\n\n"
    "| Position | Name | Phone |\n"
    "|---|---|---|\n"
    "| Registrar | Dr Marta Oyelaran | 2101 |\n"
    "| Deputy Registrar (Examination) | En. Harun Basri | 2102 |\n"
    "| Director, Opposition and Appeals Division | Pn. Salmah Idris | 2110 |\n"
    "| Director, Legal Affairs Division | Vacant | 2120 |\n"
    "| Head, Eastland Brand Institute | Mr Colin Ferreira | 2130 |\n\n"
    "The Eastland Brand Institute trains agents for the ETR.\n"
)


def test_each_row_of_a_directory_table_gives_its_holder_the_post_at_the_page_body() -> None:
    got = roles(facts_text(DIRECTORY, "2024-09-02"))
    body = "EASTLAND TRADEMARK REGISTRY"
    assert ("Marta Oyelaran", "Registrar", body) in got
    assert ("Harun Basri", "Deputy Registrar (Examination)", body) in got
    assert ("Salmah Idris", "Director, Opposition and Appeals Division", body) in got


def test_a_directory_post_naming_a_body_after_its_comma_is_held_there() -> None:
    got = roles(facts_text(DIRECTORY, "2024-09-02"))
    assert ("Colin Ferreira", "Head", "Eastland Brand Institute") in got


def test_a_vacant_post_and_a_divisions_field_name_nobody() -> None:
    names = people_names(facts_text(DIRECTORY, "2024-09-02"))
    assert not {"Vacant", "Opposition", "Legal Affairs"} & names
    assert not [n for n in names if "Division" in n or "Appeals" in n]


NEWS_BOX = (
    "date: 2024-11-20\n\n"
    "WESTLAND DESIGN OFFICE (WDO)\n"
    "Contact directory | Services | Careers\n\n"
    "LATEST NEWS\n\n"
    "WDO and the Southland Patent Bureau sign a memorandum\n"
    "12 November 2024 | Port Amber\n\n"
    "The Westland Design Office and the Southland Patent Bureau (SPB) signed a memorandum of "
    "understanding on design examination in Port Amber on 12 November 2024. The memorandum "
    "was signed by Ms Irene Castellan, Director General of the WDO, and Mr Tobias Wren, "
    "President of the SPB. The two offices will swap examiners for short stays next year. "
    "They will also share their classification tools with each other.\n"
)


def test_a_news_box_whose_items_are_told_in_full_is_read_as_text() -> None:
    got = roles(facts_text(NEWS_BOX, "2024-11-20"))
    assert ("Tobias Wren", "President", "Southland Patent Bureau") in got
    assert ("Irene Castellan", "Director General", "Westland Design Office") in got


def test_a_latest_news_list_of_headlines_stays_page_furniture() -> None:
    teaser = (
        "The Westland Design Office opened a new branch in Port Amber on Monday.\n\n"
        "Latest news\n\n"
        "Southland Patent Bureau names Ms Nora Vell as its President\n"
        "Northland office cuts its fees\n"
    )
    assert "Nora Vell" not in people_names(facts_text(teaser, "2024-11-20"))


ANNEX = (
    "date: 2024-03-15\n\n"
    "Northland Assembly\n"
    "Trade and Industry Committee\n\n"
    "Annex A: memoranda of the Northland Patent Office\n\n"
    "The Northland Patent Office (NPO) supplied the table below to the Committee.\n\n"
    "| # | Partner office | Instrument | Date signed | Signatories | Status |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | Eastland Trademark Registry (ETR) | MoU on examiner exchanges | 9 May 2018 "
    "| Olga Brandt (Director General, NPO); Pavel Ostrov (Registrar, ETR) | Expired |\n"
    "| 2 | Southland Patent Bureau (SPB) | MoU on data sharing | 21 June 2022 "
    "| Olga Brandt; Kemal Aydin (President) | In force |\n\n"
    "The Committee's Chair, Ruth Calloway, asked for an update by June.\n"
)


def test_each_bracketed_signatory_in_a_cell_holds_the_title_at_the_body_it_names() -> None:
    got = roles(facts_text(ANNEX, "2024-03-15"))
    assert ("Olga Brandt", "Director General", "Northland Patent Office") in got
    assert ("Pavel Ostrov", "Registrar", "Eastland Trademark Registry") in got


def test_a_bracket_with_a_title_alone_is_a_role_at_the_rows_partner() -> None:
    got = roles(facts_text(ANNEX, "2024-03-15"))
    assert ("Kemal Aydin", "President", "Southland Patent Bureau") in got


def test_the_names_in_a_signatories_cell_sign_the_rows_instrument() -> None:
    f = facts_text(ANNEX, "2024-03-15")
    people = {p.key: p.name for p in f.people}
    signed = {a.title: {people[k] for k in a.signatories} for a in f.agreements}
    assert signed["MoU on examiner exchanges"] == {"Olga Brandt", "Pavel Ostrov"}
    assert signed["MoU on data sharing"] == {"Olga Brandt", "Kemal Aydin"}


def test_the_committees_chair_is_chair_of_the_one_committee_named() -> None:
    got = roles(facts_text(ANNEX, "2024-03-15"))
    assert ("Ruth Calloway", "Chair", "Trade and Industry Committee") in got
