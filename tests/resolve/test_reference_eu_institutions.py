"""The European Union's institutions are known bodies of the union, in both languages: a
Chinese text that names the European Council's president or the Commission by its short
form (欧委会) names a known body, not a generic word whose owner is unknown."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("欧洲理事会", "european-council"),
        ("European Council", "european-council"),
        ("欧委会", "european-commission"),
        ("欧盟理事会", "council-of-the-eu"),
        ("Council of the EU", "council-of-the-eu"),
        ("欧洲议会", "european-parliament"),
    ],
)
def test_an_eu_institution_is_a_known_body_of_the_union(name: str, entry: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == entry and found.parent == "eu"
