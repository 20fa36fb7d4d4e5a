"""Envoys of any rank with their posting, royal styles and patronymics, states named in their
long form after a head of government's title, posts that name their own office, programmes
that are no people, and teaser lines (importers/en/output.py, roles/portfolio.py,
roles/own_office.py, roles/model.py; the word lists en_titles.txt, en_people.txt,
en_rules.txt, en_roles.txt, en_chrome.txt)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def _bare_roles(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def _forms(f: DocumentFacts, name: str) -> set[str]:
    p = next(p for p in f.people if p.name == name)
    return {p.name, *p.aliases}


def test_a_high_commissioner_with_the_country_of_posting_is_a_role_with_no_body() -> None:
    f = facts_text(
        "Looking on was the Canadian High Commissioner to Ghana, Ms Laura Whitfield, who "
        "welcomed the plan."
    )
    assert ("Laura Whitfield", "High Commissioner to Ghana") in _bare_roles(f)


def test_a_deputy_high_commissioner_of_a_named_sender_keeps_the_posting_in_the_title() -> None:
    f = facts_text(
        "The Deputy High Commissioner of Kenya to Uganda, Mr Peter Mwangi, spoke at the close."
    )
    assert ("Peter Mwangi", "Deputy High Commissioner of Kenya to Uganda") in _bare_roles(f)


def test_an_honour_written_after_a_name_is_not_part_of_it() -> None:
    f = facts_text(
        "The Chair of the Board, Mr Daniel Hart OAM, thanked the Commissioner of Patents, "
        "Dr Ruth Cole CMG, for her support."
    )
    assert {"Daniel Hart", "Ruth Cole"} <= people_names(f)


def test_a_daughters_patronymic_and_a_royal_style_keep_the_whole_name() -> None:
    f = facts_text(
        "Jordan's Ambassador to Japan, Her Royal Highness Princess Lina bint Faisal Al Hashem, "
        "opened the exhibition."
    )
    assert ("Lina bint Faisal Al Hashem", "Ambassador to Japan") in _bare_roles(f)
    assert "Princess Lina bint Faisal Al Hashem" in _forms(f, "Lina bint Faisal Al Hashem")


def test_a_head_of_government_of_a_state_named_in_its_long_form_holds_no_ministry() -> None:
    f = facts_text(
        "Mr Somsak Prasert, Deputy Prime Minister of the Kingdom of Thailand, opened the forum."
    )
    assert ("Somsak Prasert", "Deputy Prime Minister of the Kingdom of Thailand") in _bare_roles(f)
    assert not any(n.startswith("Ministry of the Kingdom") for n in org_set(f))


def test_a_crown_prince_who_also_leads_the_government_holds_both_titles() -> None:
    f = facts_text(
        "His Royal Highness Prince Khalid bin Hamad Al Nasser, Crown Prince and Prime Minister "
        "of the Kingdom of Bahrain, received the delegation."
    )
    assert {t for p, t in _bare_roles(f) if p == "Khalid bin Hamad Al Nasser"} == {
        "Crown Prince",
        "Prime Minister of the Kingdom of Bahrain",
    }


def test_a_ministers_portfolio_before_a_kingdom_names_the_ministry_of_that_country() -> None:
    f = facts_text("Mr Faisal Omar, Minister of Commerce of the Kingdom of Morocco, also spoke.")
    ((person, title, org),) = roles(f)
    assert (person, title) == ("Faisal Omar", "Minister of Commerce")
    assert "Kingdom" not in org and "Morocco" in org


def test_a_post_that_names_its_own_office_is_held_at_that_office_not_at_its_department() -> None:
    f = facts_text(
        "The Department of Trade and Industry (DTI) signed the plan. The Office of the Registrar "
        "of Trade Marks (ORTM), which works under the DTI, will carry it out. Ms Grace Banda, "
        "Registrar of Trade Marks, will report on progress."
    )
    office = "Office of the Registrar of Trade Marks"
    assert ("Grace Banda", "Registrar of Trade Marks", office) in roles(f)


def test_a_programme_between_offices_named_before_a_comma_is_no_person() -> None:
    f = facts_text("Under a Mutual Partnership, the partner office may reuse search reports.")
    assert not people_names(f)


def test_a_related_line_with_its_headline_at_the_end_of_a_page_is_furniture() -> None:
    f = facts_text(
        "The Nordic Patent Institute (NPI) met the press on Monday.\n\n"
        "Related: The Visegrad Patent Institute opens a new office in Prague"
    )
    assert "Visegrad Patent Institute" not in org_set(f)
    assert "Nordic Patent Institute" in org_set(f)


def test_a_ministers_country_of_three_words_after_the_portfolio_is_the_ministrys_country() -> None:
    f = facts_text(
        "Mr Rashid Al Mansoori, Minister of Economy of the United Arab Emirates, spoke next."
    )
    ((person, title, org),) = roles(f)
    assert (person, title) == ("Rashid Al Mansoori", "Minister of Economy")
    assert org.startswith("Ministry of Economy") and "Emirates" in org


def test_a_name_with_a_chain_of_fathers_names_after_a_title_is_read_whole() -> None:
    f = facts_text(
        "The Minister of Industry, Hamad bin Khalid bin Hamad Al Suwaidi, opened the session."
    )
    assert "Hamad bin Khalid bin Hamad Al Suwaidi" in people_names(f)


def test_a_superintendent_holds_the_post_at_the_superintendence_of_the_same_name() -> None:
    f = facts_text(
        "The Nordic Patent Institute (NPI) hosted a seminar in Oslo on Monday. The NPI had "
        "invited the Superintendence of Public Registries of Chile to present its digital "
        "archive. The Superintendent of Public Registries, Lucía Ferrandis Olmo, described how "
        "the archive was built."
    )
    assert (
        "Lucía Ferrandis Olmo",
        "Superintendent of Public Registries",
        "Superintendence of Public Registries of Chile",
    ) in roles(f)


def test_a_director_holds_the_post_at_the_directorate_named_after_it_not_at_the_host() -> None:
    f = facts_text(
        "The Nordic Patent Institute (NPI) trained twelve examiners this spring. The NPI course "
        "was followed by staff of the Directorate of Patents and Designs of Ghana. The "
        "Director of Patents and Designs, Mr Tomas Vell, thanked the NPI for its teachers."
    )
    ((person, title, org),) = roles(f)
    assert (person, title) == ("Tomas Vell", "Director of Patents and Designs")
    assert org.startswith("Directorate of Patents and Designs")


def test_a_bare_deputy_superintendent_serves_the_superintendence_the_text_is_about() -> None:
    f = facts_text(
        "The Superintendence of Industry of Ruritania welcomed examiners from the Nordic Patent "
        "Institute. The Deputy Superintendent for Trademarks, Marta Oyarzún Vidal, led the "
        "study visit."
    )
    ((person, title, org),) = roles(f)
    assert (person, title) == ("Marta Oyarzún Vidal", "Deputy Superintendent for Trademarks")
    assert org.startswith("Superintendence of Industry")
