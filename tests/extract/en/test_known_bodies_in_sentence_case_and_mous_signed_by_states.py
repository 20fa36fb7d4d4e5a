"""A known body's name with its common words in lower case before its own acronym is that
body, but a programme's in capitals is none, nor is a circular's recital word; an MoU a
participle says states signed is no agreement of the bodies around it."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set


def test_a_known_name_in_sentence_case_before_its_acronym_is_that_body() -> None:
    f = facts_text(
        "New members of the network include the Eurasian patent office (EAPO), which joined "
        "in spring.",
        "2016-02-01",
    )
    assert {"Eurasian patent office", "EAPO"} <= org_set(f)


def test_an_unknown_acronym_after_lower_case_words_gives_no_body() -> None:
    f = facts_text("Applicants may use the fast examination track (FET) from May.", "2016-02-01")
    assert not org_set(f)


def test_a_programme_s_name_in_capitals_before_its_acronym_is_no_body() -> None:
    f = facts_text(
        "RE: RULES FOR THE PATENT PROSECUTION HIGHWAY (PPH) WITH THE DANISH PATENT AND "
        "TRADEMARK OFFICE\n",
        "2016-02-01",
    )
    assert not any("HIGHWAY" in n.upper() for n in org_set(f))


def test_the_recital_word_of_a_circular_s_clauses_is_no_body() -> None:
    f = facts_text(
        "WHEREAS, the Office may enter into arrangements with foreign offices;\n\n"
        "WHEREAS, the Japan Patent Office and the Korean Intellectual Property Office signed a "
        "Memorandum of Understanding on 2 May 2024;\n\n"
        "NOW, THEREFORE, these rules are issued.\n",
        "2024-06-01",
    )
    assert not {"WHEREAS", "THEREFORE"} & org_set(f)
    ((_t, _k, _d, parties),) = agreements_of(f)
    assert "WHEREAS" not in parties


def test_an_mou_signed_by_two_states_is_not_the_agreement_of_the_body_that_cites_it() -> None:
    f = facts_text(
        "The Kenya Industrial Property Institute welcomed visitors from Peru and recalled the "
        "2012 MOU signed by Peru and Kenya on trade.",
        "2019-04-03",
    )
    assert agreements_of(f) == []


def test_an_mou_signed_by_two_named_bodies_is_theirs() -> None:
    f = facts_text(
        "The Kenya Industrial Property Institute recalled the MOU signed by the Japan Patent "
        "Office and the Institute in 2015.",
        "2019-04-03",
    )
    assert agreements_of(f)[0][3] == frozenset(
        {"Kenya Industrial Property Institute", "Japan Patent Office"}
    )
