"""Benchmark of store.search: in-process latency at a million names, whole-process time of a
search against `sqlite-utils search` on an FTS5 table of the same names.

    .venv/bin/python bench/bench_search.py            # builds the caches on first run
    .venv/bin/python bench/bench_search.py --rebuild  # regenerate the synthetic databases
    .venv/bin/python bench/bench_search.py --skip-process

Prints figures; asserts nothing (the targets: p95 <= 5 ms in process at 1M names; a whole
`ipx search` process at most half the time of `sqlite-utils search`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import generate  # noqa: E402

from store.search import Hit, search  # noqa: E402
from store.search.readings import options, readings  # noqa: E402
from store.text import has_han  # noqa: E402

VENV = ROOT / ".venv" / "bin"


def ensure(path: Path, *, names: int, people_only: bool, rebuild: bool) -> None:
    if rebuild or not path.exists():
        print(f"building {path} ({names:,} names) ...", file=sys.stderr)
        generate(path, names=names, people_only=people_only)


def _typo(rnd: random.Random, word: str) -> str:
    i = rnd.randrange(len(word) // 2, len(word))
    return word[:i] + word[i + 1 :]


Ref = tuple[str, int, str] | None  # kind, id, the name the query was made from


def make_queries(conn: sqlite3.Connection, n: int, seed: int = 11) -> list[tuple[str, str, Ref]]:
    """(form, query, entity it should find) drawn from the names in the database."""
    rnd = random.Random(seed)
    max_id = conn.execute("SELECT max(id) FROM name").fetchone()[0]
    han: list[tuple[str, Ref]] = []
    latin_people: list[tuple[str, Ref]] = []
    orgs: list[tuple[str, Ref]] = []
    while len(han) < n or len(latin_people) < n or len(orgs) < n:
        row = conn.execute(
            "SELECT text, entity_type, entity_id FROM name WHERE id >= ? LIMIT 1",
            (rnd.randint(1, max_id),),
        ).fetchone()
        if not row:
            continue
        text, etype, eid = row
        found: Ref = (etype, eid, text)
        if etype == "person" and has_han(text) and len(han) < n:
            han.append((text, found))
        elif etype == "person" and not has_han(text) and len(latin_people) < n:
            latin_people.append((text, found))
        elif etype == "organisation" and not has_han(text) and " " in text and len(orgs) < n:
            orgs.append((text, found))
    out: list[tuple[str, str, Ref]] = []
    for zh, ref in han:
        rs = readings(options(zh, person=True))
        pref = rs[0]
        out.append(("characters", zh, ref))
        out.append(("characters part", zh[1:] if len(zh) > 2 else zh, ref))
        out.append(("full pinyin", "".join(pref), ref))
        out.append(("spaced pinyin", " ".join(pref).title(), ref))
        out.append(("initials", "".join(s[0] for s in pref), ref))
        out.append(("mixed", pref[0] + "".join(s[0] for s in pref[1:]), ref))
        out.append(("partial", "".join(pref)[:-1], ref))
        out.append(("tone numbers", "".join(s + str(rnd.randint(1, 4)) for s in pref), ref))
        if len(rs) > 1:
            out.append(("heteronym", "".join(rs[1]), ref))
        fz = "".join(pref).replace("sh", "s").replace("zh", "z").replace("ch", "c")
        if fz != "".join(pref):
            out.append(("fuzzy", fz, ref))
    for name, ref in latin_people:
        out.append(("latin name", name, ref))
        words = name.split()
        longest = max(words, key=len)
        if len(longest) >= 5:
            out.append(("typo", name.replace(longest, _typo(rnd, longest)), ref))
    for name, ref in orgs:
        words = [w for w in name.split() if w[0].isupper() and w not in ("No.",)]
        rnd.shuffle(words)
        number = [w for w in name.split() if w.isdigit()]  # what tells synthetic names apart
        out.append(("words", " ".join(words[:2] + number).lower(), ref))
        acr = "".join(w[0] for w in name.split() if w[0].isupper())
        suffix = str(ref[1] % 1000) if number and ref else ""
        out.append(("acronym", acr + suffix, ref))
    for q in ["w", "zh", "wang", "li", "intellectual", "mou", "知识产权", "王"]:
        out.append(("broad", q, None))
    rnd.shuffle(out)
    return out


def _right(hit: Hit, ref: tuple[str, int, str]) -> bool:
    same_name = hit.kind == ref[0] and ref[2] in [hit.name, *hit.aliases]
    return (hit.kind, hit.id) == ref[:2] or same_name


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def in_process(path: Path, n: int) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    names = conn.execute("SELECT count(*) FROM name").fetchone()[0]
    keys = conn.execute("SELECT count(*) FROM searchkey").fetchone()[0]
    queries = make_queries(conn, n)
    for _, q, _ in queries[:50]:  # warm the page cache and the Python caches
        search(conn, q)
    times: dict[str, list[float]] = {}
    found: dict[str, int] = {}
    first: dict[str, int] = {}
    allt: list[float] = []
    for form, q, ref in queries:
        t0 = time.perf_counter()
        hits = search(conn, q)
        dt = (time.perf_counter() - t0) * 1000
        times.setdefault(form, []).append(dt)
        ok = bool(hits) if ref is None else any(_right(h, ref) for h in hits)
        found[form] = found.get(form, 0) + ok
        first[form] = first.get(form, 0) + (bool(hits) and (ref is None or _right(hits[0], ref)))
        allt.append(dt)
    print(f"\nin-process search, {names:,} names, {keys:,} keys, {len(allt)} queries")
    print("(found: a hit is the entity the query was made from, or bears the same name --")
    print(" synthetic names repeat; first: the first hit is)")
    print(
        f"{'form':16} {'n':>5} {'found':>6} {'first':>6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}"
    )
    for form in sorted(times):
        ts = times[form]
        print(
            f"{form:16} {len(ts):5d} {found[form] / len(ts):6.0%} {first[form] / len(ts):6.0%}"
            f" {percentile(ts, 50):7.2f} {percentile(ts, 95):7.2f} {max(ts):7.2f}"
        )
    print(
        f"{'ALL':16} {len(allt):5d} {'':6} {'':6} {percentile(allt, 50):7.2f}"
        f" {percentile(allt, 95):7.2f} {max(allt):7.2f}"
    )
    conn.close()


def fts_copy(path: Path) -> Path:
    """The same names in a table `names` with an FTS5 index made by sqlite-utils."""
    fts = path.with_name(path.stem + "-fts.db")
    if fts.exists() and fts.stat().st_mtime > path.stat().st_mtime:
        return fts
    fts.unlink(missing_ok=True)
    conn = sqlite3.connect(fts)
    conn.execute(f"ATTACH '{path}' AS src")
    conn.execute(
        "CREATE TABLE names (id INTEGER PRIMARY KEY, entity_type TEXT, entity_id INT, text TEXT)"
    )
    conn.execute("INSERT INTO names SELECT id, entity_type, entity_id, text FROM src.name")
    conn.commit()
    conn.close()
    subprocess.run(
        [str(VENV / "sqlite-utils"), "enable-fts", str(fts), "names", "text", "--fts5"], check=True
    )
    return fts


# Bytecode as an installed package has it (pip compiles on install), kept out of the tree:
# this environment may set PYTHONDONTWRITEBYTECODE, which makes every start compile ipx.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = "/tmp/ipx-bench-pycache"


def timed(cmd: list[str], runs: int) -> tuple[float, str]:
    ts = []
    out = ""
    subprocess.run(cmd, capture_output=True, cwd=ROOT, env=ENV)  # warm caches and bytecode
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=ENV)
        ts.append(time.perf_counter() - t0)
        out = p.stdout if p.returncode == 0 else f"exit {p.returncode}: {p.stderr[-300:]}"
    return statistics.median(ts) * 1000, out


def _seeds_db() -> Path:
    """The seeds imported into a database of their own (cached), for the small-database row."""
    path = Path("/tmp/ipx-bench-seeds.db")
    if not path.exists():
        subprocess.run(
            [str(VENV / "ipx"), "import", "-q", str(ROOT / "seeds"), "--db", str(path)], check=True
        )
    return path


def processes(path: Path, runs: int) -> None:
    fts = fts_copy(path)
    people = sqlite3.connect(path).execute("SELECT count(*) FROM person").fetchone()[0]
    py = str(VENV / "python")
    plain = (
        "import sys, json; from store.search import search_url; "
        "print(json.dumps([h.__dict__ for h in search_url(sys.argv[1], sys.argv[2])],"
        " ensure_ascii=False))"
    )
    ipx = shutil.which("ipx", path=str(VENV))
    queries = ["Francis Gurry", "zhang wei", "Wang", "Shen Changyu"]
    print(f"\nwhole process, {people:,} people; median of {runs} runs, ms")
    print(
        f"{'query':16} {'python -c search_url':>21} {'ipx search --json':>18}"
        f" {'sqlite-utils search':>20}"
    )
    for q in queries:
        ours, out = timed([py, "-c", plain, f"sqlite:///{path}", q], runs)
        n_ours = len(json.loads(out)) if out.startswith("[") else out[:60]
        cli = "-"
        if ipx:
            t, cout = timed([ipx, "search", "--db", str(path), q, "--json"], runs)
            cli = f"{t:.0f}" if cout.lstrip().startswith("[") else f"{t:.0f} (failed)"
        theirs, tout = timed(
            [str(VENV / "sqlite-utils"), "search", str(fts), "names", q, "--limit", "20"], runs
        )
        n_theirs = len(json.loads(tout)) if tout.startswith("[") else tout[:60]
        print(f"{q:16} {ours:15.0f} ({n_ours}) {cli:>18} {theirs:14.0f} ({n_theirs})")
    if ipx:
        seeds = _seeds_db()
        for q in queries:
            t, _ = timed([ipx, "search", "--db", str(seeds), q, "--json"], runs)
            print(f"{q:16} ipx search --json on the seeds alone: {t:.0f} ms")
    t, _ = timed([py, "-c", "pass"], runs)
    t2, _ = timed([py, "-c", "import store.search"], runs)
    print(f"(python -c pass: {t:.0f} ms; python -c 'import store.search': {t2:.0f} ms;")
    print(" bytecode cached in /tmp/ipx-bench-pycache, as an installed package has it)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big", type=Path, default=Path("/tmp/ipx-bench-1m.db"))
    ap.add_argument("--names", type=int, default=1_000_000)
    ap.add_argument("--people-db", type=Path, default=Path("/tmp/ipx-bench-250k.db"))
    ap.add_argument("--people", type=int, default=250_000)
    ap.add_argument("--queries", type=int, default=150, help="names sampled per group")
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--skip-process", action="store_true")
    args = ap.parse_args()
    os.environ.pop("IPX_DATABASE_URL", None)
    ensure(args.big, names=args.names, people_only=False, rebuild=args.rebuild)
    in_process(args.big, args.queries)
    if not args.skip_process:
        ensure(
            args.people_db, names=int(args.people * 1.88), people_only=True, rebuild=args.rebuild
        )
        processes(args.people_db, args.runs)


if __name__ == "__main__":
    main()
