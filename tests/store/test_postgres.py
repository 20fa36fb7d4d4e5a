"""PostgreSQL: every command works on a shared server exactly as on SQLite.

A throwaway PostgreSQL cluster is started for these tests (tests/store/pg.py). On a machine
without the server binaries they fail loudly rather than skip; set IPX_SKIP_POSTGRES=1 to
skip them on purpose.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.store.pg import fresh_database, throwaway_cluster

if os.environ.get("IPX_SKIP_POSTGRES"):
    pytest.skip("IPX_SKIP_POSTGRES is set", allow_module_level=True)


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    with throwaway_cluster() as url:
        yield url


@pytest.fixture(scope="module")
def pg_seeds(pg_server: str) -> str:
    url = fresh_database(pg_server, "seeds")
    from typer.testing import CliRunner

    from ipx.cli import app

    result = CliRunner().invoke(app, ["import", str(SEEDS), "--db", url])
    assert result.exit_code == 0, result.stderr
    return url


def _without_volatile(data: dict) -> dict:
    for d in data["documents"]:
        d.pop("text", None)
    return data


def test_import_and_export_give_the_same_knowledge_base_as_sqlite(ipx, pg_seeds, seeds_db) -> None:
    pg = json.loads(ipx("export", "--no-text", "--db", pg_seeds).stdout)
    lite = json.loads(ipx("export", "--no-text", "--db", seeds_db).stdout)
    assert _without_volatile(pg) == _without_volatile(lite)


@pytest.mark.parametrize(
    "query", ["denghs", "邓鸿森", "ipos", "shen changyu", "Francis Gury", "belt and road", "%", '"']
)
def test_search_gives_the_same_results_as_sqlite(ipx, pg_seeds, seeds_db, query) -> None:
    pg = json.loads(ipx("search", query, "--json", "--db", pg_seeds).stdout)
    lite = json.loads(ipx("search", query, "--json", "--db", seeds_db).stdout)
    assert pg == lite


def test_show_and_path_give_the_same_results_as_sqlite(ipx, pg_seeds, seeds_db) -> None:
    for args in (
        ["show", "Daren Tang", "--json"],
        ["show", "CNIPA", "--json"],
        ["path", "Daren Tang", "WIPO", "--json"],
    ):
        pg = ipx(*args, "--db", pg_seeds)
        lite = ipx(*args, "--db", seeds_db)
        assert pg.exit_code == lite.exit_code == 0
        assert json.loads(pg.stdout) == json.loads(lite.stdout)


def test_two_imports_at_once_lose_nothing_and_double_nothing(
    pg_server, ipx, tmp_path: Path
) -> None:
    url = fresh_database(pg_server, "concurrent")
    corpus_a, corpus_b = tmp_path / "a", tmp_path / "b"
    corpus_a.mkdir()
    corpus_b.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i, seed in enumerate(seeds):
        text = seed.read_text(encoding="utf-8")
        (corpus_a / seed.name).write_text(text, encoding="utf-8")  # both share all five seeds
        (corpus_b / seed.name).write_text(text, encoding="utf-8")
        (corpus_b / f"copy_{i}.txt").write_text(text + "\n\nA copy.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "ipx", "import", "-q", "--db", url]
    procs = [
        subprocess.Popen([*cmd, str(c)], env=env, stderr=subprocess.PIPE, text=True)
        for c in (corpus_a, corpus_b)
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    data = json.loads(ipx("export", "--no-text", "--db", url).stdout)
    assert len([d for d in data["documents"] if d.get("format") != "reference"]) == 10
    # the same as importing everything in one go, one process
    serial = fresh_database(pg_server, "serial")
    assert ipx("import", "-q", str(corpus_a), str(corpus_b), "--db", serial).exit_code == 0
    one = json.loads(ipx("export", "--no-text", "--db", serial).stdout)
    names = lambda d, k: sorted(e["name"] for e in d[k])  # noqa: E731
    for kind in ("organisations", "people"):
        assert names(data, kind) == names(one, kind)  # nothing lost, nothing doubled
    orgs = {o["id"]: o["name"] for o in data["organisations"]}

    def facts(d: dict) -> list[tuple]:
        o = {x["id"]: x["name"] for x in d["organisations"]}
        return sorted(
            (a["kind"], tuple(sorted(o[p] for p in a["parties"]))) for a in d["agreements"]
        )

    assert {f for f in facts(data)} == {f for f in facts(one)}  # the same agreements
    doubled = [
        a
        for a in data["agreements"]
        if sum(
            1
            for b in data["agreements"]
            if (b["title"], b["date"], sorted(b["parties"]))
            == (a["title"], a["date"], sorted(a["parties"]))
        )
        > 1
    ]
    assert not doubled, [(a["title"], [orgs[p] for p in a["parties"]]) for a in doubled]


def test_read_only_mode_on_postgres_refuses_writes(ipx, pg_seeds) -> None:
    result = ipx("--read-only", "import", str(SEEDS / "003_5b9f4ff068226edb.txt"), "--db", pg_seeds)
    assert result.exit_code != 0 and "read-only" in result.stderr
    assert ipx("--read-only", "show", "WIPO", "--db", pg_seeds).exit_code == 0


def test_one_role_in_two_languages_merges_and_splits_on_postgres(ipx, pg_server) -> None:
    from store.db import open_database
    from tests.store.kb_detail import two_people

    url = fresh_database(pg_server, "roles")
    db = open_database(url)
    two_people(db)
    db.engine.dispose()
    before = ipx("export", "--no-text", "--db", url).stdout
    assert ipx("merge", "Daren Tang", "邓鸿森", "--db", url).exit_code == 0
    (role,) = json.loads(ipx("show", "Daren Tang", "--json", "--db", url).stdout)["roles"]
    assert (role["title"], role["other_titles"]) == ("Director General", ["总干事"])
    assert ipx("split", "Daren Tang", "--db", url).exit_code == 0
    assert ipx("export", "--no-text", "--db", url).stdout == before
    # the role brought back keeps its id; new roles still get new ones
    db = open_database(url)
    with db.session() as s:
        from store.writer import add_role

        assert add_role(s, 1, 1, "Deputy Director General").id == 3
        s.commit()
    db.engine.dispose()


def test_an_old_database_on_postgres_makes_a_role_in_two_rows_one(ipx, pg_server) -> None:
    from tests.store.kb_detail import old_database_with_a_role_in_two_rows

    url = fresh_database(pg_server, "old_roles")
    old_database_with_a_role_in_two_rows(url)
    shown = ipx("show", "p1", "--json", "--db", url)
    assert shown.exit_code == 0, shown.stderr
    (role,) = json.loads(shown.stdout)["roles"]
    assert (role["title"], role["other_titles"], role["start"]) == (
        "Director General",
        ["总干事"],
        "2020-10-01",
    )
    assert [s["sentence"] for s in role["sources"]] == ["总干事邓鸿森"]
