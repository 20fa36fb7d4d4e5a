"""An agency named with an "on" field, and a programme of activities signed as a work plan.

Some national offices are agencies whose field follows "on" ("the National Agency on
Industrial Property"), as committees and services do: the field is part of the name, and an
acronym in brackets after it is that body's. An office pair that signs a "Joint Programme of
Activities" for two years has signed a work plan; a programme of activities that is only run
is no instrument.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set

SIGNED = (
    "On 3 May, the Director of the National Agency on Industrial Property (NAIP), Ana Rusu, "
    "and the Vice-President of the European Patent Office (EPO), Karl Weber, signed a Joint "
    "Programme of Activities for 2026-2027.\n"
)


def test_an_agency_keeps_its_on_field_and_its_acronym() -> None:
    names = org_set(facts_text(SIGNED))
    assert {"National Agency on Industrial Property", "NAIP"} <= names
    assert "National Agency" not in names


def test_an_agency_on_a_weekday_is_no_field() -> None:
    names = org_set(facts_text("The Agency on Monday met the European Patent Office.\n"))
    assert not any(n.startswith("Agency on") for n in names)


def test_a_signed_programme_of_activities_is_a_work_plan_of_the_two_offices() -> None:
    got = agreements_of(facts_text(SIGNED))
    assert [(kind, parties) for _, kind, _, parties in got] == [
        (
            "work_plan",
            frozenset({"National Agency on Industrial Property", "European Patent Office"}),
        )
    ]


def test_a_programme_of_activities_only_run_is_no_instrument() -> None:
    text = (
        "The National Agency on Industrial Property runs a programme of activities for schools.\n"
    )
    assert agreements_of(facts_text(text)) == []
