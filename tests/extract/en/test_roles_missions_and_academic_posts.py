"""Missions named with a state's full style, consulates general, envoys at the mission the text
names, bodies a pronoun or a sentence's opening gives a title, academic posts with a field,
and earlier names of a body (importers/en/orgs/phrases.py, orgs/chunks.py, orgs/countries.py,
roles/bare.py, roles/portfolio.py, roles/patterns.py, roles/scenes.py; the word lists
en_orgs.txt and en_titles.txt)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, roles


def _bare_roles(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_a_missions_name_runs_to_the_end_of_the_full_style_of_the_host_country() -> None:
    f = facts_text(
        "Staff of the Embassy of the Republic of Chile in the Socialist Republic of Viet Nam "
        "helped with the visit."
    )
    assert "Embassy of the Republic of Chile in the Socialist Republic of Viet Nam" in org_set(f)


def test_a_mission_in_a_city_still_ends_with_the_city() -> None:
    f = facts_text("The Embassy of Peru in Canberra and IP Australia hosted the talk.")
    assert "Embassy of Peru in Canberra" in org_set(f)


def test_a_consulate_general_is_one_body_with_its_country_and_posting() -> None:
    f = facts_text("Officers of the Consulate General of Italy in Guangzhou joined the tour.")
    assert "Consulate General of Italy in Guangzhou" in org_set(f)


def test_a_consulate_general_named_by_its_countrys_adjective_keeps_both_words_of_its_head() -> None:
    f = facts_text("A reception at the Italian Consulate General in Guangzhou closed the day.")
    assert "Consulate General of Italy in Guangzhou" in org_set(f)


def test_an_ambassador_holds_the_post_at_the_embassy_styled_royal_that_the_text_names() -> None:
    f = facts_text(
        "Also present was Mr Lars Holm, Ambassador of Denmark to Chile, for the Royal Danish "
        "Embassy in Santiago."
    )
    assert {(p, o) for p, _, o in roles(f)} == {("Lars Holm", "Royal Danish Embassy in Santiago")}


def test_a_consul_general_whose_consulate_is_never_named_keeps_the_posting_with_no_body() -> None:
    f = facts_text("Ms Rosa Ibarra, Consul General of Mexico in Toronto, opened the fair.")
    assert ("Rosa Ibarra", "Consul General of Mexico in Toronto") in _bare_roles(f)


def test_a_consul_general_serves_at_the_consulate_general_the_text_names() -> None:
    f = facts_text(
        "Ms Rosa Ibarra, Consul General of Mexico in Toronto, spoke for the Consulate General "
        "of Mexico in Toronto."
    )
    assert ("Rosa Ibarra", "Consul General", "Consulate General of Mexico in Toronto") in roles(f)


def test_a_head_of_mission_serves_at_the_embassy_named_after_the_title() -> None:
    f = facts_text(
        "Mr Omar Haddad, Deputy Head of Mission of the Embassy of Jordan in Austria, attended."
    )
    assert ("Omar Haddad", "Deputy Head of Mission", "Embassy of Jordan in Austria") in roles(f)
    assert not any(n.startswith("Mission of") for n in org_set(f))


def test_a_charge_d_affaires_of_an_embassy_serves_at_it() -> None:
    f = facts_text("Ms Eva Novak, Chargé d'affaires of the Embassy of Slovakia in Egypt, spoke.")
    assert ("Eva Novak", "Chargé d'affaires", "Embassy of Slovakia in Egypt") in roles(f)


def test_its_title_before_a_name_is_held_at_the_body_named_just_before_in_the_sentence() -> None:
    f = facts_text(
        "Last week a team of the Patent Office under the Ministry of Economy of the Republic "
        "of Belarus, led by its Director Pavel Kozlov, visited the Korean Intellectual Property "
        "Office (KIPO). Director Kozlov met KIPO officials."
    )
    ((person, title, org),) = {r for r in roles(f) if r[0] == "Pavel Kozlov"}
    assert (person, title) == ("Pavel Kozlov", "Director")
    assert org.startswith("Patent Office")


def test_an_academic_post_with_a_field_is_held_at_the_university_the_sentence_opens_at() -> None:
    f = facts_text(
        "At Tallinn University of Technology, the visitors met Dr Kadri Tamm, Pro-Vice-Chancellor "
        "for Innovation, and two spin-off founders."
    )
    assert (
        "Kadri Tamm",
        "Pro-Vice-Chancellor for Innovation",
        "Tallinn University of Technology",
    ) in roles(f)


def test_a_scene_is_not_used_when_another_body_is_named_before_the_person() -> None:
    f = facts_text(
        "At the Finnish Patent and Registration Office, the guests met Dr Kadri Tamm of the "
        "Estonian Patent Office, Vice-Rector, and others."
    )
    assert not any(o == "Finnish Patent and Registration Office" for _, _, o in roles(f))


def test_a_provost_of_a_university_holds_the_post_there() -> None:
    f = facts_text("Professor Ruth Adeyemi, Provost of the University of Lagos, signed it.")
    assert ("Ruth Adeyemi", "Provost", "University of Lagos") in roles(f)


def test_a_bodys_name_after_still_operated_as_is_its_earlier_name_not_a_second_body() -> None:
    f = facts_text(
        "The State Patent Bureau renewed the plan first agreed in 2015, when it still operated "
        "as the Patent Office of the Republic of Lithuania."
    )
    assert "Patent Office of the Republic of Lithuania" not in org_set(f)


def test_a_university_deputys_field_in_brackets_is_part_of_the_post() -> None:
    f = facts_text(
        "Professor Mark Ellis, Pro-Vice-Chancellor (Enterprise) at the University of Dundee, "
        "closed the session."
    )
    assert ("Mark Ellis", "Pro-Vice-Chancellor (Enterprise)", "University of Dundee") in roles(f)


def test_an_ambassador_extraordinary_and_plenipotentiary_is_an_envoy_of_the_full_title() -> None:
    f = facts_text(
        "Mr Jonas Petrauskas, Ambassador Extraordinary and Plenipotentiary of Lithuania to "
        "Japan, met the press."
    )
    title = "Ambassador Extraordinary and Plenipotentiary of Lithuania to Japan"
    assert ("Jonas Petrauskas", title) in _bare_roles(f)


def test_a_high_commissioner_serves_at_his_countrys_high_commission_the_text_names() -> None:
    f = facts_text(
        "Ms Grace Otieno, High Commissioner of Kenya to India, spoke, and the Kenyan High "
        "Commission in New Delhi hosted the dinner."
    )
    ((person, _, org),) = roles(f)
    assert person == "Grace Otieno"
    assert org.startswith("High Commission of Kenya")


def test_a_post_met_on_a_visit_is_held_at_the_body_visited() -> None:
    f = facts_text(
        "The EUIPO Executive Director then visited Ghent University, where she met Dr Lies "
        "Maes, Vice-Rector for Valorisation, and a team of researchers."
    )
    assert ("Lies Maes", "Vice-Rector for Valorisation", "Ghent University") in roles(f)


def test_a_person_who_comes_along_on_a_visit_is_no_official_of_the_body_visited() -> None:
    f = facts_text("The minister visited Ghent University with Dr Lies Maes, Vice-Rector.")
    assert not any(o == "Ghent University" for _, _, o in roles(f))


def test_a_staff_title_to_a_mission_abroad_is_held_at_that_mission() -> None:
    """ "the Counsellor to the X Mission": a diplomat's staff post "to" an embassy, mission or
    delegation is held there, as it is with "at" or "of"."""
    f = facts_text(
        "The roundtable was moderated by Mr Pieter de Vries, the Counsellor to the Permanent "
        "Mission of the Netherlands to the WTO, and closed by the chair.",
        "2021-03-02",
    )
    held = ("Pieter de Vries", "Counsellor", "Permanent Mission of the Netherlands to the WTO")
    assert held in roles(f)


def test_a_staff_title_to_a_high_commission_is_held_there() -> None:
    """A mission headed by two words ("High Commission") is a mission too."""
    f = facts_text(
        "The session was opened by Ms Aroha Ngata, the Counsellor to the New Zealand High "
        "Commission in Ottawa, on Monday.",
        "2021-03-02",
    )
    assert any(
        (p, t) == ("Aroha Ngata", "Counsellor") and o and "High Commission" in o
        for p, t, o in roles(f)
    )


def test_an_envoy_to_an_international_body_is_still_not_held_at_that_body() -> None:
    f = facts_text(
        "The Ambassador to the World Trade Organization, Ms Helga Brandt, spoke for Germany.",
        "2021-03-02",
    )
    assert not any(org == "World Trade Organization" for _p, _t, org in roles(f))


def test_a_field_officer_at_a_mission_holds_the_post_there() -> None:
    """An officer named by a field ("the Trade Officer at the X Delegation, Ms NAME,") holds a
    post of its own, as a Programme Officer does."""
    f = facts_text(
        "The Political Officer at the Embassy of Sweden in Nairobi, Mr Erik Lundgren, briefed "
        "the delegation.",
        "2021-03-02",
    )
    assert ("Erik Lundgren", "Political Officer", "Embassy of Sweden in Nairobi") in roles(f)
