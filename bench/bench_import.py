"""Import throughput: N seed-sized documents into a fresh SQLite database.

    .venv/bin/python bench/bench_import.py [N]        (default 300)

The documents are the five seeds, each copy made distinct (a numbered closing line, and
names of people and offices varied) so that nothing is skipped as already imported. Prints
wall time, documents per second and peak memory. Target (issue 3): 300 in <= 30 s on 2 cores.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(folder: Path, n: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(n):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        text = text.replace("Daren Tang", f"Daren Tang{i % 7 or ''}").replace(
            "Rui Wenbiao", f"Rui Wen{i}"
        )
        (folder / f"{i:04d}_{seed.name}").write_text(f"{text}\n\nItem {i}.\n", encoding="utf-8")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    from importers.pipeline import import_paths
    from store.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, n)
        db = open_database(f"sqlite:///{tmp}/bench.db")
        t = time.perf_counter()
        report = import_paths(db, [corpus])
        elapsed = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"documents: {report.documents} ({len(report.problems)} problems)")
        print(f"wall time: {elapsed:.2f} s  ({report.documents / elapsed:.1f} documents/s)")
        print(f"entities: {report.new_entities}, facts: {report.facts}, merges: {report.merges}")
        print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
