"""A single capitalised word after a title that signs right there is a person's whole name
(importers/en/roles/odd_names.py): only a person signs; a word that runs on into a longer
name, or a place after a body, is none."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names


def test_a_one_word_name_after_a_minister_s_title_that_signs_is_a_person() -> None:
    f = facts_text(
        "Norland Trade Minister Halvorsen signed the agreement on behalf of his government."
    )
    assert "Halvorsen" in people_names(f)
    people = {p.key: p.name for p in f.people}
    assert ("Halvorsen", "Trade Minister") in {(people[r.person], r.title) for r in f.roles}


def test_a_one_word_signatory_beside_a_full_name_in_a_pair() -> None:
    f = facts_text(
        "Director General Maria Costa and Norland Trade Minister Halvorsen signed the "
        "memorandum in Lisbon."
    )
    assert {"Maria Costa", "Halvorsen"} <= people_names(f)


def test_a_word_that_elsewhere_runs_on_into_a_longer_name_is_no_whole_name() -> None:
    f = facts_text(
        "Trade Minister Halvorsen signed the agreement. Erik Halvorsen has led the ministry "
        "since 2019."
    )
    assert "Halvorsen" not in people_names(f)


def test_a_document_s_last_word_before_signed_in_a_place_is_no_name() -> None:
    f = facts_text(
        "The ministers welcomed the Arrangement on Examiner Training signed in Lisbon in May "
        "by the two offices."
    )
    assert "Training" not in people_names(f)
