"""Import throughput: N seed-sized documents into a fresh SQLite database, in one process and
with worker processes, side by side.

    .venv/bin/python bench/bench_import.py [N] [--jobs J ...]     (default 300; 1 and the default)

The documents are the five seeds, each copy made distinct (a numbered closing line, and
names of people and offices varied) so that nothing is skipped as already imported. Each run
is its own process (`import_paths`, as `ipx import --jobs J` calls it, without the progress
bar), so that its memory is its own. Prints wall time, documents per second, peak memory
(the writing process, the largest worker, and all of them together, sampled), and whether
the runs built the same knowledge base (full exports compared). Target (issue 13): 300 in
<= 15 s on 2 cores. The machine's load is printed first: other work on it slows every run.
The project's bytecode is compiled first (`_compile_bytecode`), as a user's Python has it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: the project's packages a worker imports
PACKAGES = ("importers", "store", "ipx", "tui")
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


def _rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


class _Sampler(threading.Thread):
    """The largest sum of resident memory of this process and its children (Linux only)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self.done = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.done.wait(0.2):
            total = _rss_mib(me) + sum(_rss_mib(c) for c in _children(me))
            self.peak = max(self.peak, total)


def run_one(jobs: int | None, corpus: Path, db_url: str) -> None:
    """One import in this process; prints its figures as one JSON line."""
    from importers.pipeline import import_paths
    from store.db import open_database

    db = open_database(db_url)
    sampler = _Sampler()
    sampler.start()
    t = time.perf_counter()
    report = import_paths(db, [corpus], jobs=jobs)
    elapsed = time.perf_counter() - t
    sampler.done.set()
    sampler.join()
    main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    figures = {
        "documents": report.documents,
        "problems": len(report.problems),
        "workers": report.workers,
        "seconds": elapsed,
        "entities": report.new_entities,
        "facts": report.facts,
        "main_mib": main,
        "worker_mib": worker if report.workers else 0.0,
        "all_mib": max(sampler.peak, main),
    }
    print(json.dumps(figures))


def _export(db_url: str) -> str:
    from store.db import open_database
    from store.exchange import export_data

    db = open_database(db_url)
    with db.session() as s:
        data = export_data(s)
    db.engine.dispose()
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _compile_bytecode() -> None:
    """Compile the project's modules to bytecode first, as Python does on a package's first
    import (and pip on install): a host that sets PYTHONDONTWRITEBYTECODE (this project's
    machine does) would otherwise make every worker compile some 400 modules from source,
    about 0.7 s of CPU a process, which no user's second run pays."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *(str(ROOT / p) for p in PACKAGES)],
        check=True,
        capture_output=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=300)
    parser.add_argument("--jobs", type=int, action="append", help="repeat; default: 1 and auto")
    parser.add_argument("--one", nargs=3, metavar=("JOBS", "CORPUS", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        jobs, corpus, db_url = args.one
        run_one(int(jobs) or None, Path(corpus), db_url)
        return
    from importers.pipeline import default_jobs

    _compile_bytecode()
    runs = args.jobs or [1, 0]  # 0: the default, one worker per core
    print(
        f"{args.n} seed-sized documents; {os.cpu_count()} CPU cores, default jobs "
        f"{default_jobs()}; load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    print(f"{'jobs':>8} {'workers':>8} {'wall s':>8} {'docs/s':>8}   peak MiB: writer  worker  all")
    exports = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.n)
        for k, jobs in enumerate(runs):
            db_url = f"sqlite:///{tmp}/bench{k}.db"
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(jobs), str(corpus), db_url],
                check=True,
                capture_output=True,
                text=True,
            )
            f = json.loads(out.stdout.strip().splitlines()[-1])
            label = str(jobs) if jobs else f"{default_jobs()} (default)"
            worker = f"{f['worker_mib']:6.0f}" if f["workers"] else "     -"
            print(
                f"{label:>8} {f['workers']:>8} {f['seconds']:>8.2f} "
                f"{f['documents'] / f['seconds']:>8.1f}   {'':>10}{f['main_mib']:6.0f}  "
                f"{worker}  {f['all_mib']:4.0f}"
                + (f"   ({f['problems']} problems)" if f["problems"] else "")
            )
            exports.append(_export(db_url))
    if len(exports) > 1:
        same = all(e == exports[0] for e in exports)
        print("same knowledge base in every run:", "yes" if same else "NO (exports differ)")
    print("load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
