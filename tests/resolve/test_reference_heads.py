"""The reference data knows heads of the Asian and Eurasian IP offices that cooperation
news names most, each holding a dated or undated role at the office, so that a text naming
one links to the same person as any other text does."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference

REF = load_reference()


@pytest.mark.parametrize(
    "office",
    ["eapo", "rospatent", "myipo", "dip-th", "ipophl", "dgip-id", "ipvn", "kipo", "jpo"],
)
def test_each_office_has_a_known_head(office: str) -> None:
    heads = [p for p in REF.people.values() if any(r.organisation == office for r in p.roles)]
    assert heads, office


def test_a_head_is_found_by_another_spelling_of_the_name() -> None:
    person = REF.person_named("Thosapone Dunsuputra")
    assert person is not None and person.id == "thosapone-dansuputra"


def test_a_term_that_ended_is_dated() -> None:
    person = REF.people["rowel-barba"]
    assert [(r.organisation, r.end) for r in person.roles] == [("ipophl", "2024-12")]
