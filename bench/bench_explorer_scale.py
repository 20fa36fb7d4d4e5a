"""The explorer at a million names: first paint, search as you type, scrolling, filters.

    .venv/bin/python bench/bench_explorer_scale.py               # builds the cache on first run
    .venv/bin/python bench/bench_explorer_scale.py --rebuild     # build the knowledge base again
    .venv/bin/python bench/bench_explorer_scale.py --names 200000 --keystrokes 100

The knowledge base (bench/scale_kb.py: bench/synth.py's names with the store's own search
keys, plus kinds, countries, dates, roles and a few well-known offices) is built once into
a cache folder (default: ipx-bench-explorer in the temporary folder) and reused.

Everything is measured in process with Textual's Pilot, from outside the app (the explorer
carries no timing code), at 80x24 unless --size says otherwise:

- first paint: from constructing IpxApp to the first list drawn with its rows, and to every
  list loaded (the others load after the first has painted);
- search as you type: realistic queries (surnames and given names in pinyin, one and two
  syllables, names in characters, Latin names, acronyms, words of organisation names)
  typed a key at a time into the search screen, each keystroke timed until its results are
  on screen, beside the store's search alone and an SQLite FTS5 prefix query (what
  `sqlite-utils search` or Datasette would run) for the same text;
- scrolling: page down through the Officials and Organisations lists, keys sent as a
  terminal sends them; time per page, keys lost (the cursor did not move), cursor off
  screen; then a held key (BURST Page Downs at once): how far the cursor went of how far
  the keys ask;
- filters: a fielded filter typed in the filter bar, time until every list shows it.

Prints figures; asserts nothing. The targets (issue 13): first paint <= 1 s, p95 keystroke
<= 50 ms, no stalls while scrolling.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_kb import build, is_current  # noqa: E402

from store.db import open_database  # noqa: E402
from tui.app import IpxApp  # noqa: E402
from tui.screens.main import MainScreen  # noqa: E402
from tui.screens.search import SearchScreen  # noqa: E402
from tui.widgets.entity_table import EntityTable  # noqa: E402

POLL = 0.0005  # seconds between looks at the app while waiting
LOST = 3.0  # seconds after which a key that did not move the cursor counts as lost
BURST = 40  # Page Downs sent at once, as a held key sends them
PARTS = ("paint", "typing", "scroll", "filter")


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def summary(xs: list[float]) -> str:
    return (
        f"p50 {percentile(xs, 50):7.1f}   p95 {percentile(xs, 95):7.1f}   max {max(xs):7.1f}"
        f"   (n={len(xs)})"
    )


async def until(ready: Callable[[], bool], timeout: float = 120.0) -> float:
    """Wait until READY() holds (looking every POLL seconds); the time it first held."""
    end = time.perf_counter() + timeout
    while not ready():
        if time.perf_counter() > end:
            raise TimeoutError("the explorer did not get there in time")
        await asyncio.sleep(POLL)
    return time.perf_counter()


def main_screen(app: IpxApp) -> MainScreen | None:
    return next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)


def lists_loaded(app: IpxApp) -> bool:
    main = main_screen(app)
    return bool(main and main.is_mounted and main.loaded)


async def drawn(app: IpxApp) -> None:
    """Until the screen has refreshed (drawn what changed) once more."""
    done = asyncio.Event()
    app.screen.call_after_refresh(done.set)
    with contextlib.suppress(TimeoutError):  # nothing was left to draw
        await asyncio.wait_for(done.wait(), 5.0)


def send_key(app: IpxApp, key: str) -> None:
    """A key as the terminal driver delivers it. Pilot's press() would also sleep for the
    process to go idle (20 ms at least, twice), time no user waits for: the figures then
    measured Pilot."""
    from textual import events

    char = " " if key == "space" else (key if len(key) == 1 else None)
    app.post_message(events.Key(key, char))


async def idle(app: IpxApp) -> None:
    """Until no worker runs (a worker cancelled by a newer one counts as done)."""
    from textual.worker import WorkerState

    busy = (WorkerState.PENDING, WorkerState.RUNNING)
    await until(lambda: not any(w.state in busy for w in app.workers))


# ------------------------------------------------------------------ first paint


async def first_paint(url: str, size: tuple[int, int]) -> dict[str, float]:
    db = open_database(url)
    start, cpu0 = time.perf_counter(), time.process_time()
    app = IpxApp(db)
    marks: dict[str, float] = {}
    cpu: dict[str, float] = {}
    async with app.run_test(size=size) as pilot:

        def first_list() -> bool:
            main = main_screen(app)
            return bool(main and main.is_mounted and main.table("organisations").row_count)

        await until(lambda: main_screen(app) is not None and main_screen(app).is_mounted)  # type: ignore[union-attr]
        marks["mounted"], cpu["mounted"] = time.perf_counter(), time.process_time()
        await until(first_list)
        await drawn(app)
        marks["first"], cpu["first"] = time.perf_counter(), time.process_time()
        await until(lambda: lists_loaded(app))
        await pilot.pause()
        marks["all"], cpu["all"] = time.perf_counter(), time.process_time()
    db.engine.dispose()
    out = {k: (v - start) * 1000 for k, v in marks.items()}
    return out | {f"{k} cpu": (v - cpu0) * 1000 for k, v in cpu.items()}


# ------------------------------------------------------------------ queries


def make_queries(path: Path, n: int, seed: int = 5) -> list[str]:
    """Queries as people type them: pinyin surnames and given names (one or two syllables,
    then the whole name), names in characters, Latin names, acronyms, organisation words."""
    from store.text import has_han

    rnd = random.Random(seed)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    max_id = conn.execute("SELECT max(id) FROM name").fetchone()[0]
    pinyin: list[str] = []
    han: list[str] = []
    latin: list[str] = []
    acronyms: list[str] = []
    while min(len(pinyin), len(han), len(latin), len(acronyms)) < n:
        row = conn.execute(
            "SELECT text, kind, entity_type FROM name WHERE id >= ? LIMIT 1",
            (rnd.randint(1, max_id),),
        ).fetchone()
        if not row:
            continue
        text, kind, etype = row
        if etype == "person" and kind == "transliteration":
            pinyin.append(text.lower())
        elif etype == "person" and has_han(text):
            han.append(text)
        elif etype == "person":
            latin.append(text)
        elif kind == "acronym":
            acronyms.append(text)
    conn.close()
    known = ["shen changyu", "daren tang", "cnipa", "wipo", "申长雨", "intellectual property"]
    out = known + pinyin[:n] + han[:n] + latin[:n] + acronyms[: max(1, n // 2)]
    rnd.shuffle(out)
    return out


# ------------------------------------------------------------------ search as you type


Timed = tuple[list[float], list[float]]  # wall-clock ms, CPU ms of the process (all threads)


async def typing(url: str, size: tuple[int, int], queries: list[str], keys: int) -> Timed:
    """Per keystroke, ms from the key to its results on screen (wall clock and CPU)."""
    db = open_database(url)
    app = IpxApp(db)
    times: list[float] = []
    cpu: list[float] = []
    async with app.run_test(size=size) as pilot:
        await until(lambda: lists_loaded(app))
        await pilot.pause()
        for q in queries:
            if len(times) >= keys:
                break
            await pilot.press("slash")
            screen = app.screen
            assert isinstance(screen, SearchScreen)
            for i, ch in enumerate(q):
                t0, c0 = time.perf_counter(), time.process_time()
                send_key(app, ch if ch != " " else "space")
                typed = q[: i + 1]
                await until(lambda s=screen, t=typed: s.searched == t)  # type: ignore[misc]
                await drawn(app)  # the refresh that draws the results
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
            await pilot.press("escape")
            await pilot.pause()
    db.engine.dispose()
    return times, cpu


def store_alone(path: Path, queries: list[str], keys: int) -> list[float]:
    """The store's search alone (what the screen waits for), per prefix typed."""
    from tui.data import search

    db = open_database(f"sqlite:///{path}")
    times: list[float] = []
    for q in queries:
        for i in range(len(q)):
            if len(times) >= keys:
                break
            t0 = time.perf_counter()
            search(db, q[: i + 1], None, 30)
            times.append((time.perf_counter() - t0) * 1000)
    db.engine.dispose()
    return times


