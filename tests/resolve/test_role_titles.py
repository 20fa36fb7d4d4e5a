"""One role in two languages is one role: what documents state as 总干事 and as Director
General of WIPO for one person is one role with both titles, dated by what either states,
whatever order the documents come in (issue 14, item 4)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ZH = "世界知识产权组织总干事邓鸿森会见国家知识产权局局长申长雨。\n\n双方讨论了合作。\n"
EN = "WIPO Director General Daren Tang met CNIPA Commissioner Shen Changyu in Geneva.\n"


def _roles(ipx: Any, db: str, who: str) -> list[dict[str, Any]]:
    roles: list[dict[str, Any]] = json.loads(ipx("show", who, "--json", "--db", db).stdout)["roles"]
    return roles


def _at(roles: list[dict[str, Any]], acronym_or_name: str) -> list[dict[str, Any]]:
    return [r for r in roles if r["organisation"] and acronym_or_name in r["organisation"]["name"]]


def _import(ipx: Any, db: str, *files: Path) -> None:
    result = ipx("import", *map(str, files), "--db", db)
    assert result.exit_code == 0, result.stderr


def test_a_chinese_and_an_english_statement_of_a_role_are_one_role(
    ipx, empty_db, tmp_path: Path
) -> None:
    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    _import(ipx, empty_db, tmp_path / "zh.txt")
    _import(ipx, empty_db, tmp_path / "en.txt")
    (wipo,) = _at(_roles(ipx, empty_db, "Daren Tang"), "World Intellectual Property")
    assert wipo["title"] == "Director General" and wipo["other_titles"] == ["总干事"]
    assert wipo["start"] == "2020-10-01"  # the reference data dates it; the news item does not
    assert {s["path"] for s in wipo["sources"]} == {
        str(tmp_path / "zh.txt"),
        str(tmp_path / "en.txt"),
    }
    (cnipa,) = _at(_roles(ipx, empty_db, "Shen Changyu"), "China National")
    assert (cnipa["title"], cnipa["other_titles"]) == ("Commissioner", ["局长"])
    printed = ipx("show", "Shen Changyu", "--db", empty_db).stdout
    assert "Commissioner · 局长" in printed and "Roles (1)" in printed


def test_a_document_replaced_takes_its_title_with_it(ipx, empty_db, tmp_path: Path) -> None:
    zh = tmp_path / "zh.txt"
    zh.write_text(ZH, encoding="utf-8")
    _import(ipx, empty_db, zh)
    (role,) = _at(_roles(ipx, empty_db, "Daren Tang"), "World Intellectual Property")
    assert role["other_titles"] == ["总干事"]
    zh.write_text("世界知识产权组织代表团来访。\n", encoding="utf-8")
    _import(ipx, empty_db, zh)
    (role,) = _at(_roles(ipx, empty_db, "Daren Tang"), "World Intellectual Property")
    assert (role["title"], role["other_titles"]) == ("Director General", [])


def test_the_export_keeps_the_other_titles_and_imports_them_back(
    ipx, empty_db, tmp_path: Path
) -> None:
    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")
    _import(ipx, empty_db, tmp_path / "zh.txt")
    exports = [json.loads(ipx("export", "--db", empty_db).stdout)]
    for n in (1, 2):  # into an empty database, twice: the second export is the first
        exported = tmp_path / f"kb{n}.json"
        exported.write_text(json.dumps(exports[-1], ensure_ascii=False), encoding="utf-8")
        again = f"sqlite:///{tmp_path / f'again{n}.db'}"
        _import(ipx, again, exported)
        exports.append(json.loads(ipx("export", "--db", again).stdout))
    for data in exports:
        docs = {d["id"]: d["path"] for d in data["documents"]}
        (tang,) = [p for p in data["people"] if p["name"] == "Daren Tang"]
        role, stated = [r for r in tang["roles"] if "总干事" in json.dumps(r, ensure_ascii=False)]
        # the role, with its other title; the reference data states it so
        assert (role["title"], role["other_titles"]) == ("Director General", ["总干事"])
        assert role["sources"] == ["ref"] and role["start"] == "2020-10-01"
        # and as the Chinese item states it, for a reader (and score.py) of that document
        assert (stated["title"], stated["statement_of"]) == ("总干事", "Director General")
        assert [docs[s] for s in stated["sources"]] == [str(tmp_path / "zh.txt")]
        assert stated["organisation"] == role["organisation"] and stated["start"] == "2020-10-01"
    assert exports[1] == exports[2]
    # imported, the two entries are one role again
    assert "Roles (3)" in ipx("show", "Daren Tang", "--db", again).stdout
