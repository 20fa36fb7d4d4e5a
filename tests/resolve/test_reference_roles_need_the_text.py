"""A reference person's roles are curated facts, never a document's: a document that names a
known official is the source of the roles it states and of no other post the reference data
records for that person (an earlier office, a later one), so that no score or reader takes
the curated career for what the text said."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

EN = (
    "Pascal Faure, Director General of the National Institute of Industrial Property "
    "(France), received a delegation in Lyon on 12 May 2021.\n"
)
ZH = "世界知识产权组织总干事邓鸿森在日内瓦出席论坛。\n"


def _export(ipx: Any, db: str, doc: Path) -> dict[str, Any]:
    result = ipx("import", str(doc), "--db", db)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(ipx("export", "--db", db).stdout)
    return data


def _roles_by_source(data: dict[str, Any], name: str) -> dict[str, set[str]]:
    """Each organisation's name -> the sources of the person's roles held there."""
    orgs = {o["id"]: o["name"] for o in data["organisations"]}
    (person,) = [p for p in data["people"] if p["name"] == name]
    out: dict[str, set[str]] = {}
    for r in person["roles"]:
        out.setdefault(orgs.get(r["organisation"], ""), set()).update(r["sources"])
    return out


def test_a_known_official_holds_only_the_stated_post_in_the_document(
    ipx, empty_db, tmp_path: Path
) -> None:
    doc = tmp_path / "visit.txt"
    doc.write_text(ZH, encoding="utf-8")
    data = _export(ipx, empty_db, doc)
    held = _roles_by_source(data, "Daren Tang")
    stated = {org for org, sources in held.items() if sources != {"ref"}}
    assert stated == {"World Intellectual Property Organization"}
    # the earlier posts in Singapore are listed, marked as the reference data's alone
    assert held["Intellectual Property Office of Singapore"] == {"ref"}


def test_an_office_head_named_in_english_takes_the_stated_title_there(
    ipx, empty_db, tmp_path: Path
) -> None:
    doc = tmp_path / "lyon.txt"
    doc.write_text(EN, encoding="utf-8")
    data = _export(ipx, empty_db, doc)
    (person,) = [p for p in data["people"] if p["name"] == "Pascal Faure"]
    assert person["reference_id"] == "pascal-faure"
    stated = [r for r in person["roles"] if r["sources"] != ["ref"]]
    assert [(r["title"], r["start"]) for r in stated] == [("Director General", "2018-09-13")]
