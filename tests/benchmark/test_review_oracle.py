"""The review bench's oracle (bench/bench_review.py) judges an agreement as a careful
reviewer would: one holding fewer parties than the annotation names is wrong, even when the
party it lacks was never extracted as an entity at all."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from store.db import open_database
from tests.store.review_kb import make

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))


def _verdict(tmp_path: Path, parties: list[str]) -> str:
    from bench_review import Gold, verdict  # type: ignore[import-not-found]

    from store.review.model import AGREEMENT, Subject
    from store.review.model import ReviewItem as Item

    url, ids = make(tmp_path)
    gold = tmp_path / "gold.json"
    entry = {"title": "cooperation agreement", "kind": "agreement", "parties": parties}
    gold.write_text(json.dumps({"documents": [{"file": "b.txt", "agreements": [entry]}]}))
    db = open_database(url)
    aid = ids.agreements["undated"]
    item = Item(
        id=f"a{aid}",
        kind=AGREEMENT,
        subjects=[Subject("agreement", aid, "cooperation agreement", f"a{aid}")],
        reason="",
        p_wrong=0.9,
        visibility=1,
    )
    with db.session() as s:
        action, _ = verdict(s, Gold(gold), item)
    db.engine.dispose()
    return str(action)


def test_an_agreement_missing_a_party_nobody_extracted_is_a_real_error(tmp_path: Path) -> None:
    assert _verdict(tmp_path, ["Office Nowhere Named", "Institute Never Seen"]) == "edit"


def test_an_agreement_the_annotation_gives_no_parties_stands(tmp_path: Path) -> None:
    assert _verdict(tmp_path, []) == "accept"
