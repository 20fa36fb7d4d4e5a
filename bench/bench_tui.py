"""Time to first paint of the explorer, headless.

    python bench/bench_tui.py                 # the test knowledge base + 2,000 filler orgs
    python bench/bench_tui.py --db URL        # an existing database (e.g. the seeded one)
    python bench/bench_tui.py --extra 50000   # a bigger synthetic list

Prints, in milliseconds from constructing IpxApp: the main screen mounted (first paint,
empty tables), the lists filled with rows (the worker done and the tables painted), and
opening a detail view.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.db import open_database  # noqa: E402
from tui.app import IpxApp  # noqa: E402
from tui.screens.detail import DetailScreen  # noqa: E402


async def one_run(url: str, size: tuple[int, int]) -> dict[str, float]:
    db = open_database(url)
    app = IpxApp(db)
    async with app.run_test(size=size) as pilot:
        while "rows" not in app.timings:
            await pilot.pause(0.002)
        await pilot.pause()  # the refresh that paints the rows
        painted = time.perf_counter()
        t0 = time.perf_counter()
        await pilot.press("enter")
        while not (isinstance(app.screen, DetailScreen) and app.screen.loaded):
            await pilot.pause(0.002)
        await pilot.pause()
        opened = time.perf_counter() - t0
    db.engine.dispose()
    start = app.timings["start"]
    return {
        "mounted": (app.timings["mounted"] - start) * 1000,
        "rows": (app.timings["rows"] - start) * 1000,
        "painted": (painted - start) * 1000,
        "detail": opened * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a generated test database)")
    parser.add_argument("--extra", type=int, default=2000, help="filler organisations")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="80x24")
    args = parser.parse_args()
    url = args.db
    if url is None:
        from tests.tui_fixtures import make_db

        t = time.perf_counter()
        url = make_db(Path(tempfile.mkdtemp(prefix="ipx-bench-")), extra_orgs=args.extra)
        print(
            f"built test database with {args.extra} filler organisations "
            f"in {time.perf_counter() - t:.1f} s"
        )
    w, h = (int(x) for x in args.size.split("x"))
    results = [asyncio.run(one_run(url, (w, h))) for _ in range(args.runs)]
    print(f"ipx TUI first paint, {args.runs} runs at {w}x{h} ({url.split('/')[-1]}), ms:")
    for key, label in (
        ("mounted", "main screen mounted (first paint)"),
        ("rows", "lists loaded (worker done)"),
        ("painted", "rows painted"),
        ("detail", "Enter -> detail view shown"),
    ):
        values = [r[key] for r in results]
        print(f"  {label:<36} median {statistics.median(values):7.1f}   max {max(values):7.1f}")


if __name__ == "__main__":
    main()
