"""The reference data knows heads of the Asian and Eurasian IP offices that cooperation
news names most, each holding a dated or undated role at the office (the Eurasian
Patent Organization's President at the Organization, see test_reference_eurasian_patent_bodies),
so that a text naming one links to the same person as any other text does."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference

REF = load_reference()


@pytest.mark.parametrize(
    "office",
    ["eaporg", "rospatent", "myipo", "dip-th", "ipophl", "dgip-id", "ipvn", "kipo", "jpo"],
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


@pytest.mark.parametrize("office", ["inpi-fr", "cipo", "saip", "ukipo", "ip-australia", "uspto"])
def test_offices_of_europe_the_americas_the_gulf_and_the_pacific_have_a_known_head(
    office: str,
) -> None:
    heads = [p for p in REF.people.values() if any(r.organisation == office for r in p.roles)]
    assert heads, office


def test_a_japanese_commissioner_is_found_by_the_name_as_the_office_writes_it() -> None:
    person = REF.person_named("ONO Yota")
    assert person is not None and person.id == "ono-yota"


def test_one_commissioner_of_japan_ends_the_day_before_the_next_begins() -> None:
    hamano, ono = REF.people["koichi-hamano"], REF.people["ono-yota"]
    assert (hamano.roles[-1].end, ono.roles[0].start) == ("2024-06-30", "2024-07-01")


def test_the_wipo_deputies_of_2009_served_one_dated_term() -> None:
    for pid in ("geoffrey-onyeama", "james-pooley"):
        (role,) = REF.people[pid].roles
        assert (role.title, role.organisation, role.start, role.end) == (
            "Deputy Director General",
            "wipo",
            "2009-12-01",
            "2014-11-30",
        )


def test_a_saudi_head_is_found_by_each_romanisation_of_the_name() -> None:
    for form in ("Abdulaziz AlSwailem", "Abdulaziz Al-Suwailem", "Abdul Aziz Al-Suwailem"):
        person = REF.person_named(form)
        assert person is not None and person.id == "abdulaziz-alswailem", form
