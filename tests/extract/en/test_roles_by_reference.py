"""Roles whose organisation the text gives indirectly: by "its" or "our", by an internal
unit of a body named before, by the portfolio before "Minister", and names that run long
or start with an academic style. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_its_title_is_held_at_the_body_named_before_it() -> None:
    f = facts_text(
        "The Danube Patent Office hosted the Lakeside Trademark Agency (LTA) on Monday. "
        "The accord with the LTA, signed with its Director General, Ms. Ilse Marwood, "
        "covers examiner training."
    )
    assert ("Ilse Marwood", "Director General", "Lakeside Trademark Agency") in roles(f)


def test_our_title_after_a_name_is_held_at_the_publishing_office() -> None:
    f = facts_text(
        "Northland Patent Office annual review\n\n"
        "This year the Northland Patent Office (NPO) worked with many partners. "
        'Oskar Brandt, our Chief Executive Officer, said: "It was a busy year."'
    )
    assert ("Oskar Brandt", "Chief Executive Officer", "Northland Patent Office") in roles(f)


def test_a_title_followed_by_and_belongs_to_no_one_after_it() -> None:
    f = facts_text(
        "Our Chief Executive Officer and Mira Kovac, Director General of the Eastland "
        "Patent Office, signed a Memorandum of Understanding on search tools."
    )
    titles = {t for p, t, _ in roles(f) if p == "Mira Kovac"}
    assert titles == {"Director General"}


def test_a_unit_named_by_its_function_is_part_of_the_body_named_before() -> None:
    f = facts_text(
        "From the Westland Intellectual Property Administration we welcome Ms Lin Haiyan, "
        "Director-General of the International Cooperation Department."
    )
    assert (
        "Lin Haiyan",
        "Director-General of the International Cooperation Department",
        "Westland Intellectual Property Administration",
    ) in roles(f)
    assert not any(o.name == "International Cooperation Department" for o in f.orgs)


def test_a_portfolio_before_minister_names_the_ministry_the_text_mentions() -> None:
    f = facts_text(
        "The signing was witnessed by Fisheries and Coastal Affairs Minister Datuk Rahim "
        "Osman Karim. Rahim said the Ministry of Fisheries and Coastal Affairs supports "
        "the office."
    )
    assert (
        "Rahim Osman Karim",
        "Minister",
        "Ministry of Fisheries and Coastal Affairs",
    ) in roles(f)


def test_a_lower_case_title_keeps_its_bracketed_qualifier() -> None:
    f = facts_text(
        "The MoU was signed by MyIPO deputy director-general (policy) Dato' Aminah Salleh "
        "Rashid and the Vietnamese delegation."
    )
    assert any(
        p == "Aminah Salleh Rashid" and t == "deputy director-general (policy)"
        for p, t, _ in roles(f)
    )


def test_a_long_name_after_a_form_of_address_is_kept_whole() -> None:
    f = facts_text(
        "The agreement was signed by Mr Pedro Augusto Ferreira Lima Costa, President of the "
        "National Industrial Property Board."
    )
    assert "Pedro Augusto Ferreira Lima Costa" in people_names(f)


def test_professor_after_a_title_is_neither_the_name_nor_part_of_it() -> None:
    f = facts_text(
        "It was signed by the Coastal Science Academy (CSA) and witnessed by CSA Vice "
        "President Professor Tran Minh Thu Ha."
    )
    assert "Tran Minh Thu Ha" in people_names(f)
    assert ("Tran Minh Thu Ha", "Vice President", "Coastal Science Academy") in roles(f)


def test_a_portfolio_does_not_run_on_into_the_next_line() -> None:
    f = facts_text(
        "JOINT STATEMENT OF MINISTERS\n\n"
        "For the Government of Norland\nHon Kari Vesti, Minister for Industry and Trade\n\n"
        "For the Government of Sudland\nMr Paulo Reis, Minister of Economy\n"
    )
    titles = {t for r in f.roles for t in [r.title]}
    assert "Minister for Industry and Trade" in titles
    assert not any(t.endswith("For") for t in titles)


def test_took_over_as_a_lower_case_title_of_a_body_and_the_predecessor() -> None:
    f = facts_text(
        "Marta Lindqvist took over as executive director of the Nordic Design Office in May "
        "2024, succeeding Henrik Aalto, who had led it since 2016."
    )
    assert ("Marta Lindqvist", "executive director", "Nordic Design Office") in roles(f)
    assert ("Henrik Aalto", "executive director", "Nordic Design Office") in roles(f)


def test_a_body_under_its_former_name_and_a_given_name_later() -> None:
    f = facts_text(
        "The Western Trademark Agency (WTA) later became the Western Brands Office (WBO). "
        "In 2012, when Rui Tavares Almeida was president of what was then the WTA, he signed "
        "a memorandum with Japan. Rui is now president of the Coastal Patent Office."
    )
    got = {(p, t, o) for p, t, o in roles(f) if p == "Rui Tavares Almeida"}
    assert ("Rui Tavares Almeida", "president", "Coastal Patent Office") in got
    assert any(o in ("Western Trademark Agency", "Western Brands Office") for _, _, o in got)


def test_a_lower_case_title_after_was_needs_its_body() -> None:
    f = facts_text("Ana Lopes Duarte was president for a while, then she retired.")
    assert roles(f) == set()


def test_an_ambassador_serves_at_the_embassy_of_his_country_the_text_names() -> None:
    f = facts_text(
        "The ceremony was witnessed by Mr Tomas Rivera Soto, Ambassador of Chile to Norland, "
        "and officials from the Embassy of Chile in Norland."
    )
    assert ("Tomas Rivera Soto", "Ambassador", "Embassy of Chile in Norland") in roles(f)


def test_an_ambassador_without_a_named_mission_keeps_no_organisation() -> None:
    f = facts_text("Chile's Ambassador to Norland, Tomas Rivera Soto, attended the signing.")
    assert not any(p == "Tomas Rivera Soto" for p, _, _ in roles(f))


def test_a_permanent_representative_is_held_at_the_mission() -> None:
    f = facts_text(
        "It was witnessed by Ms. Leila Haddad, Ambassador and Permanent Representative of "
        "the Permanent Mission of Tunisia to the United Nations Office at Geneva."
    )
    held = {t for p, t, o in roles(f) if p == "Leila Haddad" and o.startswith("Permanent Mission")}
    assert held == {"Ambassador", "Permanent Representative"}  # two titles, two roles


def test_a_word_and_a_country_before_a_title_name_a_national_body() -> None:
    f = facts_text(
        "An agreement between Metrology Norway and the Baltic Standards Board was signed by "
        "Metrology Norway Chief Executive Ingrid Solberg."
    )
    assert ("Ingrid Solberg", "Chief Executive", "Metrology Norway") in roles(f)


def test_a_body_called_a_ministers_own_department_is_where_the_minister_serves() -> None:
    f = facts_text(
        "Minister for Trade and Ports Lena Hart visited Oslo. She signed a memorandum "
        "between the Department of Trade, Ports and Logistics, Minister Hart's department, "
        "and the Norwegian Maritime Directorate."
    )
    assert (
        "Lena Hart",
        "Minister for Trade and Ports",
        "Department of Trade, Ports and Logistics",
    ) in roles(f)


def test_a_lower_case_function_at_a_company_after_a_name() -> None:
    f = facts_text(
        '"Numbers matter," said Omar Farouk, head of patent analytics at Brightline in Cairo.'
    )
    assert ("Omar Farouk", "head of patent analytics", "Brightline") in roles(f)


def test_the_leader_of_a_bodys_delegation_holds_a_role_there() -> None:
    f = facts_text(
        "The meeting was attended by a Nordic Design Office (NDO) delegation led by Deputy "
        "Director Sara Holm."
    )
    assert ("Sara Holm", "Deputy Director", "Nordic Design Office") in roles(f)


def test_an_envoys_title_with_sender_and_posting_is_a_role_without_a_body() -> None:
    f = facts_text(
        "The guests included His Excellency Arjun Mehta Rao, Ambassador of the Republic of "
        "India to Chile, and other diplomats."
    )
    people = {p.key: p.name for p in f.people}
    got = {(people[r.person], r.title, r.org) for r in f.roles}
    assert ("Arjun Mehta Rao", "Ambassador of the Republic of India to Chile", None) in got


def test_a_country_adjective_before_a_lower_case_title_names_no_body() -> None:
    f = facts_text(
        "Minister Ali witnessed the signing alongside the South Korean ambassador Kim Min-jun."
    )
    assert not any("Korean" in n for o in f.orgs for n in (o.name, *o.aliases))