def fts_copy(path: Path) -> Path:
    """The same names in an FTS5 table (as `sqlite-utils enable-fts` makes it), cached."""
    fts = path.with_name(path.stem + "-fts.db")
    if fts.exists() and fts.stat().st_mtime > path.stat().st_mtime:
        return fts
    fts.unlink(missing_ok=True)
    conn = sqlite3.connect(fts)
    conn.execute(f"ATTACH '{path}' AS src")
    conn.execute("CREATE VIRTUAL TABLE names USING fts5(text)")
    conn.execute("INSERT INTO names (rowid, text) SELECT id, text FROM src.name")
    conn.commit()
    conn.close()
    return fts


def fts_alone(path: Path, queries: list[str], keys: int) -> list[float]:
    """An FTS5 prefix query (the typed words, the last one as a prefix), 30 rows, per key."""
    conn = sqlite3.connect(fts_copy(path))
    times: list[float] = []
    for q in queries:
        for i in range(len(q)):
            if len(times) >= keys:
                break
            words = q[: i + 1].replace('"', " ").split()
            if not words:
                continue
            match = " ".join(f'"{w}"' for w in words) + "*"
            t0 = time.perf_counter()
            conn.execute(
                "SELECT rowid, text FROM names WHERE names MATCH ? ORDER BY rank LIMIT 30",
                (match,),
            ).fetchall()
            times.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return times


