"""bench/calibrate_review.py --add: a few new sets' counts join a row's own (counted on sets
whose exports may be gone from the machine) instead of replacing them; without it, the new
counts replace the row's."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

ROWS = (
    "# a comment\n"
    "organisation\t*\t\t40\t142\tevery name\n"
    "organisation\tlong\t0.5\t2\t8\tmore than eight words\n"
    "person\t*\t\t14\t133\tevery name\n"
)


def _written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, add: bool) -> dict[str, str]:
    import calibrate_review  # type: ignore[import-not-found]

    tsv = tmp_path / "signals.tsv"
    tsv.write_text(ROWS, encoding="utf-8")
    monkeypatch.setattr(calibrate_review, "TSV", tsv)
    counts = {k: Counter[tuple[str, bool]]() for k in ("organisation", "person")}
    counts["organisation"].update({("*", True): 25, ("*", False): 51, ("long", True): 9})
    counts["organisation"][("long", False)] = 6
    calibrate_review.write(counts, ("organisation",), add=add)
    lines = tsv.read_text(encoding="utf-8").splitlines()
    return {"\t".join(c[:2]): "\t".join(c[3:5]) for c in (x.split("\t") for x in lines[1:])}


def test_added_counts_join_the_rows_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _written(tmp_path, monkeypatch, add=True)
    assert rows["organisation\t*"] == "65\t193"
    assert rows["organisation\tlong"] == "11\t14"
    assert rows["person\t*"] == "14\t133"  # a kind not written keeps its row


def test_without_add_the_new_counts_replace_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _written(tmp_path, monkeypatch, add=False)
    assert rows["organisation\t*"] == "25\t51"
    assert rows["organisation\tlong"] == "9\t6"
