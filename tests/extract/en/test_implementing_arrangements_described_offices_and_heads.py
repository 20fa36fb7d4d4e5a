"""Constructions found by probes of our own wording: a lower-case arrangement named by how it
works keeps that word in its title, a country's office named by a possessive or described and
then given its acronym, and a person who "heads" or "leads" a body."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


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
