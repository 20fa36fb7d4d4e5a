"""Import the held-out set into a fresh database, export it, and score the export against its gold.

    .venv/bin/python bench/score_holdout.py [--verbose] [--json]

The held-out documents are tests/fixtures/holdout/ (every file there except gold.json and
README.md); the gold is tests/fixtures/holdout/gold.json. This set only MEASURES the extractors:
do not read it to write rules, lexicons or reference data (see tests/fixtures/holdout/README.md).
Prints score.py's figures (precision, recall, F1 per kind, fragmentation, identities); extra
arguments (--verbose, --json) are passed through to score.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOLDOUT = ROOT / "tests" / "fixtures" / "holdout"
GOLD = HOLDOUT / "gold.json"
SKIP = {"gold.json", "README.md"}


def benchmark_dir() -> Path:
    shared = ROOT.parent / "shared" / "benchmark"
    return shared if (shared / "score.py").exists() else ROOT / "tests" / "benchmark"


def holdout_files() -> list[Path]:
    return sorted(p for p in HOLDOUT.iterdir() if p.is_file() and p.name not in SKIP)


def export_holdout(workdir: Path) -> Path:
    from importers.pipeline import import_paths
    from store.db import open_database
    from store.exchange import export_data

    db = open_database(f"sqlite:///{workdir / 'holdout.db'}")
    report = import_paths(db, holdout_files())
    if report.problems:
        raise SystemExit("\n".join(map(str, report.problems)))
    with db.session() as s:
        data = export_data(s, with_text=False)
    out = workdir / "holdout.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def score(export: Path, *args: str) -> str:
    bench = benchmark_dir()
    return subprocess.run(
        [sys.executable, str(bench / "score.py"), str(export), str(GOLD), *args],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        export = export_holdout(Path(tmp))
        print(f"import + export of {len(holdout_files())} held-out documents: {time.perf_counter() - t:.2f} s")
        print(score(export, *sys.argv[1:]))


if __name__ == "__main__":
    main()
