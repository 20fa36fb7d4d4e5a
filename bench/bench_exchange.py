"""Bulk exchange import: `ipx import` of an exchange file beside `sqlite-utils insert` of the
same people, side by side in one run.

    .venv/bin/python bench/bench_exchange.py [--people 250000] [--orgs N] [--agreements N]
                                             [--pg] [--before] [--keep DIR] [--skip-ipx]

An exchange file (EXCHANGE.md) of N people (Chinese names with their pinyin, Western names;
roles at organisations, sources), N/5 organisations (English name, acronym, Chinese name,
country, some with a parent) and N/4 agreements (parties, signatories) is generated
deterministically (the same seed gives the same bytes). Then, each in its own process:

- `sqlite-utils insert DB people people.jsonl --nl --pk id` and `sqlite-utils enable-fts DB
  people name aliases` (the same people: id, name, aliases, family, given, sources), what a
  user would otherwise do to get the names into a searchable SQLite file;
- `ipx import FILE --db sqlite:///...` (the real console script), which stores every entity,
  name, role, agreement and mention and builds the search index;
- with --pg, the same `ipx import` into a throwaway PostgreSQL cluster (tests/store/pg.py);
- with --before, the import as it was before it went bulk (entry by entry through the ORM:
  tests/store/rowwise_import.py), for the before figure (use a small --people: 25,000 took
  minutes).

Printed: wall time and CPU time (user + system, worker processes included) of each, ipx's
ratio to sqlite-utils in both, and peak resident memory: of the largest process (os.wait4)
and of the import with its worker processes together (sampled). Goal (issue 13): ipx at
most 15 x sqlite-utils for 250,000 people, peak memory under 1 GiB. Timings on a shared
machine are noisy (the load average is printed first); CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_import import _children, _rss_mib  # noqa: E402
from synth import (  # noqa: E402
    COMPOUND,
    PLACES,
    TITLES,
    UNITS,
    WEST_FIRST,
    WEST_LAST,
    chinese_name,
    pinyin_name,
)

BIN = Path(sys.executable).parent
ROLE_TITLES = (
    "Director General",
    "Deputy Director General",
    "Commissioner",
    "Chief Executive",
    "President",
    "局长",
    "副局长",
    "总干事",
    "司长",
)
KINDS = ("mou", "agreement", "work_plan", "pph", "joint_statement", "other")
DATES = (None, "2015", "2017-05", "2019-11-30", "2021", "2023-02")


# ---------------------------------------------------------------- the exchange file


def _documents(rnd: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "id": f"d{i}",
            "path": f"corpus/news_{i:05d}.txt",
            "title": f"News item {i}",
            "lang": rnd.choice(["en", "zh"]),
            "date": f"20{rnd.randint(10, 25)}-{rnd.randint(1, 12):02d}",
            "text": f"Text of news item {i}, about cooperation between offices. " * 2,
        }


def _sources(rnd: random.Random, n_docs: int, most: int = 3) -> list[str]:
    return sorted({f"d{rnd.randrange(n_docs)}" for _ in range(rnd.randint(0, most))})


def _organisations(rnd: random.Random, n: int, n_docs: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        place, place_zh = rnd.choice(PLACES)
        unit, unit_zh = rnd.choice(UNITS)
        level = rnd.choice(["National", "State", "Regional", "Municipal", ""])
        name = f"{level} {unit} of {place}".strip() + f" No. {i}"
        acronym = "".join(w[0] for w in name.split() if w[0].isupper()) + str(i)
        yield {
            "id": f"o{i}",
            "name": name,
            "aliases": [acronym, f"{place_zh}{rnd.choice(['', '国家', '省'])}{unit_zh}第{i}"],
            "country": None if i % 5 == 0 else "SG",
            "kind": rnd.choice(["ip_office", "court", "igo", "government", "company"]),
            "parent": f"o{rnd.randrange(i)}" if i > 10 and rnd.random() < 0.1 else None,
            "sources": _sources(rnd, n_docs),
        }


def _role(rnd: random.Random, n_orgs: int, n_docs: int) -> dict[str, Any]:
    return {
        "title": rnd.choice(ROLE_TITLES),
        "organisation": f"o{rnd.randrange(n_orgs)}" if n_orgs else None,
        "start": rnd.choice(DATES),
        "end": rnd.choice([None, None, "2022-06"]),
        "sources": _sources(rnd, n_docs, 1),
    }


def _person(rnd: random.Random, i: int, n_orgs: int, n_docs: int) -> dict[str, Any]:
    if rnd.random() < 0.15:
        name = f"{rnd.choice(WEST_FIRST)} {rnd.choice(WEST_LAST)}"
        family, given, aliases = name.split(" ", 1)[1], name.split(" ", 1)[0], []
        if rnd.random() < 0.3:
            aliases = [f"{given} {rnd.choice(WEST_FIRST)} {family}"]
    else:
        zh = chinese_name(rnd)
        latin = pinyin_name(zh)
        sur_len = 2 if zh[:2] in COMPOUND else 1
        family, given = zh[:sur_len], zh[sur_len:]
        name, aliases = (zh, [latin]) if rnd.random() < 0.6 else (latin, [zh])
    return {
        "id": f"p{i}",
        "name": name,
        "aliases": aliases,
        "family": family,
        "given": given,
        "roles": [_role(rnd, n_orgs, n_docs) for _ in range(rnd.choice((0, 1, 1, 2)))],
        "sources": _sources(rnd, n_docs),
    }


def _agreement(rnd: random.Random, i: int, sizes: Sizes) -> dict[str, Any]:
    parties = sorted({f"o{rnd.randrange(sizes.orgs)}" for _ in range(rnd.randint(1, 3))})
    signatories = [f"p{rnd.randrange(sizes.people)}"] if sizes.people and i % 3 == 0 else []
    return {
        "id": f"a{i}",
        "title": rnd.choice(TITLES) + (f" No. {i}" if rnd.random() < 0.5 else ""),
        "kind": rnd.choice(KINDS),
        "date": rnd.choice(DATES),
        "place": rnd.choice([None, "Geneva", "Beijing", "Singapore"]),
        "parties": parties,
        "signatories": signatories,
        "sources": _sources(rnd, sizes.docs, 2),
    }


@dataclass(frozen=True)
class Sizes:
    people: int
    orgs: int
    agreements: int
    docs: int


def _write_list(fh: Any, key: str, items: Iterator[dict[str, Any]], *, last: bool) -> None:
    fh.write(f'"{key}": [\n')
    for n, item in enumerate(items):
        fh.write((",\n" if n else "") + json.dumps(item, ensure_ascii=False))
    fh.write("\n]" + ("" if last else ",\n"))


def generate(folder: Path, sizes: Sizes, seed: int = 13) -> tuple[Path, Path]:
    """The exchange file and the same people as JSON lines for sqlite-utils."""
    rnd = random.Random(seed)
    exchange, jsonl = folder / "kb.json", folder / "people.jsonl"
    people = [_person(rnd, i, sizes.orgs, sizes.docs) for i in range(sizes.people)]
    with exchange.open("w", encoding="utf-8") as fh:
        fh.write('{"format": "exchange/1",\n')
        _write_list(fh, "documents", _documents(rnd, sizes.docs), last=False)
        _write_list(fh, "organisations", _organisations(rnd, sizes.orgs, sizes.docs), last=False)
        _write_list(fh, "people", iter(people), last=False)
        agreements = (_agreement(rnd, i, sizes) for i in range(sizes.agreements))
        _write_list(fh, "agreements", agreements, last=True)
        fh.write("}\n")
    with jsonl.open("w", encoding="utf-8") as fh:
        for p in people:
            row = {k: p[k] for k in ("id", "name", "family", "given")}
            row["aliases"] = " | ".join(p["aliases"])
            row["sources"] = " ".join(p["sources"])
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return exchange, jsonl


# ---------------------------------------------------------------- running and measuring


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system seconds, its workers included
    peak_mib: float  # the largest process
    total_mib: float  # the largest sum of the process and its workers, sampled
    ok: bool
    tail: str


class _Sampler(threading.Thread):
    """The largest sum of resident memory of one process and its children, every 0.1 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak = pid, 0.0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.1):
            total = _rss_mib(self.pid) + sum(_rss_mib(c) for c in _children(self.pid))
            self.peak = max(self.peak, total)


