"""Roles (importers/en/roles/): delegation lists, sentences that place themselves at a body,
titles that go on with their function, career histories and successions."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_general_manager_listed_with_a_function_and_a_body_before_a_next_person() -> None:
    f = facts_text(
        "The meeting was held at the Andean Patent Bureau (APB) in Quito. It was chaired by "
        "Ms Ruth Calder, General Manager, Trade Policy and Cooperation, IP Australia, and "
        "Mr Tomas Vera, Director of Examination, APB."
    )
    assert (
        "Ruth Calder",
        "General Manager, Trade Policy and Cooperation",
        "IP Australia",
    ) in roles(f)


def test_a_sentence_opening_at_a_body_gives_that_body_to_the_titled_person_it_names() -> None:
    f = facts_text(
        "The minister first toured the Ghana Industrial Property Office (GIPO).\n"
        "At the Ghana Copyright Board, Executive Director Kwame Asante Boadu outlined the "
        "Board's licensing work."
    )
    assert (
        "Kwame Asante Boadu",
        "Executive Director",
        "Ghana Copyright Board",
    ) in roles(f)


def test_its_opening_a_sentence_speaks_of_the_body_the_sentence_before_named_last() -> None:
    f = facts_text(
        "A team from the Danish Patent and Trademark Office (DKPTO) was in Lima this week. "
        "The DKPTO team also met the Lima Chamber of Commerce (LCC) to talk about fake goods. "
        "Its Vice President, Carlos Mendoza Ruiz, spoke for local exporters."
    )
    assert ("Carlos Mendoza Ruiz", "Vice President", "Lima Chamber of Commerce") in roles(f)


def test_a_title_that_goes_on_with_its_function_before_a_comma_and_a_name() -> None:
    f = facts_text(
        "The Japan Patent Office (JPO) cooperates with offices abroad. Its instruments are "
        "signed by the Vice-President Legal and International Affairs, Kenji Morita. "
        "Questions go to the Principal Director International Co-operation, Hana Kimura."
    )
    assert (
        "Kenji Morita",
        "Vice-President Legal and International Affairs",
        "Japan Patent Office",
    ) in roles(f)
    assert (
        "Hana Kimura",
        "Principal Director International Co-operation",
        "Japan Patent Office",
    ) in roles(f)


def test_a_programme_officer_at_the_embassy_is_at_the_one_embassy_the_text_named() -> None:
    f = facts_text(
        "The Embassy of Norway in Viet Nam hosted the launch.\n"
        "The Norwegian team included Per Olsen, Director of the NIPO, and Tran Thi Mai Huong, "
        "National Programme Officer at the Embassy."
    )
    assert "Tran Thi Mai Huong" in people_names(f)
    assert (
        "Tran Thi Mai Huong",
        "National Programme Officer",
        "Embassy of Norway in Viet Nam",
    ) in roles(f)


def test_a_secondment_where_the_person_later_served_as_a_director_is_a_role_there() -> None:
    f = facts_text(
        "Jan Berg, Deputy Director General of the Danish Patent and Trademark Office "
        "(DKPTO), retired on 1 May.\n\n"
        "Berg started at DKPTO in 1990. Between 1997 and 2002 she was lent to the European "
        "Patent Office in The Hague, where she worked as an analyst and then as a Director in "
        "the Directorate for Patent Law."
    )
    assert ("Jan Berg", "Director", "European Patent Office") in roles(f)
    assert not any(o.name == "Directorate for Patent Law" for o in f.orgs)


def test_a_successor_as_a_title_holds_it_where_the_predecessor_did() -> None:
    f = facts_text(
        "Jan Berg, Deputy Director General of the Danish Patent and Trademark Office "
        "(DKPTO), retired on 1 May.\n"
        "Berg remains for a year in an advisory post. He is succeeded as Deputy Director "
        "General by Karin Holm, who has led the legal unit since 2019."
    )
    assert (
        "Karin Holm",
        "Deputy Director General",
        "Danish Patent and Trademark Office",
    ) in roles(f)


def test_an_accompanying_delegation_belongs_to_the_principals_body_with_its_units() -> None:
    f = facts_text(
        "Visit report\n\n"
        "WIPO Director General Daren Tang travelled to Accra on 3 May. He met the "
        "Ghana Industrial Property Office (GIPO) and the Ghana Copyright Office (GHCO), and "
        "visited the GHCO library. GHCO and GIPO will report to GHCO's board.\n\n"
        "Accompanying delegation\n"
        "Anna Berg, Deputy Director General, Regional and National Development Sector; "
        "Paul Odhiambo Mensah, Director, Division for Africa.\n"
    )
    got = roles(f)
    assert (
        "Anna Berg",
        "Deputy Director General, Regional and National Development Sector",
        "WIPO",
    ) in got or any(
        r[0] == "Anna Berg"
        and r[1] == "Deputy Director General, Regional and National Development Sector"
        and r[2] == "World Intellectual Property Organization"
        for r in got
    )
    assert any(
        r[0] == "Paul Odhiambo Mensah"
        and r[1] == "Director, Division for Africa"
        and "Ghana" not in r[2]
        for r in got
    )


def test_a_clause_saying_whose_group_the_title_holder_chairs_places_the_title_there() -> None:
    f = facts_text(
        "The Director General of the Japan Patent Office, Kenji Mori, welcomed the guests "
        "from the Mexican Institute of Industrial Property (IMPI). The visitors included "
        "Deputy Director General Sofia Ramos, who chairs IMPI's committee on examiner "
        "training, and Director Luis Vega, who also leads the IMPI design team."
    )
    got = roles(f)
    impi = "Mexican Institute of Industrial Property"
    assert ("Sofia Ramos", "Deputy Director General", impi) in got
    assert ("Luis Vega", "Director", impi) in got
    assert ("Kenji Mori", "Director General", "Japan Patent Office") in got


def test_a_title_of_a_unit_a_bodys_possessive_names_is_held_at_the_body() -> None:
    f = facts_text(
        "The Director of the Korean Intellectual Property Office's Patent Examination Policy "
        "Division, Min-jun Choi, and Lena Berg, Head of the Swedish Intellectual Property "
        "Office's Legal Section, led the sessions."
    )
    got = roles(f)
    kipo = "Korean Intellectual Property Office"
    assert ("Min-jun Choi", "Director", kipo) in got
    prv = "Swedish Intellectual Property Office"
    assert ("Lena Berg", "Head", prv) in got


def test_a_unions_delegation_is_its_mission_to_the_country_the_text_is_about() -> None:
    f = facts_text(
        "Nairobi, 3 May. Kenya and the European Patent Office opened a patent library in "
        "Kenya's capital. The Head of the EU Delegation's Economic Section, Paul Ricard, "
        "said Kenya would host the next course."
    )
    delegation = "Delegation of the European Union to Kenya"
    assert delegation in org_set(f)
    assert not {"EU", "European Union"} & org_set(f)
    got = roles(f)
    assert ("Paul Ricard", "Head", delegation) in got


def test_the_then_minister_with_no_portfolio_heads_the_one_ministry_the_text_names() -> None:
    f = facts_text(
        "The Nordic Patent Institute (NPI) and the Ministry of Mines and Energy of Lemuria "
        "renewed their cooperation on Friday. The first arrangement had been signed in 2015 "
        "by the then Minister, H.E. Ravi Anand, and the NPI's then Director, Ole Brandt."
    )
    assert ("Ravi Anand", "Minister", "Ministry of Mines and Energy of Lemuria") in roles(f)


def test_a_minister_with_no_portfolio_stays_unplaced_among_two_ministries() -> None:
    f = facts_text(
        "The Ministry of Mines and Energy of Lemuria and the Ministry of Finance of Lemuria "
        "met the Nordic Patent Institute on Friday. The Minister, Ravi Anand, spoke first."
    )
    assert not any(person == "Ravi Anand" for person, _, _ in roles(f))


def _titles(text: str) -> set[tuple[str, str]]:
    facts = facts_text(text)
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title) for r in facts.roles}


def test_the_subject_replacing_an_outgoing_title_holder_takes_the_post_over() -> None:
    got = _titles(
        "The Andean Seed Council has chosen its next chief.\n\n"
        "Ana Souza will start her four-year term in June, replacing outgoing secretary "
        "general Tomas Weber, who led the council since 2015."
    )
    assert {("Ana Souza", "secretary general"), ("Tomas Weber", "secretary general")} <= got


def test_replacing_with_no_named_subject_gives_the_post_to_no_one_else() -> None:
    got = _titles(
        "The council will meet in June, replacing outgoing secretary general Tomas Weber."
    )
    assert {p for p, _ in got} <= {"Tomas Weber"}


def test_delegations_led_by_a_bodys_possessive_after_its_bracketed_acronym_and_a_title() -> None:
    f = facts_text(
        "The 2024 meeting of the Nordic IP offices was held online. Anna Berg, Director of the "
        "Swedish Patent and Registration Office (PRV), chaired it, and delegations were led "
        "respectively by Danish Patent and Trademark Office (DKPTO)'s Vice President Karl "
        "Lund, Norwegian Industrial Property Office (NIPO)'s Deputy Director Eva Moen."
    )
    found = roles(f)
    assert ("Karl Lund", "Vice President", "Danish Patent and Trademark Office") in found
    assert ("Eva Moen", "Deputy Director", "Norwegian Industrial Property Office") in found
