"""Import the seeds into a fresh database, export it, and score the export against the gold.

    .venv/bin/python bench/score_seeds.py [--verbose]

Prints score.py's figures (precision, recall, F1 per kind, fragmentation, identities). The
same figures are asserted, as thresholds, by tests/test_quality.py.
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


def benchmark_dir() -> Path:
    shared = ROOT.parent / "shared" / "benchmark"
    return shared if (shared / "score.py").exists() else ROOT / "tests" / "benchmark"


def export_seeds(workdir: Path) -> Path:
    from importers.pipeline import import_paths
    from store.db import open_database
    from store.exchange import export_data

    db = open_database(f"sqlite:///{workdir / 'seeds.db'}")
    report = import_paths(db, [ROOT / "seeds"])
    if report.problems:
        raise SystemExit("\n".join(map(str, report.problems)))
    with db.session() as s:
        data = export_data(s, with_text=False)
    out = workdir / "seeds.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def score(export: Path, *args: str) -> str:
    bench = benchmark_dir()
    return subprocess.run(
        [
            sys.executable,
            str(bench / "score.py"),
            str(export),
            str(bench / "seeds_gold.json"),
            *args,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        export = export_seeds(Path(tmp))
        print(f"import + export of the seeds: {time.perf_counter() - t:.2f} s")
        print(score(export, *sys.argv[1:]))


if __name__ == "__main__":
    main()
