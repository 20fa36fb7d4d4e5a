"""Posts written with a field, an envoy's posting or a peer's name, and bodies named with their
government (importers/en/roles/addressed.py, odd_names.py, careers.py, portfolio.py,
mentions.py; importers/en/orgs/units.py, gazetteer.py; importers/en/states.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def _bare_roles(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_a_one_word_field_in_brackets_after_a_title_is_part_of_the_post() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office has named Park Min-ho as Deputy Commissioner "
        "(Digital) from next week."
    )
    assert (
        "Park Min-ho",
        "Deputy Commissioner (Digital)",
        "Korean Intellectual Property Office",
    ) in roles(f)


def test_a_body_that_names_someone_as_a_title_gives_the_post_at_that_body() -> None:
    f = facts_text(
        "In other news, the Japan Patent Office has appointed Sato Kenji as Director of "
        "Examination Policy. The European Patent Office opened a new building."
    )
    assert ("Sato Kenji", "Director of Examination Policy", "Japan Patent Office") in roles(f)


def test_capitalised_words_between_a_title_and_an_addressed_name_are_the_posts_field() -> None:
    f = facts_text(
        "The delegation called at the Philippine Space Agency and heard from its Director, "
        "Satellite Operations, Ms Lorna Cruz, about launch plans."
    )
    assert "Satellite Operations" not in people_names(f)
    assert (
        "Lorna Cruz",
        "Director, Satellite Operations",
        "Philippine Space Agency",
    ) in roles(f)


def test_a_malay_royal_and_senior_honorific_chain_is_not_part_of_the_name() -> None:
    f = facts_text(
        "Later the envoy called on the Minister of Rural Development, Tunku Datuk Seri Utama "
        "Hamid Yusof, to discuss village broadband."
    )
    assert "Hamid Yusof" in people_names(f)
    assert ("Hamid Yusof", "Minister of Rural Development") in _bare_roles(f)


def test_an_envoy_posted_to_a_un_office_holds_the_whole_posting_as_the_title() -> None:
    f = facts_text(
        "Also present was the Permanent Representative of Ghana to the United Nations Office "
        "at Vienna, Ambassador Kofi Mensah, who spoke briefly."
    )
    assert (
        "Kofi Mensah",
        "Permanent Representative of Ghana to the United Nations Office at Vienna",
    ) in _bare_roles(f)
    # named only as where the envoy is posted, the office is no body of the text
    # (roles/posted_bodies.py), cut or whole
    assert "United Nations Office" not in org_set(f)
    assert "United Nations Office at Vienna" not in org_set(f)


def test_a_peer_named_in_brackets_after_a_title_and_department_holds_the_title_there() -> None:
    f = facts_text(
        "Trade Policy\n\n"
        "The Minister of State, Department for Business and Trade "
        "(Baroness Hollins of Kendal)\n\n"
        "My Lords, exports rose again this quarter.\n"
    )
    assert (
        "Baroness Hollins of Kendal",
        "Minister of State",
        "Department for Business and Trade",
    ) in roles(f)


def test_a_department_named_with_its_regional_government_is_the_body_not_the_government() -> None:
    f = facts_text(
        "The agreement was signed by the Trade and Industry Department (TID) of the Macao "
        "Special Administrative Region Government and a Portuguese agency."
    )
    names = org_set(f)
    assert "Trade and Industry Department" in names
    assert "Administrative Region Government" not in names


def test_a_sentence_opening_with_a_pronoun_gives_the_post_to_the_person_named_last() -> None:
    f = facts_text(
        "The Swiss Federal Institute of Intellectual Property has hired Anna Keller as Chief "
        "Economist. She was Deputy Head of the Austrian Patent Office until last year.\n"
    )
    assert ("Anna Keller", "Deputy Head", "Austrian Patent Office") in roles(f)


def test_the_latest_post_at_a_body_is_held_there_and_its_department_is_a_unit() -> None:
    f = facts_text(
        "Lena Holm has joined the Norwegian Industrial Property Office as Head of Trade Marks. "
        "She worked for a decade at the European Union Intellectual Property Office, most "
        "recently as an Examiner in the Department for Customer Operations.\n"
    )
    assert ("Lena Holm", "Examiner", "European Union Intellectual Property Office") in roles(f)
    assert "Department for Customer Operations" not in org_set(f)


def test_a_person_who_stays_on_as_a_title_holds_it_at_the_body_the_paragraph_named() -> None:
    f = facts_text(
        "Maria Lopez became Director General of the Mexican Institute of Industrial Property "
        "last week. Pedro Ruiz, who kept the institute running in the meantime, remains as "
        "Deputy Director General.\n"
    )
    assert (
        "Pedro Ruiz",
        "Deputy Director General",
        "Mexican Institute of Industrial Property",
    ) in roles(f)


def test_a_name_set_off_by_commas_after_a_units_field_holds_the_title_not_the_field() -> None:
    f = facts_text(
        "At the African Regional Intellectual Property Organization, the Director for the "
        "Technical and Legal Support Sector, Amina Dlamini, and the Japan Patent Office's "
        "Director of Policy, Kenji Mori, opened the course. The Commissioner of Patents, "
        "Plant Varieties, and Designs, Rosa Vidal, closed it."
    )
    got = roles(f)
    title = "Director for the Technical and Legal Support Sector"
    assert ("Amina Dlamini", title, "African Regional Intellectual Property Organization") in got
    assert "Amina Dlamini" in people_names(f)
    assert any(p == "Rosa Vidal" for p, _ in _bare_roles(f)) or any(
        p == "Rosa Vidal" and t == "Commissioner of Patents, Plant Varieties, and Designs"
        for p, t, _ in got
    )
