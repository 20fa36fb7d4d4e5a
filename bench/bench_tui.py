"""Time to first paint of the explorer, headless.

    python bench/bench_tui.py                 # the test knowledge base + 2,000 filler orgs
    python bench/bench_tui.py --db URL        # an existing database (e.g. the seeded one)
    python bench/bench_tui.py --extra 50000   # a bigger synthetic list

Prints, in milliseconds from constructing IpxApp: the main screen mounted (first paint,
empty tables), the lists filled with rows (the worker done and the tables painted), and
opening a detail view. It drives the app with Pilot and watches it from outside (Pilot's
message hook), so the explorer itself carries no timing code.
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
from tui.screens.main import MainScreen  # noqa: E402

POLL = 0.002  # seconds between looks at the app while waiting for the detail view


class Watch:
    """Marks when the main screen is first mounted and when its lists are first loaded,
    looking at the app each time it handles a message (Pilot's message hook): the
    explorer itself carries no timing code."""

    def __init__(self, app: IpxApp) -> None:
        self.app = app
        self.marks: dict[str, float] = {}

    def __call__(self, _message: object) -> None:
        now = time.perf_counter()
        main = next((s for s in self.app.screen_stack if isinstance(s, MainScreen)), None)
        if main is None:
            return
        if main.is_mounted:
            self.marks.setdefault("mounted", now)
        if main.loaded:
            self.marks.setdefault("rows", now)


async def one_run(url: str, size: tuple[int, int]) -> dict[str, float]:
    db = open_database(url)
    start = time.perf_counter()
    app = IpxApp(db)
    watch = Watch(app)
    async with app.run_test(size=size, message_hook=watch) as pilot:
        while "rows" not in watch.marks:
            await pilot.pause(POLL)
        await pilot.pause()  # the refresh that paints the rows
        painted = time.perf_counter()
        t0 = time.perf_counter()
        await pilot.press("enter")
        while not (isinstance(app.screen, DetailScreen) and app.screen.loaded):
            await pilot.pause(POLL)
        await pilot.pause()
        opened = time.perf_counter() - t0
    db.engine.dispose()
    return {
        "mounted": (watch.marks["mounted"] - start) * 1000,
        "rows": (watch.marks["rows"] - start) * 1000,
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
        from tests.tui.kb import make_db

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