# ------------------------------------------------------------------ scrolling and filters


class Scrolled:
    """One list scrolled: ms per page down (wall clock, and CPU time of the thread that
    draws), the keys after which the cursor did not move (lost), and those after which it
    was off screen."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.cpu: list[float] = []
        self.lost = 0
        self.off_screen = 0
        self.last_row = 0
        self.held = ""  # a held key: BURST Page Downs sent at once, how far and how long


def cursor_on_screen(table: EntityTable) -> bool:
    region = table._get_row_region(table.cursor_row)
    header = table.header_height if table.show_header else 0
    bottom = table.scroll_y + table.scrollable_content_region.height
    return table.scroll_y + header <= region.y and region.bottom <= bottom


async def held_key(app: IpxApp, table: EntityTable) -> str:
    """BURST Page Downs sent at once (a held key repeating faster than pages are read):
    the lines the cursor moved against the lines BURST pages hold (a page that ends inside
    a row of two lines stops at its top), and the ms until it stopped, on screen or not."""
    start = table.cursor_row
    first, page = table._tops[start], table._page_lines()
    t0 = time.perf_counter()
    for _ in range(BURST):
        send_key(app, "pagedown")
    last, still = -1, time.perf_counter()
    while time.perf_counter() - still < 0.5:  # until the cursor has not moved for 0.5 s
        if table.cursor_row != last or table._owed:
            last, still = table.cursor_row, time.perf_counter()
        await asyncio.sleep(POLL)
    moved = table._tops[table.cursor_row] - first
    where = "on screen" if cursor_on_screen(table) else "OFF SCREEN"
    return (
        f"{BURST} keys at once: {moved:,} of {BURST * page:,} lines,"
        f" {(still - t0) * 1000:.0f} ms, cursor {where}"
    )


async def scrolling(url: str, size: tuple[int, int], pages: int) -> dict[str, Scrolled]:
    """Per list, Page Down sent as a terminal sends it (send_key: no waiting for idle),
    each timed from the key to the page drawn; pages read in the background are not
    counted. A key after which the cursor has not moved within LOST seconds is lost."""
    db = open_database(url)
    app = IpxApp(db)
    out: dict[str, Scrolled] = {}
    async with app.run_test(size=size) as pilot:
        await until(lambda: lists_loaded(app))
        main = main_screen(app)
        assert main is not None
        for pane, key in (("officials", "3"), ("organisations", "1")):
            await pilot.press(key)
            await pilot.pause()
            got = Scrolled()
            table = main.table(pane)
            for _ in range(pages):
                t0, c0 = time.perf_counter(), time.thread_time()
                row = table.cursor_row
                send_key(app, "pagedown")
                try:
                    await until(lambda t=table, r=row: t.cursor_row != r, timeout=LOST)  # type: ignore[misc]
                except TimeoutError:
                    got.lost += 1
                    continue
                await drawn(app)
                got.times.append((time.perf_counter() - t0) * 1000)
                got.cpu.append((time.thread_time() - c0) * 1000)
                got.off_screen += not cursor_on_screen(table)
            got.last_row = table.cursor_row
            got.held = await held_key(app, table)
            out[pane] = got
    db.engine.dispose()
    return out


FILTERS = ["year:2017..2019", "kind:mou", "party:CNIPA", "country:SG", "kind:ip_office"]


async def filtering(url: str, size: tuple[int, int]) -> dict[str, dict[str, float]]:
    """Per filter and pane, ms from the filter typed to the pane showing it: a list's first
    rows (its count may follow), the Timeline's chart and rows."""
    from textual.widgets import Input
    from textual.worker import WorkerState

    from tui.widgets.list_pane import ListPane

    db = open_database(url)
    app = IpxApp(db)
    out: dict[str, dict[str, float]] = {}
    async with app.run_test(size=size) as pilot:
        await until(lambda: lists_loaded(app))
        await idle(app)
        main = main_screen(app)
        assert main is not None
        panes = {p.spec.pane: p for p in main.query(ListPane)}
        busy = (WorkerState.PENDING, WorkerState.RUNNING)

        def timeline_done() -> bool:
            return not any(w.group == "timeline" and w.state in busy for w in app.workers)

        for text in FILTERS:
            t0 = time.perf_counter()
            main.query_one("#filter", Input).value = text  # as if pasted
            await until(lambda: main.filt.active)
            done: dict[str, float] = {}
            while len(done) < len(panes) + 1:
                for name, p in panes.items():
                    if name not in done and not p.loading:
                        done[name] = (time.perf_counter() - t0) * 1000
                if "timeline" not in done and timeline_done():
                    done["timeline"] = (time.perf_counter() - t0) * 1000
                await asyncio.sleep(POLL)
            out[text] = done
            main.query_one("#filter", Input).value = ""
            await pilot.pause(0.1)
            await idle(app)
    db.engine.dispose()
    return out


