"""The IP offices of Belize, Barbados and Turkmenistan are known by their English names; a
name Barbados's office shares with another Caribbean registry is listed only qualified."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Belize Intellectual Property Office", "belipo"),
        ("BELIPO", "belipo"),
        ("Corporate Affairs and Intellectual Property Office (Barbados)", "bb-caipo"),
        ("Barbados Corporate Affairs and Intellectual Property Office", "bb-caipo"),
        ("State Intellectual Property Service of Turkmenistan", "tm-sips"),
        ("Turkmenpatent", "tm-sips"),
    ],
)
def test_each_name_leads_to_its_one_office(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_a_name_barbados_shares_with_another_registry_is_not_listed_bare() -> None:
    reference = load_reference()
    assert reference.org_named("Corporate Affairs and Intellectual Property Office") is None
    assert reference.org_named("CAIPO") is None
