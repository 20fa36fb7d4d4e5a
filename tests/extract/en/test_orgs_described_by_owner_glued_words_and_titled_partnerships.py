"""Bodies known by their owner's description, names with a lost space, and partnerships
signed under a title: each sentence is written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set


def test_a_one_word_name_described_as_a_bodys_consultancy_is_a_body() -> None:
    f = facts_text(
        "Last month the Ruritanian Patent Office and Lumora, Leiden University’s Technology "
        "Consultancy, opened a licensing clinic in Delft.\n"
    )
    assert "Lumora" in org_set(f)
    assert "Technology Consultancy" not in org_set(f)


def test_a_name_described_as_a_persons_own_is_no_body() -> None:
    f = facts_text("The Ruritanian Patent Office hired Marten, Jan Smit’s Consultancy, in May.\n")
    assert "Marten" not in org_set(f)


def test_a_company_named_as_ventures_is_a_body() -> None:
    f = facts_text("The Ruritanian Patent Office is working with Baltic Seed Ventures on loans.\n")
    assert "Baltic Seed Ventures" in org_set(f)


def test_a_name_whose_of_lost_its_space_runs_on_as_one_name() -> None:
    f = facts_text(
        "Officials met the Ruritanian National Institute ofApplied Property Office in Vienna "
        "on 3 May 2021.\n"
    )
    names = org_set(f)
    assert not {"Ruritanian National Institute", "Property Office"} & names
    assert any("ofApplied Property Office" in n for n in names)


def test_a_titled_strategic_partnership_signed_by_two_offices_is_an_agreement() -> None:
    f = facts_text(
        "The Ruritanian Patent Office has signed an Enhanced Strategic Partnership with the "
        "Japan Patent Office to widen examiner exchanges.\n"
    )
    kinds = {(title, kind) for title, kind, _, _ in agreements_of(f)}
    assert ("Enhanced Strategic Partnership", "other") in kinds


def test_a_strategic_partnership_in_lower_case_is_a_relation_not_an_agreement() -> None:
    f = facts_text(
        "The Ruritanian Patent Office signed a memorandum of understanding with the Japan "
        "Patent Office on 2 June 2020, which deepened their strategic partnership.\n"
    )
    assert [kind for _, kind, _, _ in agreements_of(f)] == ["mou"]


def test_a_strategic_partnership_with_another_titled_word_takes_its_participles_date() -> None:
    f = facts_text(
        "The two directors reviewed the Strategic Deepened Partnership signed by the Mexican "
        "Institute of Industrial Property and the Japan Patent Office in 2018, and welcomed "
        "a training plan agreed in March 2024.\n",
        "2024-05-10",
    )
    got = {(title, d) for title, kind, d, _ in agreements_of(f) if kind == "other"}
    assert got == {("Strategic Deepened Partnership", "2018")}
