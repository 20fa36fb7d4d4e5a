"""Import a set of documents into a fresh database, export it, and score it against its gold.

    .venv/bin/python bench/evaluate.py [SET ...] [--verbose] [--json]

SET is `seeds` (the five built-in documents, scored against the shared benchmark's gold),
`dev` (the shared development set, ten real third-party texts read from
../shared/benchmark/dev at run time and never copied here), or the name of a folder under
tests/fixtures/ that holds documents and a gold.json (`holdout` ... `holdout32`: documents
written blind to the code; `holdout31` is for measuring only, MEASURE_ONLY, the others are
retired to development material, as their READMEs say; `dev2`: development
material of our own), or `real1`, `real2` ...: sets of real third-party public texts kept
beside the repository in ../real/NAME/ (docs/ and gold.json, the shared dev set's layout) and,
like it, never copied here (`real2`, `real4`, `real7`, `real12`, `real14`, `real17`,
`real22`, `real25`, `real26`, `real32`, `real36`, `real63`, `real69`, `real70`, `real72`,
`real75`, `real76`, `real79`, `real81`, `real85`, `real87`, `real88`, `real91`, `real93`,
`real95`, `real99`, `real100`, `real105`, `real106`, `real108`, `real110`, `real112`, `real113`,
`real116`, `real118`, `real120` and `real121` are for measuring only, the others are read).
With no SET, every development set, and a summary table: a measuring set is scored only when
named, and never with --verbose (its misses would be read).
--verbose and --json are passed to the shared benchmark's score.py.
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
FIXTURES = ROOT / "tests" / "fixtures"
KINDS = ("organisations", "people", "roles", "agreements")
#: sets for measuring only: scored when named, their misses never printed (holdout8 to
#: holdout11, holdout23, holdout25, holdout27 and holdout29 were, until each was retired to
#: development material)
MEASURE_ONLY = {
    "holdout31",
    "real2",
    "real4",
    "real7",
    "real12",
    "real14",
    "real17",
    "real22",
    "real25",
    "real26",
    "real32",
    "real36",
    "real63",
    "real69",
    "real70",
    "real72",
    "real75",
    "real76",
    "real79",
    "real81",
    "real85",
    "real87",
    "real88",
    "real91",
    "real93",
    "real95",
    "real99",
    "real100",
    "real105",
    "real106",
    "real108",
    "real110",
    "real112",
    "real113",
    "real116",
    "real118",
    "real120",
    "real121",
}


def benchmark_dir() -> Path:
    """The shared benchmark beside the repository, else the copy in tests/benchmark."""
    shared = ROOT.parent / "shared" / "benchmark"
    return shared if (shared / "score.py").exists() else ROOT / "tests" / "benchmark"


DEV = ROOT.parent / "shared" / "benchmark" / "dev"
#: real public texts, third-party like the dev set, so kept outside the repository
REAL = ROOT.parent / "real"


def sets() -> list[str]:
    dev = ["dev"] if (DEV / "gold.json").exists() else []
    own = [
        p.parent.name
        for p in FIXTURES.glob("*/gold.json")
        if p.parent.name.startswith(("dev", "holdout"))
    ]
    real = [p.parent.name for p in REAL.glob("real*/gold.json")]
    return ["seeds", *dev, *sorted(own), *sorted(real)]


def gold_of(name: str) -> Path:
    if name == "seeds":
        return benchmark_dir() / "seeds_gold.json"
    if name == "dev":
        return DEV / "gold.json"
    if name.startswith("real"):
        return REAL / name / "gold.json"
    return FIXTURES / name / "gold.json"


def folder_of(name: str) -> Path:
    if name == "seeds":
        return ROOT / "seeds"
    if name.startswith("real"):
        return REAL / name / "docs"
    return DEV / "docs" if name == "dev" else FIXTURES / name


def documents_of(name: str) -> list[Path]:
    """The documents the gold annotates, in file-name order."""
    folder = folder_of(name)
    gold = json.loads(gold_of(name).read_text(encoding="utf-8"))
    return sorted(folder / d["file"] for d in gold["documents"])


def export_set(name: str, workdir: Path) -> Path:
    """Import the set through the real pipeline and write its exchange export."""
    from importers.pipeline import import_paths
    from store.db import open_database
    from store.exchange import export_data

    db = open_database(f"sqlite:///{workdir / f'{name}.db'}")
    report = import_paths(db, documents_of(name))
    if report.problems:
        raise SystemExit("\n".join(map(str, report.problems)))
    with db.session() as s:
        data = export_data(s, with_text=False)
    db.engine.dispose()
    out = workdir / f"{name}.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def score(export: Path, gold: Path, *args: str) -> str:
    return subprocess.run(
        [sys.executable, str(benchmark_dir() / "score.py"), str(export), str(gold), *args],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def main() -> None:
    named = [a for a in sys.argv[1:] if not a.startswith("-")]
    names = named or [n for n in sets() if n not in MEASURE_ONLY]
    flags = [a for a in sys.argv[1:] if a.startswith("-")]
    hidden = sorted(set(names) & MEASURE_ONLY)
    if hidden and ("--verbose" in flags or "-v" in flags):
        raise SystemExit(f"{', '.join(hidden)}: for measuring only; no --verbose")
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            t = time.perf_counter()
            export = export_set(name, Path(tmp))
            took = time.perf_counter() - t
            print(f"== {name}: {len(documents_of(name))} documents, import + export {took:.2f} s")
            print(score(export, gold_of(name), *flags))
            summary.append((name, json.loads(score(export, gold_of(name), "--json"))))
    if len(summary) > 1:
        print(f"{'set':10} " + " ".join(f"{k:>13}" for k in KINDS) + "  fragmented  identities")
        for name, r in summary:
            f1 = " ".join(f"{r[k]['f1']:13.3f}" for k in KINDS)
            print(f"{name:10} {f1}  {r['fragmented']:>10}  {r['identities']:>10}")


if __name__ == "__main__":
    main()
