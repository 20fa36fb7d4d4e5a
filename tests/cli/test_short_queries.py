"""`ipx search` with a short query ranks as the explorer does: the quick path (ipx/lookup.py,
the standard library's sqlite3) and the full one share store.search, so a surname comes
before the same syllable later in a long name, and an acronym before the names that merely
start with its letters, in the JSON, the piped lines and the terminal table alike; and a
Latin-letter query still loads neither pypinyin nor SQLAlchemy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from store.db import open_database
from tests.conftest import run_ipx_process
from tests.search.short_kb import build

QUERIES = ["shen", "he", "zeng", "zhang", "ipos", "jpo", "wipo", "helena", "brandt"]


@pytest.fixture(scope="module")
def short_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('short-cli') / 'short.db'}"
    database = open_database(url)
    with database.session() as s:
        build(s)
        s.commit()
    database.engine.dispose()
    return url


def _names(out: str) -> list[str]:
    return [h["name"] for h in json.loads(out)]


def test_a_surname_comes_before_the_syllable_later_in_a_long_name(short_db: str) -> None:
    he = run_ipx_process("search", "he", "--db", short_db, "--json")
    assert he.returncode == 0, he.stderr
    hits: list[dict[str, Any]] = json.loads(he.stdout)
    assert (hits[0]["name"], hits[0]["how"]) == ("何华", "surname")
    names = [h["name"] for h in hits]
    assert names.index("何志远") < names.index(
        "China National Intellectual Property Administration"
    )
    shen = _names(run_ipx_process("search", "shen", "--db", short_db, "--json").stdout)
    assert shen.index("申长雨") < shen.index("People's Government of Guangdong Province")


def test_an_acronym_comes_first_in_piped_lines(short_db: str) -> None:
    result = run_ipx_process("search", "jpo", "--db", short_db)
    assert result.returncode == 0, result.stderr
    first, second = (line.split("\t")[2] for line in result.stdout.splitlines()[:2])
    assert (first, second) == ("Japan Patent Office", "JPO Users Group")


def test_the_quick_path_and_the_full_path_rank_short_queries_alike(short_db: str) -> None:
    code = (
        "import json, sys\n"
        "from ipx.lookup import fast_hits, hit_rows\n"
        f"out = {{q: hit_rows(fast_hits({short_db!r}, q, None, 20)) for q in {QUERIES!r}}}\n"
        "loaded = [m for m in ('pypinyin', 'sqlalchemy') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    quick = json.loads(result.stdout)
    from ipx.lookup import hit_rows
    from store.search import search

    database = open_database(short_db)
    try:
        with database.session() as s:
            for q in QUERIES:
                assert quick[q] == hit_rows(search(s, q)), q
    finally:
        database.engine.dispose()
    assert quick["ipos"][0]["name"] == "Intellectual Property Office of Singapore"
    assert quick["ipos"][0]["how"] == "acronym"
