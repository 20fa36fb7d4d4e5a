"""A body named in the possessive before an agreement ("KIPO's memorandum with X") is one of
its parties, as "its memorandum" is the body the paragraph is about
(importers/en/agreements/possessor.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_the_body_in_the_possessive_is_a_party_beside_the_counterpart() -> None:
    f = facts_text(
        "The Finnish Patent and Registration Office's new memorandum of understanding with "
        "the Estonian Patent Office was signed in Tallinn on 3 February 2025."
    )
    assert [(a[2], a[3]) for a in agreements_of(f)] == [
        (
            "2025-02-03",
            frozenset({"Finnish Patent and Registration Office", "Estonian Patent Office"}),
        )
    ]


def test_an_acronym_in_the_possessive_is_a_party_too() -> None:
    f = facts_text(
        "PRH's memorandum of understanding with the Estonian Patent Office, signed on 3 "
        "February 2025, covers search cooperation."
    )
    assert [len(a[3]) for a in agreements_of(f)] == [2]
