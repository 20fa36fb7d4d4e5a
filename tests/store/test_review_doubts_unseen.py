"""Doubts learnt from texts the extractors had never seen (holdout8, read as development
material): a body named together with the body above it, one side in talks taken for a
person, a body's name cut short at the comma that opens the list of its fields, and a
Chinese name beside its Cantonese or Hokkien spelling. Every name and sentence is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.review.queue import review_queue
from store.review.signals import organisation_signs, person_signs
from store.search import index_entity
from store.writer import add_mention, new_organisation, new_person

TEXT = (
    "The Department of Fisheries, Oceans and Coasts of Kenya met the Ministry of Trade, "
    "Kestrel. The Department of Fisheries of Kenya hosted the talks. 黎志明 (Lai Chi Ming) "
    "and 王小明 spoke; Tan Kok Leong closed the meeting."
)


def test_a_body_named_with_the_body_above_it_is_doubted() -> None:
    for name in (
        "Seed Registry under the Ministry of Agriculture",
        "Plant Varieties Office attached to the Ministry of Farming",
    ):
        assert "under_parent" in {s.key for s in organisation_signs(name)}, name
    for name in ("Ministry of Agriculture", "Under Secretary Office of Borealia"):
        assert "under_parent" not in {s.key for s in organisation_signs(name)}, name


def test_one_side_in_talks_is_no_person() -> None:
    for name in ("韩方", "双方", "泰方"):
        assert "zh_side" in {s.key for s in person_signs(name)}, name
    for name in ("方明", "方小平", "李方"):
        assert "zh_side" not in {s.key for s in person_signs(name)}, name


def _queue(tmp_path: Path) -> tuple[dict[str, int], dict[str, str]]:
    db = open_database(f"sqlite:///{tmp_path / 'unseen.db'}")
    ids: dict[str, int] = {}
    with db.session() as s:
        doc = Document(path="talks.txt", lang="en", sha256="t" * 64, text=TEXT)
        s.add(doc)
        s.flush()
        assert doc.id
        made: dict[str, tuple[str, str, dict[str, str]]] = {
            "full": ("organisation", "Department of Fisheries, Oceans and Coasts", {}),
            "cut": ("organisation", "Department of Fisheries of Kenya", {}),
            "trade": ("organisation", "Ministry of Trade, Kestrel", {}),
            "trade_plain": ("organisation", "Ministry of Trade", {}),
            "lai_zh": ("person", "黎志明", {}),
            "lai_en": ("person", "Lai Chi Ming", {}),
            "wang": ("person", "王小明", {}),
            "tan": ("person", "Tan Kok Leong", {}),
        }
        for key, (kind, name, extra) in made.items():
            row = (new_organisation if kind == "organisation" else new_person)(s, name, **extra)
            assert row.id is not None
            ids[key] = row.id
            surface = name if name in TEXT else name.split(",")[0].split(" of ")[0]
            start = TEXT.index(surface)
            add_mention(
                s,
                doc.id,
                kind,
                row.id,
                start=start,
                end=start + len(surface),
                surface=surface,
                extractor="en/1",
                confidence=0.9,
            )
            s.flush()
            index_entity(s, kind, row.id)
        s.commit()
        items = {i.id: i.reason for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    return ids, items


def _pair(prefix: str, a: int, b: int) -> str:
    return f"{prefix}{min(a, b)}+{prefix}{max(a, b)}"


def test_a_name_cut_at_the_comma_of_its_fields_is_proposed_as_the_full_one(
    tmp_path: Path,
) -> None:
    ids, items = _queue(tmp_path)
    pair = _pair("o", ids["full"], ids["cut"])
    assert pair in items and "cut short at a comma" in items[pair]
    # a comma before a country is no list of fields
    assert "cut short" not in items.get(_pair("o", ids["trade"], ids["trade_plain"]), "")


def test_a_chinese_name_and_its_cantonese_spelling_are_proposed_as_one(tmp_path: Path) -> None:
    ids, items = _queue(tmp_path)
    pair = _pair("p", ids["lai_zh"], ids["lai_en"])
    assert pair in items and "two scripts" in items[pair]
    assert _pair("p", ids["wang"], ids["tan"]) not in items  # 王 is never read as Tan
