"""Two people whose names are a letter apart (a letter dropped, added, or changed in a long
name) are proposed as one; two short names a letter apart are often two people and are not;
a name with no near neighbour is left alone. The names are our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.pairs import duplicate_pairs
from store.writer import new_person

NAMES = {
    "dropped": "Brannock Olufemi",
    "added": "Brannock Olufemmi",
    "changed_a": "Teodora Vasquelle",
    "changed_b": "Teodora Vasquelli",
    "short_a": "Li Yuan",
    "short_b": "Li Yuen",
    "alone": "Marisol Quenneville",
}


def _near_pairs(tmp_path: Path) -> tuple[dict[str, int], dict[tuple[int, int], str]]:
    db = open_database(f"sqlite:///{tmp_path / 'near.db'}")
    with db.session() as s:
        ids = {key: new_person(s, name).id for key, name in NAMES.items()}
        s.commit()
        found = {(p.a, p.b): p.reason for p in duplicate_pairs(s, "person")}
    db.engine.dispose()
    return {k: v for k, v in ids.items() if v is not None}, found


def _pair(ids: dict[str, int], a: str, b: str) -> tuple[int, int]:
    return min(ids[a], ids[b]), max(ids[a], ids[b])


def test_names_a_letter_apart_are_proposed_as_one(tmp_path: Path) -> None:
    ids, found = _near_pairs(tmp_path)
    for a, b in (("dropped", "added"), ("changed_a", "changed_b")):
        assert "a letter or two apart" in found[_pair(ids, a, b)]


def test_short_names_a_letter_apart_and_lone_names_are_not_proposed(tmp_path: Path) -> None:
    ids, found = _near_pairs(tmp_path)
    assert _pair(ids, "short_a", "short_b") not in found
    assert not [pair for pair in found if ids["alone"] in pair]
