"""`ipx search`: every result says what tells namesakes apart (a `context` in --json, a last
tab-separated column when piped, a column in the terminal table), and a query naming a title
and an organisation finds who holds that role, on the quick path as on the full one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.tui.kb import make_db


def _json(ipx: Any, *args: str) -> list[dict[str, Any]]:
    result = ipx("search", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_gives_each_hit_its_context(ipx, kb) -> None:
    hits = _json(ipx, "IPOS", "--db", kb)
    first = hits[0]
    assert first["id"] == "o1" and first["context"] == "IP office, Singapore"
    tang = _json(ipx, "Daren Tang", "--db", kb)[0]
    assert tang["context"] == "Director General, WIPO, since 2020"
    shen = _json(ipx, "申长雨", "--db", kb)[0]
    assert shen["context"] == "Commissioner, CNIPA, 2013–2022"
    mou = next(h for h in _json(ipx, "tripartite", "--db", kb) if h["kind"] == "agreement")
    assert mou["context"].startswith("MoU, IPOS / CNIPA / ") and mou["context"].endswith("2017-02")


def test_namesakes_are_told_apart(ipx, tmp_path: Path) -> None:
    db = make_db(tmp_path, namesakes=True)
    hits = [h for h in _json(ipx, "zhang wen", "--db", db) if h["name"] == "张文"]
    contexts = sorted(h["context"] for h in hits)
    assert len(hits) == 2 and len(set(contexts)) == 2
    assert "Deputy Commissioner, CNIPA, 2018–2022" in contexts


def test_piped_output_has_the_context_as_its_last_column(ipx, kb) -> None:
    result = ipx("search", "wipo", "--db", kb)
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0].split("\t")
    assert first[:3] == ["o2", "organisation", "World Intellectual Property Organization"]
    assert len(first) == 5 and first[-1] == "intergovernmental organisation"


def test_the_terminal_table_has_a_context_column(ipx, kb, monkeypatch) -> None:
    import ipx.commands.browse as browse

    monkeypatch.setattr(browse, "is_terminal", lambda: True)
    result = ipx("search", "Daren Tang", "--db", kb, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "context" in result.stdout.splitlines()[0]
    assert "Director General, WIPO, since 2020" in result.stdout


@pytest.mark.parametrize(
    "query,first",
    [
        ("wipo dg", "Daren Tang"),
        ("director general wipo", "Daren Tang"),
        ("commissioner cnipa", "申长雨"),
        ("国家知识产权局局长", "申长雨"),
        ("IPOS chief executive", "Daren Tang"),
    ],
)
def test_a_role_query_puts_the_holder_first_then_the_body(ipx, kb, query, first) -> None:
    hits = _json(ipx, query, "--db", kb)
    assert hits[0]["name"] == first and hits[0]["how"] == "role", hits
    assert hits[1]["kind"] == "organisation"


def test_the_quick_path_and_the_full_path_agree(kb) -> None:
    """ipx/lookup.py answers on sqlite3 alone; the full path through SQLAlchemy gives the same
    hits, contexts and order (the quick path must not even load SQLAlchemy to do so)."""
    queries = ["wipo dg", "国家知识产权局局长", "zhang", "ipos", "tripartite", "commissioner cnipa"]
    code = (
        "import json, sys\n"
        "from ipx.lookup import fast_hits, hit_rows\n"
        f"out = {{q: hit_rows(fast_hits({kb!r}, q, None, 20)) for q in {queries!r}}}\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    quick = json.loads(result.stdout)
    from ipx.lookup import hit_rows
    from store.db import open_database
    from store.search import search

    database = open_database(kb)
    try:
        with database.session() as s:
            for q in queries:
                assert quick[q] == hit_rows(search(s, q)), q
    finally:
        database.engine.dispose()


@pytest.mark.parametrize(
    "short,body",
    [
        ("国知局", "China National Intellectual Property Administration"),
        ("产权组织", "World Intellectual Property Organization"),
        ("世界智慧財產權組織", "World Intellectual Property Organization"),
        ("欧专局", "European Patent Office"),
        ("日本特许厅", "Japan Patent Office"),
        ("韩国特许厅", "Ministry of Intellectual Property of the Republic of Korea"),
        ("韩国知识产权局", "Ministry of Intellectual Property of the Republic of Korea"),
        ("美国专利商标局", "United States Patent and Trademark Office"),
        ("欧盟知识产权局", "European Union Intellectual Property Office"),
        ("新加坡知识产权局", "Intellectual Property Office of Singapore"),
        ("英国知识产权局", "UK Intellectual Property Office"),
    ],
)
def test_common_short_forms_find_their_body(ipx, seeds_db, short, body) -> None:
    """The reference data knows the short forms Chinese sources use (reference_data/README)."""
    hits = _json(ipx, short, "--db", seeds_db)
    assert hits and hits[0]["name"] == body and hits[0]["how"] == "exact", hits[:2]
