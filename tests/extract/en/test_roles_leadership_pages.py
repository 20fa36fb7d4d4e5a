"""Leadership pages, signature blocks and parliamentary answers (importers/en/roles/
stacked.py and the rules beside it): a name over its title, a biography under them, a
board of the body in a member's title, a minister named in brackets after the title."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles

_TEAM_PAGE = """Meet the people who run the Patent Office of Freedonia

The Patent Office of Freedonia is an agency of the Ministry of Commerce.

Board of management

Marta Kowalczyk
Chief Financial Officer
Marta looks after our budget.
Before she came to us she was Head of Accounts at the National Audit Authority.

Prof Liam Byrne
Director of Examination Services
Liam runs examination.
He came from the Ministry of Commerce, where he was Deputy Director (Trade Marks).

Members: Nora Quist, Chair of the Remuneration Committee, and Ivo Tamm,
Non-Executive Director and Chair of the Finance and Audit Committee.
"""

_HOME = "Patent Office of Freedonia"


def test_a_name_line_over_a_title_line_is_a_person_with_that_post_at_the_page_s_body() -> None:
    f = facts_text(_TEAM_PAGE)
    assert {"Marta Kowalczyk", "Liam Byrne"} <= people_names(f)
    assert ("Marta Kowalczyk", "Chief Financial Officer", _HOME) in roles(f)
    assert ("Liam Byrne", "Director of Examination Services", _HOME) in roles(f)


def test_earlier_posts_in_a_biography_belong_to_the_person_above_it() -> None:
    f = facts_text(_TEAM_PAGE)
    assert ("Marta Kowalczyk", "Head of Accounts", "National Audit Authority") in roles(f)
    assert ("Liam Byrne", "Deputy Director (Trade Marks)", "Ministry of Commerce") in roles(f)


def test_a_board_named_by_its_function_is_part_of_the_body_and_stays_in_the_title() -> None:
    f = facts_text(_TEAM_PAGE)
    assert ("Nora Quist", "Chair of the Remuneration Committee", _HOME) in roles(f)
    assert ("Ivo Tamm", "Non-Executive Director", _HOME) in roles(f)
    assert ("Ivo Tamm", "Chair of the Finance and Audit Committee", _HOME) in roles(f)
    assert not {"Remuneration Committee", "Finance and Audit Committee"} & org_set(f)


def test_the_form_of_address_on_the_name_line_is_kept_as_a_name_of_the_person() -> None:
    f = facts_text(_TEAM_PAGE)
    liam = next(p for p in f.people if p.name == "Liam Byrne")
    assert "Prof Liam Byrne" in liam.aliases


def test_a_signature_block_gives_each_signatory_the_body_it_signs_for() -> None:
    f = facts_text(
        "MEMORANDUM OF COOPERATION\n\n"
        "The Ruritanian Patent Office and the Intellectual Property Agency of Osterlich met "
        "in Strelsau, where the Osterlich delegation was received by President Karl Brandt "
        "and Director General Hana Vesely.\n\n"
        "Signed at Strelsau on 3 May 2024.\n\n"
        "For the Ruritanian Patent Office\nKarl Brandt\nPresident\n\n"
        "For the Intellectual Property Agency of Osterlich\nHana Vesely\nDirector General\n\n"
        "Witnessed by\nPetr Dvorak\nDeputy Minister of Justice, Ministry of Justice of Osterlich\n"
    )
    assert ("Hana Vesely", "Director General", "Intellectual Property Agency of Osterlich") in (
        roles(f)
    )
    assert ("Karl Brandt", "President", "Ruritanian Patent Office") in roles(f)
    assert not any(p == "Hana Vesely" and o == "Ruritanian Patent Office" for p, _, o in roles(f))
    assert any(p == "Petr Dvorak" and o.startswith("Ministry of Justice") for p, _, o in roles(f))


def test_a_minister_named_in_brackets_after_the_title_as_parliaments_print_answers() -> None:
    f = facts_text(
        "Mr Ravi Menon asked the Minister for Trade whether the agency will publish its "
        "agreements.\n\nThe Senior Minister of State for Trade (Dr Lim Boon Keng): The Ministry "
        "of Trade does not publish the texts of such arrangements."
    )
    assert "Lim Boon Keng" in people_names(f)
    assert ("Lim Boon Keng", "Senior Minister of State for Trade", "Ministry of Trade") in roles(f)


def test_a_minister_of_state_heads_the_department_whose_portfolio_his_shares() -> None:
    f = facts_text(
        "The Design Registry is an agency of the Department for Culture, Heritage and Media. "
        "Its minister is Lady Okoro, Minister of State for Culture, Sport and Heritage."
    )
    assert (
        "Lady Okoro",
        "Minister of State for Culture, Sport and Heritage",
        "Department for Culture, Heritage and Media",
    ) in roles(f)


def test_a_bare_director_general_heads_the_directorate_general_the_paragraph_names() -> None:
    f = facts_text(
        "The Office of Patents of Atlantis announced that it agreed a work plan with "
        "Lemuria's Directorate General of Intellectual Property, signed by Ms Torres "
        "and Director General Budi Santoso in May. The Office of Patents of Atlantis will "
        "report on it."
    )
    assert (
        "Budi Santoso",
        "Director General",
        "Directorate General of Intellectual Property",
    ) in roles(f)


def test_a_title_in_a_speakers_list_is_not_an_organisation() -> None:
    f = facts_text(
        "Speakers: Ana Lima, Director, Madrid Registry, World Intellectual Property "
        "Organization (WIPO); Tom Berg, Head, Examination Division, Nordic Patent Institute."
    )
    assert "Director" not in org_set(f)


def test_a_registry_of_the_crown_is_a_body_not_a_person() -> None:
    f = facts_text(
        "Before joining the office in 2021 she worked as Head of Data at HM Land Registry "
        "for six years."
    )
    assert "HM Land Registry" in org_set(f)
    assert "Land Registry" not in people_names(f)


_SPACED_ATTENDEES = """Annual meeting of the heads of office

Participants

Ms. Hanna KORHONEN

Director General of the Finnish Patent and Registration Office (PRH)

Mr. OKAFOR Chidi,

Registrar of the Nigerian Trademarks Registry (NTR)

Closing remarks followed.
"""


def test_an_attendee_list_with_a_blank_line_after_each_line_pairs_name_and_title() -> None:
    facts = facts_text(_SPACED_ATTENDEES)
    assert {"Hanna KORHONEN", "OKAFOR Chidi"} <= people_names(facts)
    got = roles(facts)
    assert ("Hanna KORHONEN", "Director General", "Finnish Patent and Registration Office") in got
    assert ("OKAFOR Chidi", "Registrar", "Nigerian Trademarks Registry") in got


def test_a_bare_name_over_a_blank_line_is_no_holder_of_the_next_line_s_title() -> None:
    facts = facts_text(
        "Thanks to our host\n\nPeter Holm\n\nDirector General Anna Berg opened the session."
    )
    assert not any(p == "Peter Holm" and t == "Director General" for p, t, _ in roles(facts))
