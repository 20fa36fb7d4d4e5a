"""Run a probe grid: short invented texts, each with what a careful reader expects of it.

    .venv/bin/python bench/probe.py bench/probes/GRID.jsonl [...] [--fails] [--extra]

A grid is JSON lines: {"id", "lang", "text", "expect"}. `expect` may hold "organisations",
"people" (names), "roles" ([person, title, organisation or null]), "agreements" ({"parties",
"date"}), and "not_organisations" / "not_people" (names that must not be found). Names are
compared as the shared benchmark's scorer compares them (its `norm`, `title_match` and
`date_match`), against every name and alias of what was found. `--extra`: the grid lists
every body and person of each text, so any other found is counted as spurious.

A grid under bench/probes/heldout/ was written by someone who read neither the code nor the
other grids, and is for measuring only, as bench/evaluate.py's MEASURE_ONLY sets are: only its
totals are printed, so that no rule is fitted to it.

Grids are written from the language, blind to the code, so that a rule is measured on how
press releases are written rather than on the sentences of one read set. Each probe is its own
document in one throwaway database; probes never name the same people, so nothing leaks.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def scorer() -> ModuleType:
    """The shared scorer (or its copy in tests/benchmark), for its name comparisons."""
    shared = ROOT.parent / "shared" / "benchmark" / "score.py"
    path = shared if shared.exists() else ROOT / "tests" / "benchmark" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(paths: list[Path]) -> list[dict[str, Any]]:
    probes = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    probes.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{n}: not JSON ({exc.msg})") from None
    return probes


def export(probes: list[dict[str, Any]], workdir: Path) -> dict[str, Any]:
    """Import every probe as its own document and return the exchange export."""
    from importers.pipeline import import_paths
    from store.db import open_database
    from store.exchange import export_data

    files = []
    for n, probe in enumerate(probes):
        f = workdir / f"p{n:04d}.txt"
        f.write_text(probe["text"] + "\n", encoding="utf-8")
        files.append(f)
    db = open_database(f"sqlite:///{workdir / 'probes.db'}")
    report = import_paths(db, files)
    if report.problems:
        raise SystemExit("\n".join(map(str, report.problems)))
    with db.session() as s:
        data: dict[str, Any] = export_data(s, with_text=False)
    db.engine.dispose()
    return data


def check(probe: dict[str, Any], doc: set[Any], data: dict[str, Any], sc: ModuleType) -> list[str]:
    """What the probe expected and did not get, and what it forbade and got."""

    def here(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [i for i in items if doc & set(i.get("sources") or [])]

    orgs = here(data.get("organisations", []))
    people = here(data.get("people", []))
    by_id = {o["id"]: o for o in data.get("organisations", [])}
    agreements = here(data.get("agreements", []))

    def has(items: list[dict[str, Any]], name: str) -> bool:
        return any(sc.norm(name) in sc.names_of(i) for i in items)

    def org_is(name: str | None, org_id: Any) -> bool:
        o = by_id.get(org_id)
        return bool(o) and sc.norm(name) in sc.names_of(o)

    want = probe.get("expect", {})
    out = [f"missed organisation {o}" for o in want.get("organisations", []) if not has(orgs, o)]
    out += [f"spurious organisation {o}" for o in want.get("not_organisations", []) if has(orgs, o)]
    out += [f"missed person {p}" for p in want.get("people", []) if not has(people, p)]
    out += [f"spurious person {p}" for p in want.get("not_people", []) if has(people, p)]
    for person, title, org in want.get("roles", []):
        found = any(
            sc.norm(person) in sc.names_of(p)
            and sc.title_match(title, r.get("title") or "")
            and (org is None or org_is(org, r.get("organisation")))
            for p in people
            for r in p.get("roles", [])
        )
        if not found:
            out.append(f"missed role {person} / {title} / {org}")
    for ag in want.get("agreements", []):
        parties = ag.get("parties", [])

        def matches(e: dict[str, Any], parties: list[str] = parties, ag: dict = ag) -> bool:
            got = e.get("parties") or []
            hit = sum(1 for g in parties if any(org_is(g, oid) for oid in got))
            union = len(parties) + len(got) - hit
            return (
                bool(union) and hit / union >= 0.5 and sc.date_match(ag.get("date"), e.get("date"))
            )

        if not any(matches(e) for e in agreements):
            out.append(f"missed agreement {parties} {ag.get('date')}")
    if "--extra" in sys.argv:  # the grid claims to be complete: anything else is spurious
        for key, items, kind in (
            ("organisations", orgs, "organisation"),
            ("people", people, "person"),
        ):
            wanted = {sc.norm(n) for n in want.get(key, [])}
            if key in want:
                out += [
                    f"extra {kind} {i.get('name')}" for i in items if not sc.names_of(i) & wanted
                ]
    if "agreements" in want and not want["agreements"] and agreements:
        out.append(f"spurious agreement {[a.get('title') for a in agreements]}")
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    if not args:
        raise SystemExit(__doc__)
    held_out = any("heldout" in Path(a).parts for a in args)
    if held_out and "--fails" in sys.argv:
        raise SystemExit("bench/probes/heldout: for measuring only; no --fails")
    probes = load([Path(a) for a in args])
    sc = scorer()
    with tempfile.TemporaryDirectory() as tmp:
        data = export(probes, Path(tmp))
    ids: dict[str, set[Any]] = {}
    for d in data.get("documents", []):
        name = Path(str(d.get("path") or d.get("source") or d.get("id"))).name
        ids.setdefault(name, set()).add(d["id"])
    passed = 0
    wrong: Counter[str] = Counter()
    for n, probe in enumerate(probes):
        problems = check(probe, ids.get(f"p{n:04d}.txt", set()), data, sc)
        passed += not problems
        wrong.update(" ".join(p.split()[:2]) for p in problems)
        if not held_out and (problems or "--fails" not in sys.argv):
            print(f"{'FAIL' if problems else 'PASS'} {probe.get('id', n)}")
            for p in problems:
                print(f"    {p}")
    print(f"{passed} of {len(probes)} probes pass")
    print(expectations_met(probes, wrong))


def expectations_met(probes: list[dict[str, Any]], wrong: Counter[str]) -> str:
    """Expectations met, kind by kind: a probe fails on its first miss, this counts them all."""
    kinds = (
        ("organisations", "missed organisation"),
        ("not_organisations", "spurious organisation"),
        ("people", "missed person"),
        ("not_people", "spurious person"),
        ("roles", "missed role"),
        ("agreements", "missed agreement"),
    )
    extra = f"; beyond a complete grid: {wrong['extra organisation']} organisations, " + (
        f"{wrong['extra person']} people"
    )
    parts = []
    for key, miss in kinds:
        total = sum(len(p.get("expect", {}).get(key, [])) for p in probes)
        if total:
            parts.append(f"{key} {total - wrong[miss]}/{total}")
    signless = sum(1 for p in probes if p.get("expect", {}).get("agreements") == [])
    if signless:
        parts.append(f"no agreement {signless - wrong['spurious agreement']}/{signless}")
    return "met: " + ", ".join(parts) + (extra if "--extra" in sys.argv else "")


if __name__ == "__main__":
    main()
