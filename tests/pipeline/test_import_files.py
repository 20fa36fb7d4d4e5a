"""Importing real files end to end: what a user finds after `ipx import`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT

DOCS = ROOT / "tests" / "fixtures" / "docs"


def _export(ipx, db: str) -> dict:
    return json.loads(ipx("export", "--no-text", "--db", db).stdout)


def _org(data: dict, name: str) -> dict:
    return next(o for o in data["organisations"] if name in [o["name"], *o["aliases"]])


def _person(data: dict, name: str) -> dict:
    return next(p for p in data["people"] if name in [p["name"], *p["aliases"]])


def test_an_html_news_page_gives_its_article_facts_and_nothing_of_its_chrome(ipx, empty_db) -> None:
    assert ipx("import", str(DOCS / "news.html"), "--db", empty_db).exit_code == 0
    data = _export(ipx, empty_db)
    ipos, cnipa = _org(data, "IPOS"), _org(data, "CNIPA")
    mous = [a for a in data["agreements"] if a["kind"] == "mou"]
    assert any({ipos["id"], cnipa["id"]} <= set(a["parties"]) for a in mous)
    rena = _person(data, "Rena Lee")
    assert any(
        r["organisation"] == ipos["id"] and "Chief Executive" in r["title"] for r in rena["roles"]
    )
    doc = json.loads(ipx("export", "--db", empty_db).stdout)["documents"][0]
    assert doc["title"] and "cookie" not in doc["text"].lower()


def test_a_pdf_report_gives_its_agreements_and_officials(ipx, empty_db) -> None:
    assert ipx("import", str(DOCS / "english.pdf"), "--db", empty_db).exit_code == 0
    data = _export(ipx, empty_db)
    sipo, ipos = _org(data, "SIPO"), _org(data, "IPOS")
    assert any({sipo["id"], ipos["id"]} <= set(a["parties"]) for a in data["agreements"])
    gurry = _person(data, "Francis Gurry")
    wipo = _org(data, "World Intellectual Property Organization")
    assert any(r["organisation"] == wipo["id"] for r in gurry["roles"])


def test_a_chinese_pdf_gives_its_officials(ipx, empty_db) -> None:
    assert ipx("import", str(DOCS / "chinese.pdf"), "--db", empty_db).exit_code == 0
    data = _export(ipx, empty_db)
    tang = _person(data, "邓鸿森")
    assert tang["name"] == "Daren Tang"  # the reference data links the scripts
    assert any(r["title"] == "总干事" for r in tang["roles"])


def test_a_changed_file_replaces_what_its_old_version_said(ipx, empty_db, tmp_path: Path) -> None:
    doc = tmp_path / "news.txt"
    doc.write_text(
        "The Intellectual Property Office of Singapore (IPOS) signed a memorandum of "
        "understanding with the Japan Patent Office (JPO) on 3 March 2021.\n",
        encoding="utf-8",
    )
    assert ipx("import", str(doc), "--db", empty_db).exit_code == 0
    first = _export(ipx, empty_db)
    jpo = _org(first, "JPO")
    assert any(jpo["id"] in a["parties"] for a in first["agreements"])
    doc.write_text(
        "The Intellectual Property Office of Singapore (IPOS) signed a memorandum of "
        "understanding with the European Patent Office (EPO) on 3 March 2021.\n",
        encoding="utf-8",
    )
    result = ipx("import", str(doc), "--json", "--db", empty_db)
    assert json.loads(result.stdout)["replaced"] == 1
    second = _export(ipx, empty_db)
    assert len([d for d in second["documents"] if d.get("format") != "reference"]) == 1
    epo = _org(second, "EPO")
    assert any(epo["id"] in a["parties"] for a in second["agreements"])
    jpo_now = [o for o in second["organisations"] if "JPO" in o["aliases"]]
    assert all(o["sources"] in ([], ["ref"]) for o in jpo_now)  # nothing sourced to the old text
    assert not any(jpo["id"] in a["parties"] for a in second["agreements"])


def test_a_folder_import_ends_with_a_summary(ipx, empty_db) -> None:
    result = ipx("import", str(ROOT / "seeds"), "--db", empty_db)
    assert result.exit_code == 0
    assert "imported 5 documents" in result.stderr and "new entities" in result.stderr