# ------------------------------------------------------------------ main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "ipx-bench-explorer"
    )
    ap.add_argument("--names", type=int, default=1_000_000)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--runs", type=int, default=3, help="first-paint runs")
    ap.add_argument("--keystrokes", type=int, default=300)
    ap.add_argument("--pages", type=int, default=60, help="pages down per list")
    ap.add_argument("--size", default="80x24")
    ap.add_argument(
        "--only", nargs="+", choices=PARTS, default=list(PARTS), help="measure only these"
    )
    args = ap.parse_args()
    os.environ.pop("IPX_DATABASE_URL", None)
    args.cache.mkdir(parents=True, exist_ok=True)
    path = args.cache / f"kb-{args.names}.db"
    if args.rebuild or not is_current(path, args.names):
        print(f"building {path} ({args.names:,} names) ...", file=sys.stderr)
        print(f"built in {build(path, names=args.names):.0f} s", file=sys.stderr)
    url = f"sqlite:///{path}"
    w, h = (int(x) for x in args.size.split("x"))
    size = (w, h)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = ("name", "person", "organisation", "agreement", "role", "searchkey")
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    conn.close()
    print(
        f"ipx explorer at scale: {counts[0]:,} names ({counts[1]:,} people, {counts[2]:,}"
        f" organisations, {counts[3]:,} agreements, {counts[4]:,} roles; {counts[5]:,} search"
        f" keys), {w}x{h}, in process through Pilot; a shared, loaded machine: figures are noisy"
    )

    if "paint" in args.only:
        paint(url, size, args.runs)
    if "typing" in args.only:
        search_as_you_type(path, size, args.keystrokes)
    if "scroll" in args.only:
        scrolled = asyncio.run(scrolling(url, size, args.pages))
        print("\nscrolling, ms per page down (key sent as a terminal sends it, to page drawn)")
        for pane, got in scrolled.items():
            slow = sum(1 for x in got.cpu if x > 100)
            label = f"{pane} (to row {got.last_row:,})"
            print(f"  {label:<40} {summary(got.times) if got.times else 'no page moved'}")
            if got.cpu:
                print(
                    f"  {'  the same, CPU time of the UI thread':<40} {summary(got.cpu)}"
                    f"   over 100: {slow}"
                )
            print(
                f"  {'  keys lost (cursor did not move)':<40} {got.lost} of {args.pages};"
                f" cursor off screen after {got.off_screen}"
            )
            print(f"  {'  held Page Down':<40} {got.held}")
    if "filter" in args.only:
        filtered = asyncio.run(filtering(url, size))
        print("\nfilter bar, ms from the filter typed to each pane showing it")
        panes = list(next(iter(filtered.values())))
        print(f"  {'':<20}" + "".join(f"{p:>15}" for p in panes))
        for text, done in filtered.items():
            print(f"  {text:<20}" + "".join(f"{done[p]:15.0f}" for p in panes))


def paint(url: str, size: tuple[int, int], n: int) -> None:
    runs = [asyncio.run(first_paint(url, size)) for _ in range(n)]
    print(f"\nfirst paint, ms from IpxApp() ({n} runs; wall median, max; CPU median)")
    for key, label in (
        ("mounted", "main screen mounted"),
        ("first", "first list drawn with rows (target <= 1000)"),
        ("all", "every list loaded"),
    ):
        xs, cpu = [r[key] for r in runs], [r[f"{key} cpu"] for r in runs]
        print(
            f"  {label:<46} {statistics.median(xs):8.1f} {max(xs):8.1f}"
            f"   CPU {statistics.median(cpu):8.1f}"
        )


def search_as_you_type(path: Path, size: tuple[int, int], keystrokes: int) -> None:
    queries = make_queries(path, max(4, keystrokes // 40))
    keyed, keyed_cpu = asyncio.run(typing(f"sqlite:///{path}", size, queries, keystrokes))
    alone = store_alone(path, queries, keystrokes)
    fts = fts_alone(path, queries, keystrokes)
    print("\nsearch as you type, ms per keystroke (target: p95 <= 50 in the explorer)")
    print(f"  {'explorer: key to results on screen':<40} {summary(keyed)}")
    print(f"  {'  the same, CPU time of the process':<40} {summary(keyed_cpu)}")
    print(f"  {'store.search alone (30 hits, context)':<40} {summary(alone)}")
    print(f"  {'SQLite FTS5 prefix query (30 rows)':<40} {summary(fts)}")
    print(f"  queries typed: {', '.join(queries[:12])}, ...")


if __name__ == "__main__":
    main()
