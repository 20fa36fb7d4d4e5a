"""A name that "was made Title of X" is appointed, as after "was appointed" (roles/copula.py),
but not a pronoun's subject (a biography's past step);
a body introduced by where it sits ("the Vienna-based X") is named without that adjective,
its officers' posts held there (orgs/chunks.trim, roles/anchors.org_after)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_was_made_gives_the_post_after_it() -> None:
    f = facts_text(
        "Ms Ingrid Solberg was made Deputy Director General of the Nordic Seed Office in "
        "2021, after ten years as its chief examiner."
    )
    assert ("Ingrid Solberg", "Deputy Director General", "Nordic Seed Office") in roles(f)


def test_an_age_between_the_name_and_was_made_is_passed_over() -> None:
    f = facts_text(
        "Mr Paolo Ricci, 49, was made president of the Andean Design Registry (ADR) on Tuesday."
    )
    assert ("Paolo Ricci", "president", "Andean Design Registry") in roles(f)


def test_a_statement_made_by_someone_is_no_appointment() -> None:
    f = facts_text("The statement was made by Director Ana Lopes of the Andean Design Registry.")
    assert {(p, t) for p, t, _ in roles(f)} == {("Ana Lopes", "Director")}


def test_where_a_body_sits_is_no_part_of_its_name() -> None:
    f = facts_text(
        "The Vienna-based Danube Seed Agency and the Lisbon-based Atlantic Design Office "
        "signed a memorandum of understanding on 3 May 2024."
    )
    assert {"Danube Seed Agency", "Atlantic Design Office"} <= org_set(f)
    assert not any("-based" in n for n in org_set(f))


def test_a_post_at_a_body_introduced_by_where_it_sits_is_held_there() -> None:
    f = facts_text(
        "Mr Tomas Novak was appointed Director General of the Vienna-based Danube Seed Agency."
    )
    assert ("Tomas Novak", "Director General", "Danube Seed Agency") in roles(f)


def test_a_step_of_a_biography_told_after_a_pronoun_is_no_post() -> None:
    f = facts_text(
        "The Nordic Seed Office (NSO) said that Mr Karl Weber will be its new Director "
        "General. Mr Weber has worked at the NSO since 1995. He was later in charge of its "
        "budget, and was made Director of the Trade Marks Department in 2011."
    )
    assert not any(p == "Karl Weber" and t == "Director" for p, t, _ in roles(f))
