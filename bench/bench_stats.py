"""Benchmark of `ipx stats`: whole-process time against the sqlite3 shell running the GROUP BY
a user would otherwise write, on a generated knowledge base (tests/store/kb_factory.py).

    .venv/bin/python bench/bench_stats.py                 # 10,000 agreements (cached)
    .venv/bin/python bench/bench_stats.py --agreements 50000 --rebuild

Prints figures side by side; asserts nothing. The SQL answers less than `ipx stats` does (no
filter language, no names in any script, no first and last year, no chart), so it is the
floor to compare with, not an equal.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VENV = ROOT / ".venv" / "bin"
CACHE = Path(tempfile.gettempdir()) / "ipx-bench-stats"

YEARS_SQL = (
    "SELECT COALESCE(substr(date, 1, 4), 'undated') AS y, COUNT(*) FROM agreement"
    " GROUP BY y ORDER BY y;"
)
PARTNERS_SQL = (
    "SELECT o.name, COUNT(DISTINCT b.agreement_id) AS n FROM agreementparty a"
    " JOIN agreementparty b ON a.agreement_id = b.agreement_id"
    " AND b.organisation_id != a.organisation_id AND b.role = 'party'"
    " JOIN organisation o ON o.id = b.organisation_id"
    " WHERE a.organisation_id = {org} AND a.role = 'party' GROUP BY o.id ORDER BY n DESC;"
)


def build(path: Path, agreements: int) -> None:
    from store.db import open_database
    from store.exchange.load import import_data
    from tests.store.kb_factory import make_kb

    print(f"building {path} ({agreements:,} agreements) ...", file=sys.stderr)
    kb = make_kb(n_orgs=max(200, agreements // 5), n_people=500, n_agreements=agreements)
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        import_data(s, kb)
        s.commit()
    db.engine.dispose()


def timed(cmd: list[str], runs: int) -> tuple[float, str]:
    """Median wall time of CMD in ms, and its output."""
    times, out = [], ""
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


def busiest(path: Path) -> int:
    out = subprocess.run(
        [
            "sqlite3",
            str(path),
            "SELECT organisation_id FROM agreementparty WHERE role = 'party'"
            " GROUP BY organisation_id ORDER BY COUNT(*) DESC LIMIT 1;",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(out.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--agreements", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("bench_stats: needs the sqlite3 shell to compare with")
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"kb-{args.agreements}.db"
    if args.rebuild or not path.exists():
        path.unlink(missing_ok=True)
        build(path, args.agreements)
    org = busiest(path)
    ipx = [str(VENV / "ipx"), "stats", "--db", str(path)]
    cases = [
        ("per year", ipx, ["sqlite3", str(path), YEARS_SQL]),
        (
            "partners of one office",
            [*ipx, "--by", "partner", "--org", f"o{org}"],
            ["sqlite3", str(path), PARTNERS_SQL.format(org=org)],
        ),
        ("per year, filtered", [*ipx, "--filter", "kind:mou,pph year:2017..2019"], None),
        ("by country, --json", [*ipx, "--by", "country", "--json"], None),
    ]
    print(f"{args.agreements:,} agreements, median of {args.runs} runs (ms, whole process)")
    print(f"{'':28} {'ipx stats':>10} {'sqlite3':>10}")
    for label, mine, theirs in cases:
        ms, out = timed(mine, args.runs)
        if "--json" in mine:
            json.loads(out)
        other = f"{timed(theirs, args.runs)[0]:10.0f}" if theirs else f"{'-':>10}"
        print(f"{label:28} {ms:10.0f} {other}")


if __name__ == "__main__":
    main()
