"""A knowledge base of a million names for measuring the explorer (bench_explorer_scale.py).

    .venv/bin/python bench/scale_kb.py OUT.db [--names 1000000]

bench/synth.py writes the names, people, organisations, agreements, documents and mentions
and builds the search index with the store's own key builder (`store.search.reindex_all`).
What the explorer's lists and filters also read is then added here with plain SQL:
organisations get a kind and a country (from the unit and the place in their synthetic
names), agreements a kind and a date (undated for some), about a third of the people a role
or two at an organisation, and a few well-known offices (CNIPA, IPOS, WIPO, JPO, KIPO) with
their names in several scripts, their heads and agreements among them, indexed through
`store.search.index_entity`, so that `party:CNIPA` and a search for Shen Changyu mean
something at scale.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import generate  # noqa: E402

#: bump when what the builder writes changes, so that cached copies are rebuilt
VERSION = "1"

UNIT_KIND = {
    "Intellectual Property Office": "ip_office",
    "Patent Office": "ip_office",
    "Trademark Office": "ip_office",
    "Copyright Office": "ip_office",
    "Centre for Patent Information": "ip_office",
    "Intellectual Property Court": "court",
    "Bank": "company",
    "University": "university",
    "Institute of Technology": "university",
    "Research Institute": "university",
    "Chamber of Commerce": "association",
}
PLACE_COUNTRY = {
    "Singapore": "SG",
    "China": "CN",
    "Japan": "JP",
    "Korea": "KR",
    "Germany": "DE",
    "France": "FR",
    "Brazil": "BR",
    "Chile": "CL",
    "Kenya": "KE",
    "Egypt": "EG",
    "Mongolia": "MN",
    "Thailand": "TH",
    "Viet Nam": "VN",
    "Cambodia": "KH",
    "Peru": "PE",
    "Georgia": "GE",
    "Tajikistan": "TJ",
    "Kazakhstan": "KZ",
    "Chongqing": "CN",
    "Changchun": "CN",
    "Shanghai": "CN",
    "Guangdong": "CN",
    "Xiamen": "CN",
}
AGREEMENT_KINDS = (
    ["mou"] * 8 + ["agreement"] * 3 + ["work_plan"] * 2 + ["pph"] * 2 + ["joint_statement"]
) + ["letter_of_intent", "other", "other"]
TITLES = [
    "Director General",
    "Deputy Director General",
    "Commissioner",
    "Deputy Commissioner",
    "President",
    "Chief Executive",
    "Head of International Cooperation",
    "局长",
    "副局长",
    "司长",
]
# well-known offices: name, kind, country, other names (kind, text), mentions
KNOWN = [
    (
        "China National Intellectual Property Administration",
        "ip_office",
        "CN",
        [("acronym", "CNIPA"), ("previous", "SIPO"), ("alias", "国家知识产权局")],
    ),
    (
        "Intellectual Property Office of Singapore",
        "ip_office",
        "SG",
        [("acronym", "IPOS"), ("alias", "新加坡知识产权局")],
    ),
    (
        "World Intellectual Property Organization",
        "igo",
        None,
        [("acronym", "WIPO"), ("alias", "世界知识产权组织")],
    ),
    ("Japan Patent Office", "ip_office", "JP", [("acronym", "JPO"), ("alias", "日本特许厅")]),
    (
        "Korean Intellectual Property Office",
        "ip_office",
        "KR",
        [("acronym", "KIPO"), ("alias", "韩国知识产权局")],
    ),
]
# people: name, other name, title, office index in KNOWN, start, end
HEADS = [
    ("申长雨", "Shen Changyu", "Commissioner", 0, "2013-05", "2022-06"),
    ("Daren Tang", "邓鸿森", "Director General", 2, "2020-10", None),
    ("Francis Gurry", None, "Director General", 2, "2008-10", "2020-09"),
]


def _country(name: str) -> str | None:
    for place, code in PLACE_COUNTRY.items():
        if f" of {place}" in name:
            return code
    return None


def _kind(name: str) -> str | None:
    for unit, kind in UNIT_KIND.items():
        if unit in name:
            return kind
    return None


def _date(rnd: random.Random) -> str | None:
    if rnd.random() < 0.12:
        return None
    year = min(2025, int(1995 + 30 * rnd.random() ** 0.6))
    month = rnd.randint(1, 12)
    if rnd.random() < 0.3:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{rnd.randint(1, 28):02d}"


def _describe_orgs(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT id, name FROM organisation").fetchall()
    conn.executemany(
        "UPDATE organisation SET kind = ?, country = ? WHERE id = ?",
        [(_kind(name), _country(name), oid) for oid, name in rows],
    )


def _date_agreements(conn: sqlite3.Connection, rnd: random.Random) -> None:
    ids = [r[0] for r in conn.execute("SELECT id FROM agreement")]
    conn.executemany(
        "UPDATE agreement SET kind = ?, date = ? WHERE id = ?",
        [(rnd.choice(AGREEMENT_KINDS), _date(rnd), aid) for aid in ids],
    )


def _roles(conn: sqlite3.Connection, rnd: random.Random) -> None:
    people = [r[0] for r in conn.execute("SELECT id FROM person")]
    orgs = [r[0] for r in conn.execute("SELECT id FROM organisation")]
    rows = []
    for pid in people:
        if rnd.random() > 0.35:
            continue
        for _ in range(1 if rnd.random() < 0.7 else 2):
            title = rnd.choice(TITLES)
            start = rnd.randint(1995, 2024)
            end = None if rnd.random() < 0.4 else min(2025, start + rnd.randint(1, 8))
            rows.append(
                (
                    pid,
                    rnd.choice(orgs),
                    title,
                    title.lower(),
                    f"{start}-{rnd.randint(1, 12):02d}",
                    f"{end}-{rnd.randint(1, 12):02d}" if end else None,
                )
            )
    conn.executemany(
        "INSERT INTO role (person_id, organisation_id, title, title_norm, other_titles, start,"
        " \"end\", origin) VALUES (?, ?, ?, ?, '[]', ?, ?, 'document')",
        rows,
    )


def _name(conn: sqlite3.Connection, etype: str, eid: int, text: str, kind: str) -> None:
    from store.text import fold, script_of

    script = script_of(text)
    conn.execute(
        "INSERT INTO name (entity_type, entity_id, text, folded, lang, script, kind, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'reference')",
        (etype, eid, text, fold(text), "zh" if script == "Hani" else "en", script, kind),
    )


def _mentions(conn: sqlite3.Connection, etype: str, eid: int, n: int) -> None:
    conn.executemany(
        'INSERT INTO mention (document_id, start, "end", surface, target_type, target_id,'
        " extractor, confidence) VALUES (?, 0, 0, '', ?, ?, 'synth', 1.0)",
        [(d, etype, eid) for d in range(1, n + 1)],
    )


def _known(conn: sqlite3.Connection, rnd: random.Random) -> None:
    """The well-known offices, their heads and agreements among them, indexed by the store."""
    from store.search import index_entity

    now = "2026-01-01 00:00:00"
    offices = []
    for name, kind, country, others in KNOWN:
        cur = conn.execute(
            "INSERT INTO organisation (name, kind, country, created_at) VALUES (?, ?, ?, ?)",
            (name, kind, country, now),
        )
        oid = int(cur.lastrowid or 0)
        offices.append(oid)
        _name(conn, "organisation", oid, name, "primary")
        for nkind, text in others:
            _name(conn, "organisation", oid, text, nkind)
        _mentions(conn, "organisation", oid, 40)
    for zh_or_en, other, title, office, start, end in HEADS:
        cur = conn.execute("INSERT INTO person (name, created_at) VALUES (?, ?)", (zh_or_en, now))
        pid = int(cur.lastrowid or 0)
        _name(conn, "person", pid, zh_or_en, "primary")
        if other:
            _name(conn, "person", pid, other, "alias")
        conn.execute(
            "INSERT INTO role (person_id, organisation_id, title, title_norm, other_titles, start,"
            " \"end\", origin) VALUES (?, ?, ?, ?, '[]', ?, ?, 'reference')",
            (pid, offices[office], title, title.lower(), start, end),
        )
        _mentions(conn, "person", pid, 30)
        index_entity(conn, "person", pid)
    for oid in offices:
        index_entity(conn, "organisation", oid)
    for year in range(2008, 2026):
        for _ in range(3):
            a, b = rnd.sample(offices, 2)
            cur = conn.execute(
                "INSERT INTO agreement (title, kind, date, origin) VALUES (?, ?, ?, 'document')",
                (
                    "Memorandum of Understanding on Cooperation in Intellectual Property",
                    rnd.choice(AGREEMENT_KINDS),
                    f"{year}-{rnd.randint(1, 12):02d}",
                ),
            )
            aid = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT INTO agreementparty (agreement_id, organisation_id, role)"
                " VALUES (?, ?, 'party')",
                [(aid, a), (aid, b)],
            )
            index_entity(conn, "agreement", aid)


def enrich(path: Path, seed: int = 7) -> None:
    """Kinds, countries, dates, roles and the well-known offices (see the module doc)."""
    rnd = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    _describe_orgs(conn)
    _date_agreements(conn, rnd)
    _roles(conn, rnd)
    _known(conn, rnd)
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def build(path: Path, *, names: int, seed: int = 7) -> float:
    """Write the knowledge base to PATH; returns the seconds it took."""
    t0 = time.perf_counter()
    generate(path, names=names, seed=seed)
    enrich(path, seed)
    Path(f"{path}.version").write_text(f"{VERSION} {names}\n")
    return time.perf_counter() - t0


def is_current(path: Path, names: int) -> bool:
    """Whether PATH holds a complete knowledge base of NAMES names built by this version."""
    stamp = Path(f"{path}.version")
    return path.exists() and stamp.exists() and stamp.read_text().split() == [VERSION, str(names)]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--names", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    took = build(args.out, names=args.names, seed=args.seed)
    print(f"built {args.out} ({args.names:,} names) in {took:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
