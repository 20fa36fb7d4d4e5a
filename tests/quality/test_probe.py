"""bench/probe.py: a grid of invented texts says, probe by probe, what was found and missed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_grid(tmp_path: Path, probes: list[dict], *flags: str) -> str:
    grid = tmp_path / "grid.jsonl"
    grid.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in probes), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "probe.py"), str(grid), *flags],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout


def test_a_probe_passes_when_its_expectations_are_found(tmp_path: Path) -> None:
    out = run_grid(
        tmp_path,
        [
            {
                "id": "head",
                "lang": "en",
                "text": "Mr Pavel Kroupa, Director General of the Czech Industrial Property "
                "Office, opened the seminar.",
                "expect": {
                    "people": ["Pavel Kroupa"],
                    "roles": [
                        ["Pavel Kroupa", "Director General", "Czech Industrial Property Office"]
                    ],
                },
            }
        ],
    )
    assert "PASS head" in out
    assert "1 of 1 probes pass" in out


def test_a_probe_fails_naming_what_it_missed_and_what_it_forbade(tmp_path: Path) -> None:
    out = run_grid(
        tmp_path,
        [
            {
                "id": "forbidden",
                "lang": "en",
                "text": "Mr Pavel Kroupa, Director General of the Czech Industrial Property "
                "Office, opened the seminar.",
                "expect": {"people": ["Ilse Marek"], "not_people": ["Pavel Kroupa"]},
            }
        ],
    )
    assert "FAIL forbidden" in out
    assert "missed person Ilse Marek" in out
    assert "spurious person Pavel Kroupa" in out
    assert "0 of 1 probes pass" in out
    assert "met: people 0/1, not_people 0/1" in out


def test_a_complete_grid_counts_what_it_does_not_name_as_spurious(tmp_path: Path) -> None:
    probe = {
        "id": "complete",
        "lang": "en",
        "text": "Ms Ilse Marek, President of the Austrian Patent Office, met Mr Pavel Kroupa, "
        "Director General of the Czech Industrial Property Office.",
        "expect": {"people": ["Ilse Marek"], "organisations": ["Austrian Patent Office"]},
    }
    out = run_grid(tmp_path, [probe], "--extra")
    assert "extra person Pavel Kroupa" in out
    assert "extra organisation Industrial Property Office of the Czech Republic" in out
    assert "beyond a complete grid: 1 organisations, 1 people" in out


def test_a_held_out_grid_prints_only_its_totals(tmp_path: Path) -> None:
    folder = tmp_path / "heldout"
    folder.mkdir()
    probe = {
        "id": "kept-back",
        "lang": "en",
        "text": "Ms Ilse Marek, President of the Austrian Patent Office, opened the forum.",
        "expect": {"people": ["Tomas Varga"]},
    }
    (folder / "grid.jsonl").write_text(json.dumps(probe), encoding="utf-8")
    command = [sys.executable, str(ROOT / "bench" / "probe.py"), str(folder / "grid.jsonl")]
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert "kept-back" not in out and "Tomas Varga" not in out
    assert "0 of 1 probes pass" in out
    refused = subprocess.run([*command, "--fails"], capture_output=True, text=True, cwd=ROOT)
    assert refused.returncode != 0
    assert "for measuring only" in refused.stderr
