"""Two Chinese names of bodies a character apart (one character changed after the place the
name opens with) are proposed as one; two bodies whose names differ in their place, or in
a character of a series (第一 / 第二), are not. The names are our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.pairs import duplicate_pairs
from store.writer import new_organisation

NAMES = {
    "office": "新西兰知识产权局",
    "agency": "新西兰知识产权署",
    "shandong": "山东省市场监督管理局",
    "shanxi": "山西省市场监督管理局",
    "first": "专利审查协作第一中心",
    "second": "专利审查协作第二中心",
    "short_a": "知识产权局",
    "short_b": "知识产权署",
}


def _pairs(tmp_path: Path) -> tuple[dict[str, int], dict[tuple[int, int], str]]:
    db = open_database(f"sqlite:///{tmp_path / 'han.db'}")
    with db.session() as s:
        ids = {key: new_organisation(s, name).id for key, name in NAMES.items()}
        s.commit()
        found = {(p.a, p.b): p.reason for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    return {k: v for k, v in ids.items() if v is not None}, found


def _pair(ids: dict[str, int], a: str, b: str) -> tuple[int, int]:
    return min(ids[a], ids[b]), max(ids[a], ids[b])


def test_a_body_named_with_one_character_changed_is_proposed_as_one(tmp_path: Path) -> None:
    ids, found = _pairs(tmp_path)
    assert "a character apart" in found[_pair(ids, "office", "agency")]


def test_places_series_and_short_names_a_character_apart_are_not_proposed(
    tmp_path: Path,
) -> None:
    ids, found = _pairs(tmp_path)
    for a, b in (("shandong", "shanxi"), ("first", "second"), ("short_a", "short_b")):
        assert _pair(ids, a, b) not in found
