"""A body under a ministry is named in Chinese with the ministry's name before its own short
form (农业部渔业局): the reference knows each Chinese name of a body with a parent with each
of its parent's Chinese names of the same script before it (importers/resolve/reference.py)."""

from __future__ import annotations

from importers import zh
from importers.resolve.reference import parse

_MINISTRY = {
    "id": "moa",
    "name": "Ministry of Agriculture",
    "names": [{"text": "農業部", "lang": "zh-Hant"}, {"text": "农业部", "lang": "zh"}],
}
_BUREAU = {
    "id": "fisheries",
    "name": "Fisheries Agency",
    "parent": "moa",
    "names": [
        {"text": "漁業署", "lang": "zh-Hant"},
        {"text": "渔业署", "lang": "zh"},
        {"text": "农业部渔业署", "lang": "zh"},
    ],
}


def test_a_bodys_short_form_after_its_ministrys_name_is_the_body() -> None:
    ref = parse([_MINISTRY, _BUREAU], [])
    found = ref.org_named("農業部漁業署")
    assert found is not None and found.id == "fisheries"


def test_the_joined_names_keep_one_script_each() -> None:
    ref = parse([_MINISTRY, _BUREAU], [])
    assert ref.org_named("農業部渔业署") is None


def test_a_joined_name_that_is_another_bodys_name_stays_that_bodys() -> None:
    other = {"id": "fleet", "name": "Fleet Office", "names": [{"text": "農業部漁業署"}]}
    ref = parse([other, _MINISTRY, _BUREAU], [])
    found = ref.org_named("農業部漁業署")
    assert found is not None and found.id == "fleet"


def test_a_text_naming_the_body_with_its_ministry_finds_one_body() -> None:
    ref = parse([_MINISTRY, _BUREAU], [])
    f = zh.extract(
        "農業部漁業署今日表示，漁業署將與鄰國交換資料。", date=None, reference=ref, repaired=True
    )
    bureau = [o for o in f.orgs if "Fisheries Agency" in (o.name, *o.aliases)]
    assert len(bureau) == 1
    assert {"農業部漁業署", "漁業署"} <= {bureau[0].name, *bureau[0].aliases}
