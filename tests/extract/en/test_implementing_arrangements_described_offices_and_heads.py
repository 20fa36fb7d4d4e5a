"""Constructions found by probes of our own wording: a lower-case arrangement named by how it
works keeps that word in its title, a country's office named by a possessive or described and
then given its acronym, and a person who "heads" or "leads" a body."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, roles


def test_a_lower_case_implementing_arrangement_keeps_implementing_in_its_title() -> None:
    text = (
        "On 8 May 2024 the Japan Patent Office signed an implementing arrangement on PPH "
        "with the Intellectual Property Office of Singapore."
    )
    got = agreements_of(facts_text(text, date="2024-05-10"))
    assert [(a[0], a[1], a[2]) for a in got] == [
        ("implementing arrangement on PPH", "other", "2024-05-08")
    ]


def test_a_lower_case_administrative_arrangement_keeps_administrative_in_its_title() -> None:
    text = (
        "The Austrian Patent Office concluded an administrative arrangement with the "
        "Hungarian Intellectual Property Office on 3 March 2023."
    )
    got = agreements_of(facts_text(text, date="2023-03-04"))
    assert [a[0] for a in got] == ["administrative arrangement"]


def test_the_office_of_a_country_adjective_holds_the_post_its_possessive_gives() -> None:
    text = (
        'The Japan Patent Office hosted partners in Osaka on 8 May 2024. "The exchange of '
        "examiners pays off,\" said the Slovak office's President, Jana Hrušková."
    )
    assert roles(facts_text(text, date="2024-05-10")) == {
        ("Jana Hrušková", "President", "Industrial Property Office of the Slovak Republic")
    }


def test_a_name_before_the_country_adjective_office_s_title_holds_it_there() -> None:
    text = (
        "The European Patent Office welcomed Henrik Lund, the Danish office's Director "
        "General, in Munich on 8 May 2024."
    )
    assert roles(facts_text(text, date="2024-05-10")) == {
        ("Henrik Lund", "Director General", "Danish Patent and Trademark Office")
    }


def test_the_country_adjective_office_is_the_office_the_text_names_for_that_country() -> None:
    text = (
        "The Hungarian Intellectual Property Office met the Korean Intellectual Property "
        "Office on 8 May 2024. The Hungarian office's President, Anna Kis, opened the talks."
    )
    got = facts_text(text, date="2024-05-10")
    assert roles(got) == {("Anna Kis", "President", "Hungarian Intellectual Property Office")}
    assert len(got.orgs) == 2


def test_an_acronym_set_off_after_a_described_office_is_that_office_s_name() -> None:
    text = (
        "The Korean Intellectual Property Office met the Chilean office, INAPI, in Seoul on "
        "8 May 2024. INAPI will host the next round."
    )
    got = facts_text(text, date="2024-05-10")
    chile = [o for o in got.orgs if "INAPI" in (o.name, *o.aliases)]
    assert len(chile) == 1
    assert len(got.orgs) == 2


def test_the_country_adjective_office_of_a_company_is_no_ip_office() -> None:
    text = "The Japanese office of Acme Corp opened in Osaka on 8 May 2024."
    assert org_set(facts_text(text, date="2024-05-10")) == {"Acme Corp"}


def test_a_person_who_heads_a_body_holds_its_post_of_head() -> None:
    text = (
        "The talks were opened by Mr Tomas Varga, who heads the Hungarian Intellectual "
        "Property Office, on 8 May 2024."
    )
    assert roles(facts_text(text, date="2024-05-10")) == {
        ("Tomas Varga", "head", "Hungarian Intellectual Property Office")
    }


def test_a_person_who_leads_a_country_adjective_office_heads_that_office() -> None:
    text = (
        "The European Patent Office met partners on 8 May 2024. Marta Kowalska, who leads "
        "the Polish office, presented its plans."
    )
    assert roles(facts_text(text, date="2024-05-10")) == {
        ("Marta Kowalska", "head", "Patent Office of the Republic of Poland")
    }


def test_the_head_who_is_given_a_title_at_the_body_holds_only_that_title() -> None:
    text = (
        "The Japan Patent Office met Commissioner Anna Berg of the Swedish Intellectual "
        "Property Office on 8 May 2024. Anna Berg, who heads the Swedish Intellectual Property "
        "Office, said more."
    )
    assert roles(facts_text(text, date="2024-05-10")) == {
        ("Anna Berg", "Commissioner", "Swedish Intellectual Property Office")
    }


def test_one_who_leads_a_body_s_delegation_is_not_its_head() -> None:
    text = (
        "Lina Park, who leads the Korean Intellectual Property Office's delegation, arrived "
        "on 8 May 2024."
    )
    assert roles(facts_text(text, date="2024-05-10")) == set()


def test_each_dashed_line_under_a_signed_heading_is_an_agreement_dated_in_its_brackets() -> None:
    text = (
        "Annual report 2019 of the Korean Intellectual Property Office\n\n"
        "Agreements signed\n\n"
        "- MoU between the Korean Intellectual Property Office and the Mexican Institute of "
        "Industrial Property (12 March 2019)\n"
        "- Work plan between the Korean Intellectual Property Office and the Intellectual "
        "Property Office of Singapore (June 2019)\n\n"
        "Training\n\nThe office trained 40 examiners."
    )
    kipo = "Korean Intellectual Property Office"
    assert agreements_of(facts_text(text, date="2020-01-10")) == [
        (
            f"MoU between the {kipo} and the Mexican Institute of Industrial Property",
            "mou",
            "2019-03-12",
            frozenset({kipo, "Mexican Institute of Industrial Property"}),
        ),
        (
            f"Work plan between the {kipo} and the Intellectual Property Office of Singapore",
            "work_plan",
            "2019-06",
            frozenset({kipo, "Intellectual Property Office of Singapore"}),
        ),
    ]


def test_a_month_after_a_comma_on_a_listed_line_is_its_date_not_part_of_a_party() -> None:
    text = (
        "Agreements signed\n\n"
        "- MoU between the Japan Patent Office and the Mexican Institute of Industrial "
        "Property, March 2019\n"
    )
    got = facts_text(text, date="2020-01-10")
    assert org_set(got) == {"Japan Patent Office", "Mexican Institute of Industrial Property"}
    assert [(a[2], a[3]) for a in agreements_of(got)] == [
        ("2019-03", frozenset({"Japan Patent Office", "Mexican Institute of Industrial Property"}))
    ]


def test_a_statement_adopted_by_the_heads_of_the_five_offices_is_the_named_members() -> None:
    text = (
        "IP5 heads meet in Seoul\n\n"
        "The IP5 offices are the European Patent Office, the Japan Patent Office, the Korean "
        "Intellectual Property Office, the China National Intellectual Property Administration "
        "and the United States Patent and Trademark Office.\n\n"
        "On 8 May 2024 a joint statement was adopted by the heads of the five offices."
    )
    got = agreements_of(facts_text(text, date="2024-05-10"))
    assert [(a[1], a[2], len(a[3])) for a in got] == [("joint_statement", "2024-05-08", 5)]
    assert "IP5" not in got[0][3]


def test_a_statement_adopted_by_a_group_whose_members_go_unnamed_is_the_group_s() -> None:
    text = (
        "IP5 heads meet in Seoul\n\n"
        "The IP5 heads met in Seoul on 8 May 2024. A joint statement was adopted by the heads "
        "of the five offices."
    )
    got = agreements_of(facts_text(text, date="2024-05-10"))
    assert [a[3] for a in got] == [frozenset({"IP5"})]


def test_the_count_of_heads_after_the_statement_makes_the_named_offices_its_parties() -> None:
    text = (
        "Trilateral meeting\n\n"
        "The Trilateral offices, the European Patent Office, the Japan Patent Office and the "
        "United States Patent and Trademark Office, met in Munich on 8 May 2024. A joint "
        "statement was adopted by the heads of the three offices."
    )
    got = agreements_of(facts_text(text, date="2024-05-10"))
    assert [a[3] for a in got] == [
        frozenset(
            {
                "European Patent Office",
                "Japan Patent Office",
                "United States Patent and Trademark Office",
            }
        )
    ]
