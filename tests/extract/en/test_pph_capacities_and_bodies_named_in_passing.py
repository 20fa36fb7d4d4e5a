"""Organisations a text only seems to name, and some it names without saying so.

Not bodies: the capacities in which an office acts under a Patent Prosecution Highway
("Office of First Filing"), a count of offices in lower case ("the five IP offices"), a
government named only as the owner of a common noun ("the Xland Government's commitment",
en_orgs.txt [treaty_capacity_words], importers/en/states.py, importers/en/output.py), and
the fields after a post's "for" that end in a company word (importers/en/orgs/not_bodies.py),
and a body's "of the" and the first field of an owner whose two fields share one head
("X Office of the Energy and Industry Department", importers/en/orgs/shared_heads.py).
Bodies: a known ministry written after its country's name of three words
(importers/en/orgs/gazetteer.py), and a known body written by its acronym alone
(importers/resolve/reference_data)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_the_capacities_of_a_patent_prosecution_highway_are_not_bodies() -> None:
    f = facts_text(
        "Under the highway, an Office of Second Filing (OSF) may use the work of the Office "
        "of First Filing (OFF); the Office of Later Examination may likewise rely on the "
        "Office of Earlier Examination. The Danube Patent Office and the Tisza Patent "
        "Office signed the pilot in Vienna."
    )
    names = org_set(f)
    assert {"Danube Patent Office", "Tisza Patent Office"} <= names
    assert not any("Filing" in n or "Examination" in n for n in names)
    assert not names & {"OSF", "OFF"}


def test_a_count_of_offices_in_lower_case_describes_them_and_names_no_grouping() -> None:
    f = facts_text(
        "The heads of the five IP offices of the Andean group met in Lima and reviewed "
        "their joint roadmap."
    )
    assert not any("offices" in n.casefold() for n in org_set(f))


def test_a_government_named_only_as_the_owner_of_a_common_noun_is_named_in_passing() -> None:
    f = facts_text(
        "The Director General of the Danube Patent Office visited Ruritania and praised the "
        "Ruritanian Government's commitment to stronger patent examination."
    )
    assert "Danube Patent Office" in org_set(f)
    assert not any("Government" in n for n in org_set(f))


def test_a_government_that_acts_elsewhere_in_the_text_is_named() -> None:
    f = facts_text(
        "The Ruritanian Government's commitment to patents was praised. The Ruritanian "
        "Government will host the next meeting of the Danube Patent Office."
    )
    assert "Ruritanian Government" in org_set(f)


def test_fields_after_a_posts_for_that_end_in_a_company_word_are_its_remit() -> None:
    f = facts_text(
        "The delegation of the Danube Patent Office met the Secretary of State for Renewable "
        "Energy and Food Industries, Mr. Karim Bensalah."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_known_ministry_written_after_its_countrys_three_word_name_is_that_ministry() -> None:
    f = facts_text(
        "The United Arab Emirates Ministry of Economy signed a memorandum with the Danube "
        "Patent Office. An undersecretary of the UAE Ministry of Economy spoke."
    )
    (ministry,) = [o for o in f.orgs if "Ministry" in o.name]
    assert ministry.ref == "ae-moe"
    assert {"United Arab Emirates Ministry of Economy", "UAE Ministry of Economy"} <= {
        ministry.name,
        *ministry.aliases,
    }


def test_the_international_police_organisation_written_by_its_acronym_alone_is_a_body() -> None:
    f = facts_text(
        "The enforcement conference was hosted by the Danube Patent Office in association "
        "with INTERPOL."
    )
    (police,) = [o for o in f.orgs if o.ref == "interpol"]
    assert police.name == "INTERPOL"


def test_a_body_of_the_owner_whose_two_fields_share_one_head_is_two_bodies() -> None:
    f = facts_text(
        "The Danube Copyright Office (DCO) of the Culture and Tourism Department signed a "
        "memorandum with the Tisza Patent Office."
    )
    names = org_set(f)
    assert {"Danube Copyright Office", "Culture and Tourism Department"} <= names
    assert "Tourism Department" not in names
    assert not any(n.endswith("of the Culture") for n in names)


def test_a_government_given_a_stance_in_a_reported_statement_is_named_in_passing() -> None:
    f = facts_text(
        "The Director General of the Danube Patent Office met the minister. He said that the "
        "Ruritanian Government has always attached great importance to patent protection."
    )
    assert "Danube Patent Office" in org_set(f)
    assert not any("Government" in n for n in org_set(f))


def test_a_government_given_a_stance_inside_a_quotation_is_named_in_passing() -> None:
    f = facts_text(
        "Opening the Danube Patent Office seminar, the minister said: “The Ruritanian "
        "Government is committed to stronger patent examination.”"
    )
    assert not any("Government" in n for n in org_set(f))


def test_a_government_that_states_its_own_stance_outside_a_statement_is_named() -> None:
    f = facts_text("The Ruritanian Government supports the Danube Patent Office in its work.")
    assert "Ruritanian Government" in org_set(f)
