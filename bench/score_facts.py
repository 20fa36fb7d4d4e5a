"""Score the extractors alone on the seeds, without the store or cross-document resolution.

    .venv/bin/python bench/score_facts.py [--verbose] [FILE...]

Runs `importers.extract.extract` on each seed, writes one exchange-format JSON in which every
entity is local to its document, and runs ../shared/benchmark/score.py on it. Fragmentation
and identities are meaningless here (nothing is merged across documents); per-kind
precision/recall/F1 are what an extractor change moves.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from importers.extract import extract  # noqa: E402
from importers.resolve.reference import load_reference  # noqa: E402
from store.text import has_han  # noqa: E402

SCORE = ROOT.parent / "shared" / "benchmark" / "score.py"
GOLD = ROOT.parent / "shared" / "benchmark" / "seeds_gold.json"


def export_for(paths: list[Path]) -> dict:
    out: dict = {
        "format": "exchange/1",
        "documents": [],
        "organisations": [],
        "people": [],
        "agreements": [],
    }
    for i, path in enumerate(paths):
        did = f"d{i}"
        text = path.read_text(encoding="utf-8")
        lang = "zh" if sum(map(has_han, text)) > len(text) * 0.1 else "en"
        out["documents"].append({"id": did, "path": str(path), "lang": lang})
        facts = extract(text, lang, reference=load_reference())
        oid = {o.key: f"{did}{o.key}" for o in facts.orgs}
        pid = {p.key: f"{did}{p.key}" for p in facts.people}
        for o in facts.orgs:
            out["organisations"].append(
                {"id": oid[o.key], "name": o.name, "aliases": o.aliases, "sources": [did]}
            )
        for p in facts.people:
            roles = [
                {
                    "title": r.title,
                    "organisation": oid.get(r.org or ""),
                    "start": r.start,
                    "end": r.end,
                    "sources": [did],
                }
                for r in facts.roles
                if r.person == p.key
            ]
            out["people"].append(
                {
                    "id": pid[p.key],
                    "name": p.name,
                    "aliases": p.aliases,
                    "roles": roles,
                    "sources": [did],
                }
            )
        for j, a in enumerate(facts.agreements):
            out["agreements"].append(
                {
                    "id": f"{did}a{j}",
                    "title": a.title,
                    "kind": a.kind,
                    "date": a.date,
                    "parties": [oid[k] for k in a.parties],
                    "signatories": [pid[k] for k in a.signatories],
                    "sources": [did],
                }
            )
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    paths = [Path(a) for a in args] or sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(export_for(paths), fh, ensure_ascii=False)
    extra = ["--verbose"] if "--verbose" in sys.argv or "-v" in sys.argv else []
    subprocess.run([sys.executable, str(SCORE), fh.name, str(GOLD), *extra], check=False)


if __name__ == "__main__":
    main()