def run(*cmds: list[str]) -> Run:
    """The commands one after another, each its own process: wall time in all, the largest
    peak resident memory of any of them (os.wait4) and of any one with its workers."""
    t0, cpu, peak, total, ok, tail = time.perf_counter(), 0.0, 0.0, 0.0, True, ""
    for cmd in cmds:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)
        sampler = _Sampler(proc.pid)
        sampler.start()
        out = proc.stdout.read() if proc.stdout else b""
        _, status, usage = os.wait4(proc.pid, 0)
        sampler.done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        cpu += usage.ru_utime + usage.ru_stime
        peak = max(peak, usage.ru_maxrss / 1024)  # KiB on Linux
        total = max(total, sampler.peak, usage.ru_maxrss / 1024)
        lines = out.decode("utf-8", "replace").strip().splitlines()
        tail = lines[-1] if lines else ""
        ok = ok and proc.returncode == 0
        if not ok:
            break
    return Run(time.perf_counter() - t0, cpu, peak, total, ok, tail)


def sqlite_utils(folder: Path, jsonl: Path) -> Run:
    db = folder / "su.db"
    tool = str(BIN / "sqlite-utils")
    return run(
        [tool, "insert", str(db), "people", str(jsonl), "--nl", "--pk", "id"],
        [tool, "enable-fts", str(db), "people", "name", "aliases"],
    )


