"""A generic name the places of the document's bodies leave unplaced is placed by the one
place the text writes that makes it a known body; two such places decide nothing."""

from __future__ import annotations

from typing import Any

from importers.resolve.reference import load_reference
from importers.resolve.text_places import named_places, placed_in_text
from tests.imported import import_texts


def test_the_places_a_text_writes_most_often_come_first() -> None:
    places = named_places("Hong Kong traders met in Perth. Hong Kong and Australia agreed.")
    assert places.index("Hong Kong") < places.index("Australia")


def test_a_department_is_that_of_the_one_written_place_that_has_it() -> None:
    text = "Firms in Hong Kong will file in Australia more easily."
    r = placed_in_text(
        load_reference(), ["Intellectual Property Department"], text, tried=["Australia"]
    )
    assert r is not None and r.id == "hkipd"


def test_two_written_places_whose_offices_both_fit_decide_nothing() -> None:
    text = "Examiners from Singapore visited the United Kingdom in May."
    names = ["Intellectual Property Office"]
    assert placed_in_text(load_reference(), names, text, tried=[]) is None


def test_a_hong_kong_department_named_beside_an_australian_office_is_hong_kongs(
    ipx: Any, empty_db: str, tmp_path: Any
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "The Intellectual Property Department and IP Australia held a joint seminar on "
        "design registration on 14 May 2024. Traders in Hong Kong asked how to protect "
        "their brands before exporting.\n",
    )
    ipd = next(o for o in data["organisations"] if o["reference_id"] == "hkipd")
    assert "Intellectual Property Department" in ipd["aliases"]


def test_two_countries_offices_named_by_the_two_orders_of_one_name_stay_apart(
    ipx: Any, empty_db: str, tmp_path: Any
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Delegates at the regional patent workshop, 3 March 2025:\n\n"
        "Lao PDR: Mr Somsak Vilay, Director General, Department of Intellectual Property\n"
        "Myanmar: Ms Aye Mya Thin, Director, Intellectual Property Department\n",
    )
    ref_of = {o["id"]: o["reference_id"] for o in data["organisations"]}
    held = {
        p["name"]: {ref_of.get(r["organisation"]) for r in p.get("roles", [])}
        for p in data["people"]
    }
    assert held.get("Aye Mya Thin") == {"ipd-mm"}


def test_a_generic_ip_office_is_the_one_national_office_of_the_place_written_most() -> None:
    text = (
        "Our IP Office signed a plan with the EUIPO. Moldovan applicants welcomed it, and "
        "firms in Moldova will file more easily; Italy sent a letter."
    )
    r = placed_in_text(load_reference(), ["IP Office"], text, tried=[])
    assert r is not None and r.id == "md-agepi"


def test_a_generic_ip_office_between_two_places_written_as_often_stays_unplaced() -> None:
    text = "Our IP Office met examiners from Moldova and from Georgia in May."
    assert placed_in_text(load_reference(), ["IP Office"], text, tried=[]) is None
