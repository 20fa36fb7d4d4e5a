"""Prove that a change altered nothing a user sees: export every set, compare with a baseline.

    .venv/bin/python bench/same_exports.py save DIR      # before the change
    .venv/bin/python bench/same_exports.py check DIR     # after it: exit 1 on any difference

Each set (the seeds, the shared development set, every tests/fixtures/holdout*) is imported
into a fresh SQLite database by the real `ipx import` command and exported whole by
`ipx export` (texts, names, mentions and spans included). Two runs agree only when the exports
are byte-identical, so a refactoring that changes any fact, name, span or id shows up here.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IPX = [sys.executable, "-m", "ipx"]


def sets() -> dict[str, Path]:
    found = {"seeds": ROOT / "seeds"}
    dev = ROOT.parent / "shared" / "benchmark" / "dev" / "docs"
    if dev.is_dir():
        found["dev"] = dev
    for gold in sorted((ROOT / "tests" / "fixtures").glob("holdout*/gold.json")):
        found[gold.parent.name] = gold.parent
    return found


def documents(folder: Path) -> list[str]:
    kinds = {".txt", ".md", ".html", ".htm", ".pdf"}
    return sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in kinds)


def export(folder: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/kb.db"
        env_cmd = [*IPX, "import", "--db", db, *documents(folder)]
        subprocess.run(env_cmd, check=True, capture_output=True, cwd=ROOT)
        subprocess.run([*IPX, "export", "--db", db, "-o", str(out)], check=True, cwd=ROOT)


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in {"save", "check"}:
        print(__doc__)
        return 2
    mode, target = sys.argv[1], Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    differ = 0
    for name, folder in sets().items():
        if mode == "save":
            export(folder, target / f"{name}.json")
            print(f"{name:10} saved")
            continue
        if not (target / f"{name}.json").exists():
            print(f"{name:10} no baseline, skipped")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            now = Path(tmp) / f"{name}.json"
            export(folder, now)
            before = (target / f"{name}.json").read_text(encoding="utf-8")
            after = now.read_text(encoding="utf-8")
        if before == after:
            print(f"{name:10} identical")
            continue
        differ += 1
        print(f"{name:10} DIFFERS")
        diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=1)
        for line in list(diff)[:40]:
            print("   ", line)
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