def ipx_import(exchange: Path, url: str) -> Run:
    return run([str(BIN / "ipx"), "import", str(exchange), "--db", url])


_ROWWISE = """
import sys
from pathlib import Path
from store.db import open_database
from store.exchange import load_json
from tests.store.rowwise_import import import_rowwise
db = open_database(sys.argv[2])
data = load_json(Path(sys.argv[1]))
with db.session() as s:
    import_rowwise(s, data)
    s.commit()
"""


def rowwise_import(exchange: Path, url: str) -> Run:
    """The entry-by-entry import of before, in its own process."""
    return run([sys.executable, "-c", _ROWWISE, str(exchange), url])


@contextmanager
def postgres() -> Iterator[str]:
    from tests.store.pg import throwaway_cluster

    with throwaway_cluster() as url:
        yield url


def _line(label: str, r: Run, base: Run | None) -> str:
    ratio = f"{r.seconds / base.seconds:6.1f} x" if base and base.seconds else "       "
    cpu_ratio = f"{r.cpu / base.cpu:6.1f} x" if base and base.cpu else "       "
    status = "" if r.ok else f"   FAILED: {r.tail}"
    memory = f"{r.peak_mib:7.0f} MiB {r.total_mib:7.0f} MiB"
    times = f"{r.seconds:8.1f} s  {ratio}  {r.cpu:7.1f} s  {cpu_ratio}"
    return f"  {label:34} {times}  {memory}{status}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=250_000)
    ap.add_argument("--orgs", type=int, help="default: people / 5")
    ap.add_argument("--agreements", type=int, help="default: people / 4")
    ap.add_argument("--docs", type=int, help="documents (default: people / 100, at least 10)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--pg", action="store_true", help="also import into PostgreSQL")
    ap.add_argument("--skip-ipx", action="store_true", help="only generate and time sqlite-utils")
    ap.add_argument("--before", action="store_true", help="also time the entry-by-entry import")
    ap.add_argument("--keep", type=Path, help="write the files and databases here, and keep them")
    args = ap.parse_args()
    sizes = Sizes(
        people=args.people,
        orgs=args.people // 5 if args.orgs is None else args.orgs,
        agreements=args.people // 4 if args.agreements is None else args.agreements,
        docs=max(10, args.people // 100) if args.docs is None else args.docs,
    )
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (a shared machine)")
    with tempfile.TemporaryDirectory(prefix="ipx-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        exchange, jsonl = generate(folder, sizes, args.seed)
        print(
            f"generated {sizes.people:,} people, {sizes.orgs:,} organisations, "
            f"{sizes.agreements:,} agreements, {sizes.docs:,} documents "
            f"({exchange.stat().st_size / 2**20:.0f} MiB) in {time.perf_counter() - t0:.0f} s"
        )
        base = sqlite_utils(folder, jsonl)
        heads = f"{'wall':>10}  {'ratio':>7}  {'cpu':>9}  {'ratio':>7}"
        heads += f"  {'peak RSS':>11} {'with workers':>12}"
        print(f"  {'':34} {heads}")
        print(_line("sqlite-utils insert + enable-fts", base, None))
        if args.before:
            old = rowwise_import(exchange, f"sqlite:///{folder / 'before.db'}")
            print(_line("before: entry by entry (SQLite)", old, base))
        if not args.skip_ipx:
            lite = ipx_import(exchange, f"sqlite:///{folder / 'ipx.db'}")
            print(_line("ipx import (SQLite)", lite, base))
        if args.pg:
            with postgres() as url:
                print(_line("ipx import (PostgreSQL)", ipx_import(exchange, url), base))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
