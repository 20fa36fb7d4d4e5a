"""Import the second held-out set into a fresh database, export it, and score the export.

    .venv/bin/python bench/score_holdout2.py [--verbose] [--json]
    .venv/bin/python bench/score_holdout2.py --gold-check [--verbose]

--gold-check scores an export built from the gold itself (entities merged by canonical name
and by the gold's identities; required-only, then with the optional entries): it must give
1.000 everywhere, with nothing fragmented and every identity resolved.

The documents and gold are in tests/fixtures/holdout2/ (see its README.md). They are for
measuring only: do not read them to write extraction rules or reference data. Prints
score.py's figures (precision, recall, F1 per kind, fragmentation, identities).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOLDOUT = ROOT / "tests" / "fixtures" / "holdout2"
GOLD = HOLDOUT / "gold.json"


def benchmark_dir() -> Path:
    shared = ROOT.parent / "shared" / "benchmark"
    return shared if (shared / "score.py").exists() else ROOT / "tests" / "benchmark"


def documents() -> list[Path]:
    names = {d["file"] for d in json.loads(GOLD.read_text(encoding="utf-8"))["documents"]}
    return sorted(p for p in HOLDOUT.iterdir() if p.name in names)


def export_holdout(workdir: Path) -> Path:
    from importers.pipeline import import_paths
    from store.db import open_database
    from store.exchange import export_data

    db = open_database(f"sqlite:///{workdir / 'holdout2.db'}")
    report = import_paths(db, documents())
    if report.problems:
        raise SystemExit("\n".join(map(str, report.problems)))
    with db.session() as s:
        data = export_data(s, with_text=False)
    out = workdir / "holdout2.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def score(export: Path, *args: str) -> str:
    bench = benchmark_dir()
    return subprocess.run(
        [sys.executable, str(bench / "score.py"), str(export), str(GOLD), *args],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def export_from_gold(workdir: Path, with_optional: bool) -> Path:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    groups = {k: [set(g["names"]) for g in gold.get("identities", []) if g["kind"] == k]
              for k in ("organisation", "person")}

    def key(kind: str, e: dict) -> str:
        names = {e["name"], *e.get("aliases", [])}
        for i, group in enumerate(groups[kind]):
            if names & group:
                return f"identity{i}"
        return e["name"]

    orgs: dict[str, dict] = {}
    people: dict[str, dict] = {}
    agreements: list[dict] = []

    def entity(pool: dict, prefix: str, k: str, e: dict, doc: str) -> dict:
        x = pool.setdefault(k, {"id": f"{prefix}{len(pool)}", "name": e["name"], "aliases": set(),
                                "sources": set(), "roles": []})
        x["aliases"] |= {e["name"], *e.get("aliases", [])}
        x["sources"].add(doc)
        return x

    documents = []
    for i, d in enumerate(gold["documents"]):
        doc = f"d{i}"
        documents.append({"id": doc, "path": f"holdout2/{d['file']}", "lang": d["lang"]})
        people_in = [p for p in d["officials"] if with_optional or not p.get("optional")]
        role_orgs = {r["organisation"] for p in people_in for r in p["roles"]}
        omap = {o["name"]: entity(orgs, "o", key("organisation", o), o, doc)["id"]
                for o in d["organisations"]
                if with_optional or not o.get("optional") or o["name"] in role_orgs}
        pmap = {}
        for p in people_in:
            x = entity(people, "p", key("person", p), p, doc)
            pmap[p["name"]] = x["id"]
            x["roles"] += [{"title": r["title"], "organisation": omap[r["organisation"]], "sources": [doc]}
                           for r in p["roles"]]
        for j, a in enumerate(d["agreements"]):
            if with_optional or not a.get("optional"):
                agreements.append({"id": f"a{i}.{j}", "title": a["title"], "kind": a["kind"],
                                   "date": a["date"], "parties": [omap[o] for o in a["parties"]],
                                   "signatories": [pmap[s] for s in a["signatories"] if s in pmap],
                                   "sources": [doc]})

    def done(x: dict, roles: bool) -> dict:
        out = {"id": x["id"], "name": x["name"], "aliases": sorted(x["aliases"] - {x["name"]}),
               "sources": sorted(x["sources"])}
        if roles:
            out["roles"] = x["roles"]
        return out

    data = {"format": "exchange/1", "documents": documents,
            "organisations": [done(o, False) for o in orgs.values()],
            "people": [done(p, True) for p in people.values()], "agreements": agreements}
    out = workdir / f"gold_export_{'all' if with_optional else 'required'}.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--gold-check"]
    if "--gold-check" in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            for with_optional in (False, True):
                print("export built from the gold, " + ("with optional entries" if with_optional else "required only"))
                print(score(export_from_gold(Path(tmp), with_optional), *args), end="")
        return
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        export = export_holdout(Path(tmp))
        if "--json" not in args:
            print(f"import + export of holdout2: {time.perf_counter() - t:.2f} s")
        print(score(export, *args), end="")


if __name__ == "__main__":
    main()
