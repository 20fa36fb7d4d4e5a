"""The English seeds against the benchmark targets (skipped without the benchmark gold)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.extract.en.helpers import GOLD, ROOT, SCORE

EN_SEEDS = [
    "000_0af177fc4d59d008.txt",
    "002_541aefc08e5fc8ba.txt",
    "003_5b9f4ff068226edb.txt",
    "004_167981811bc58707.txt",
]


@pytest.mark.skipif(not GOLD.exists(), reason="benchmark gold not available")
def test_english_seeds_meet_the_f1_targets(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import score_facts  # type: ignore[import-not-found]

    export = score_facts.export_for([ROOT / "seeds" / n for n in EN_SEEDS])
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    gold["documents"] = [d for d in gold["documents"] if d["file"] in EN_SEEDS]
    (tmp_path / "e.json").write_text(json.dumps(export), encoding="utf-8")
    (tmp_path / "g.json").write_text(json.dumps(gold), encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(SCORE / "score.py"),
            str(tmp_path / "e.json"),
            str(tmp_path / "g.json"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(out)
    assert result["organisations"]["f1"] >= 0.90
    assert result["people"]["f1"] >= 0.90
    assert result["roles"]["f1"] >= 0.80
    assert result["agreements"]["f1"] >= 0.75
