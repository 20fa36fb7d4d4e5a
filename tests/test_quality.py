"""Extraction quality on the seeds, scored by the shared benchmark's score.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from evaluate import export_set, gold_of, score  # noqa: E402

THRESHOLDS = {"organisations": 0.90, "people": 0.90, "roles": 0.80, "agreements": 0.70}


def test_the_seeds_are_extracted_well_enough(tmp_path: Path) -> None:
    result = json.loads(score(export_set("seeds", tmp_path), gold_of("seeds"), "--json"))
    report = {k: result[k]["f1"] for k in THRESHOLDS}
    for kind, floor in THRESHOLDS.items():
        assert result[kind]["f1"] >= floor, (kind, report)
    assert result["identities"] == "6/6", result
    assert result["fragmented"].startswith("0/"), result
