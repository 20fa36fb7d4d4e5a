"""IP offices of the Gulf, Africa, the Americas, the Balkans, Iceland, Iran, Nepal and the
Pacific, and the intergovernmental bodies and groups IP cooperation news names beside them
(OECD, UNCTAD, UNDP, WHO, the regional economic communities, the Community of Portuguese
Language Countries, BRICS), are known under their sourced names, each name leading to one
reference entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import load_reference
from tests.extract.en.helpers import facts_text, org_set
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Zimbabwe Intellectual Property Office", "zipo"),
        ("ZIPO", "zipo"),
        ("Business and Intellectual Property Authority", "na-bipa"),
        ("Icelandic Patent Office", "isipo"),
        ("Hugverkastofan", "isipo"),
        ("DIGERPI", "digerpi"),
        ("SOIP", "mk-soip"),
        ("伊朗知识产权中心", "ir-ipc"),
        ("Industrial Property Protection Directorate (Jordan)", "jo-ippd"),
        ("经合组织", "oecd"),
        ("贸发会议", "unctad"),
        ("世卫组织", "who"),
        ("国际电联", "itu"),
        ("西共体", "ecowas"),
        ("南部非洲发展共同体", "sadc"),
        ("安第斯共同體", "andean-community"),
        ("BRICS", "brics"),
        ("UNDP", "undp"),
        ("联合国开发计划署", "undp"),
        ("Community of Portuguese Language Countries", "cplp"),
        ("葡语国家共同体", "cplp"),
    ],
)
def test_each_name_leads_to_its_one_body(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_a_group_of_countries_is_never_an_intergovernmental_body() -> None:
    assert load_reference().orgs["brics"].kind == "other"


def test_offices_named_in_an_english_text_are_linked_to_their_entries(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    text = (
        "Kingston, 9 February 2026. The Jamaica Intellectual Property Office and the Patents "
        "and Companies Registration Agency (PACRA) agreed to exchange trade mark examiners "
        "for three months.\n"
    )
    data = import_texts(ipx, empty_db, tmp_path, text)
    assert {"jipo", "pacra"} <= {o["reference_id"] for o in data["organisations"]}


def test_who_in_capitals_is_never_taken_for_the_world_health_organization(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    # media advisories head their lists "WHAT:", "WHO:", "WHEN:"; the acronym is left out
    text = (
        "Geneva, 14 May 2026. WHO: the Swiss Federal Institute of Intellectual Property and "
        "the World Health Organization. WHAT: a course on compulsory licences for examiners.\n"
    )
    data = import_texts(ipx, empty_db, tmp_path, text)
    who = [o for o in data["organisations"] if o["reference_id"] == "who"]
    assert len(who) == 1 and who[0]["name"] == "World Health Organization"
    assert all(o["name"] != "WHO" for o in data["organisations"])


def test_bodies_listed_among_a_meetings_guests_are_found_by_their_reference_names() -> None:
    f = facts_text(
        "Officials from the UNDP, the World Bank and the Community of Portuguese Language "
        "Countries (CPLP) joined the patent offices at the workshop in Maputo."
    )
    assert {"UNDP", "Community of Portuguese Language Countries"} <= org_set(f)
