"""Short queries on a larger synthetic corpus: for one- and two-syllable queries, single
words and acronyms, the first three hits and how each matched, so that a person can read the
ranking; and how long each search took in process.

    .venv/bin/python bench/bench_short_queries.py            # builds the corpus on first run
    .venv/bin/python bench/bench_short_queries.py --rebuild --names 1000000

The corpus is bench/synth.py's (Chinese people by surname frequency, Western people,
numbered offices with acronyms and Chinese names, agreements, skewed mentions), plus a few
officials and offices written through the store writers, mentioned in few (the officials)
or many (the bodies with long names) documents: 申长雨 Shen Changyu and 广东省人民政府 (whose
sheng a fuzzy reader takes for shen), 何华 He Hua and 中华人民共和国国家知识产权局 (whose
共和国 holds he), Francis Gurry, and bodies known by English names whose acronyms are only
computed (IPOS, JPO, WIPO) beside bodies whose names start with those letters.

Prints; asserts nothing. Times are from one process on a shared machine: read them as
rough figures.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import generate  # noqa: E402

from store.db import open_database  # noqa: E402
from store.models import Document  # noqa: E402
from store.search import Hit, search  # noqa: E402
from store.writer import (  # noqa: E402
    add_mention,
    add_name,
    new_organisation,
    new_person,
    reindex_touched,
)

# (kind, names, documents that mention it): the display name first
KNOWN: list[tuple[str, list[str], int]] = [
    ("person", ["申长雨", "Shen Changyu"], 3),
    ("person", ["何华", "He Hua"], 2),
    ("person", ["Francis Gurry"], 4),
    ("person", ["曾明", "Zeng Ming"], 1),
    ("organisation", ["People's Government of Guangdong Province", "广东省人民政府"], 40),
    (
        "organisation",
        ["China National Intellectual Property Administration", "中华人民共和国国家知识产权局"],
        60,
    ),
    ("organisation", ["Intellectual Property Office of Singapore", "新加坡知识产权局"], 5),
    ("organisation", ["IPOS Alumni Forum"], 30),
    ("organisation", ["Japan Patent Office"], 5),
    ("organisation", ["JPO Users Group"], 30),
    ("organisation", ["World Intellectual Property Organization", "世界知识产权组织"], 8),
    ("organisation", ["WIPO Academy"], 50),
]
SYLLABLES = ["shen", "he", "li", "wang", "zhang", "zeng", "chen", "sheng", "ou", "xi", "lv"]
TWO = ["shen chang", "hehua", "ouyang", "zhangwei", "wangfang", "lihua", "zhuge"]
WORDS = ["gurry", "tang", "francis", "national", "patent", "何", "王", "欧阳"]
ACRONYMS = ["ipos", "jpo", "wipo", "cnipa"]


def add_known(path: Path) -> None:
    """The well-known officials and offices, once (skipped when already there)."""
    conn = sqlite3.connect(path)
    try:
        there = conn.execute("SELECT 1 FROM person WHERE name = '申长雨'").fetchone()
    finally:
        conn.close()
    if there:
        return
    database = open_database(f"sqlite:///{path}")
    with database.session() as s:
        docs = []
        for i in range(max(n for _, _, n in KNOWN)):
            doc = Document(path=f"known/{i}.txt", sha256=hashlib.sha256(b"k%d" % i).hexdigest())
            s.add(doc)
            s.flush()
            assert doc.id is not None
            docs.append(doc.id)
        for kind, names, mentioned in KNOWN:
            e = new_person(s, names[0]) if kind == "person" else new_organisation(s, names[0])
            assert e.id is not None
            for other in names[1:]:
                add_name(s, kind, e.id, other)
            for d in docs[:mentioned]:
                add_mention(s, d, kind, e.id, surface=names[0])
        s.flush()
        reindex_touched(s)
        s.commit()
    database.engine.dispose()


def _cell(h: Hit, width: int) -> str:
    text = f"{h.name} ({h.how})"
    return text if len(text) <= width else text[: width - 1] + "…"


def table(path: Path, queries: list[str], *, width: int) -> list[float]:
    """Print each query's first three hits; returns the times in ms."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    for q in queries[:3]:  # warm the page cache and the Python caches
        search(conn, q)
    times = []
    print(f"{'query':12} {'ms':>6}  {'1st':{width}} {'2nd':{width}} 3rd")
    for q in queries:
        t0 = time.perf_counter()
        hits = search(conn, q)
        ms = (time.perf_counter() - t0) * 1000
        times.append(ms)
        cells = [_cell(h, width) for h in hits[:3]] + [""] * (3 - len(hits[:3]))
        print(f"{q:12} {ms:6.1f}  {cells[0]:{width}} {cells[1]:{width}} {cells[2]}")
    conn.close()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/ipx-bench-short.db"))
    ap.add_argument("--names", type=int, default=200_000)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--width", type=int, default=44, help="characters of each hit shown")
    args = ap.parse_args()
    if args.rebuild or not args.db.exists():
        print(f"building {args.db} ({args.names:,} names) ...", file=sys.stderr)
        generate(args.db, names=args.names)
    add_known(args.db)
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    names = conn.execute("SELECT count(*) FROM name").fetchone()[0]
    conn.close()
    print(f"short queries on {names:,} names: the first three hits (how they matched)\n")
    times = []
    for title, queries in [
        ("one syllable", SYLLABLES),
        ("two syllables", TWO),
        ("a word, a character", WORDS),
        ("an acronym", ACRONYMS),
    ]:
        print(f"-- {title}")
        times += table(args.db, queries, width=args.width)
        print()
    print(
        f"{len(times)} searches: median {statistics.median(times):.1f} ms,"
        f" max {max(times):.1f} ms (one process, shared machine: rough figures)"
    )


if __name__ == "__main__":
    main()
