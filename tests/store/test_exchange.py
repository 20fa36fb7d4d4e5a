"""The exchange format: what `ipx export` writes, `ipx import` reads back unchanged."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from xml.etree import ElementTree as ET

from tests.store.kb_factory import make_kb


def _semantic(data: dict) -> dict:
    """The content of an export with ids replaced by what they stand for."""
    docs = {d["id"]: d.get("path") for d in data["documents"]}
    orgs = {o["id"]: o["name"] for o in data["organisations"]}
    people = {p["id"]: p["name"] for p in data["people"]}
    return {
        "organisations": sorted(
            (
                o["name"],
                tuple(sorted(o.get("aliases", []))),
                o.get("country"),
                o.get("kind"),
                tuple(sorted(docs[s] for s in o.get("sources", []) if s in docs)),
            )
            for o in data["organisations"]
        ),
        "people": sorted(
            (
                p["name"],
                tuple(sorted(p.get("aliases", []))),
                tuple(
                    sorted(
                        (
                            r["title"],
                            orgs.get(r.get("organisation")),
                            r.get("start"),
                            r.get("end"),
                            tuple(sorted(docs[s] for s in r.get("sources", []) if s in docs)),
                        )
                        for r in p.get("roles", [])
                    )
                ),
                tuple(sorted(docs[s] for s in p.get("sources", []) if s in docs)),
            )
            for p in data["people"]
        ),
        "agreements": sorted(
            (
                a["title"],
                a["kind"],
                a.get("date") or "",
                tuple(sorted(orgs[x] for x in a["parties"])),
                tuple(sorted(people[x] for x in a.get("signatories", []))),
                tuple(sorted(docs[s] for s in a.get("sources", []) if s in docs)),
            )
            for a in data["agreements"]
        ),
    }


def test_an_export_imported_into_an_empty_database_exports_the_same_knowledge(
    ipx, tmp_path: Path
) -> None:
    kb = make_kb(n_orgs=600, n_people=1200, n_agreements=800, n_docs=40)
    src = tmp_path / "kb.json"
    src.write_text(json.dumps(kb, ensure_ascii=False), encoding="utf-8")
    db1, db2 = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"

    assert ipx("import", str(src), "--db", db1).exit_code == 0
    first = tmp_path / "first.json"
    assert ipx("export", "--format", "json", "-o", str(first), "--db", db1).exit_code == 0
    assert ipx("import", str(first), "--db", db2).exit_code == 0
    second = tmp_path / "second.json"
    assert ipx("export", "--format", "json", "-o", str(second), "--db", db2).exit_code == 0

    one, two = json.loads(first.read_text()), json.loads(second.read_text())
    assert _semantic(one) == _semantic(two)
    assert one == two  # ids, names with their kinds and dates, mentions: all the same
    # and the generated knowledge itself survived the first import
    assert _semantic(one)["agreements"] == _semantic(kb)["agreements"]
    assert _semantic(one)["organisations"] == _semantic(kb)["organisations"]
    assert _semantic(one)["people"] == _semantic(kb)["people"]


def test_export_to_stdout_is_the_exchange_format(ipx, seeds_db) -> None:
    result = ipx("export", "--db", seeds_db)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["format"] == "exchange/1"
    assert {
        d["path"].rsplit("/", 1)[-1] for d in data["documents"] if d.get("format") != "reference"
    } >= {"000_0af177fc4d59d008.txt", "001_bbd4cb2640ab796e.txt"}
    for o in data["organisations"]:
        assert o["id"] and o["name"] and isinstance(o["aliases"], list)


def test_csv_export_writes_one_file_per_kind(ipx, seeds_db, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    assert ipx("export", "--format", "csv", "-o", str(out), "--db", seeds_db).exit_code == 0
    files = {p.name for p in out.iterdir()}
    assert {
        "organisations.csv",
        "people.csv",
        "roles.csv",
        "agreements.csv",
        "documents.csv",
        "names.csv",
    } <= files
    with (out / "organisations.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert any("World Intellectual Property Organization" in r["name"] for r in rows)


def test_graphml_export_has_entities_as_nodes_and_relations_as_edges(
    ipx, seeds_db, tmp_path: Path
) -> None:
    out = tmp_path / "kb.graphml"
    assert ipx("export", "--format", "graphml", "-o", str(out), "--db", seeds_db).exit_code == 0
    root = ET.parse(out).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.findall(".//g:node", ns)
    edges = root.findall(".//g:edge", ns)
    assert len(nodes) > 20 and len(edges) > 10
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)


def test_exchange_json_with_undefined_ids_imports_nothing(ipx, empty_db, tmp_path: Path) -> None:
    bad = {
        "format": "exchange/1",
        "documents": [],
        "organisations": [{"id": "o1", "name": "Fine Office", "aliases": [], "sources": []}],
        "people": [],
        "agreements": [{"id": "a1", "title": "MoU", "kind": "mou", "parties": ["o1", "o404"]}],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    result = ipx("import", str(path), "--db", empty_db)
    assert result.exit_code != 0
    assert "bad.json" in result.stderr and "o404" in result.stderr
    data = json.loads(ipx("export", "--db", empty_db).stdout)
    assert data["organisations"] == [] and data["agreements"] == []


def test_importing_the_same_exchange_file_twice_changes_nothing(ipx, seeds_db, empty_db, tmp_path):
    path = tmp_path / "kb.json"
    assert ipx("export", "-o", str(path), "--db", seeds_db).exit_code == 0
    assert ipx("import", str(path), "--db", empty_db).exit_code == 0
    once = ipx("export", "--db", empty_db).stdout
    result = ipx("import", str(path), "--json", "--db", empty_db)
    assert json.loads(result.stdout)["unchanged"] == 1
    assert ipx("export", "--db", empty_db).stdout == once
