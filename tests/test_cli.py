"""The `ipx` command as a user types it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import SEEDS


def test_every_command_has_help(ipx) -> None:
    for cmd in (
        "import",
        "search",
        "show",
        "path",
        "export",
        "merge",
        "split",
        "merges",
        "serve",
        "explore",
    ):
        result = ipx(cmd, "--help")
        assert result.exit_code == 0, cmd
        assert "--db" in result.stdout or cmd == "merges"


def test_search_json_lists_kind_id_name_aliases_and_score(ipx, seeds_db) -> None:
    result = ipx("search", "IPOS", "--json", "--db", seeds_db)
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert hits and {"kind", "id", "name", "aliases", "score"} <= set(hits[0])
    assert hits[0]["name"] == "Intellectual Property Office of Singapore"
    assert "新加坡知识产权局" in hits[0]["aliases"]


def test_search_kind_filter_and_limit(ipx, seeds_db) -> None:
    hits = json.loads(
        ipx("search", "wipo", "--kind", "org", "--limit", "3", "--json", "--db", seeds_db).stdout
    )
    assert 0 < len(hits) <= 3 and all(h["kind"] == "organisation" for h in hits)


def test_show_json_gives_names_roles_agreements_and_sources(ipx, seeds_db) -> None:
    result = ipx("show", "Daren Tang", "--json", "--db", seeds_db)
    assert result.exit_code == 0
    d = json.loads(result.stdout)
    assert d["kind"] == "person"
    texts = {n["text"] for n in d["names"]}
    assert {"Daren Tang", "邓鸿森"} <= texts
    assert any(r["organisation"] and "Singapore" in r["organisation"]["name"] for r in d["roles"])
    assert d["sources"] and all(s["sentence"] for s in d["sources"])


def test_show_prints_the_sentence_a_fact_came_from(ipx, seeds_db) -> None:
    result = ipx("show", "IPOS", "--db", seeds_db)
    assert result.exit_code == 0
    assert "Intellectual Property Office of Singapore" in result.stdout
    assert "memorandum of understanding" in result.stdout.lower()


def test_show_of_an_unknown_name_is_a_one_line_error(ipx, seeds_db) -> None:
    result = ipx("show", "Nobody Atall Xyzzy", "--db", seeds_db)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Nobody Atall Xyzzy" in result.stderr


def test_path_links_a_person_to_an_organisation_through_roles(ipx, seeds_db) -> None:
    result = ipx("path", "Daren Tang", "WIPO", "--json", "--db", seeds_db)
    assert result.exit_code == 0
    steps = json.loads(result.stdout)
    assert steps[0]["from"]["name"] == "Daren Tang"
    assert steps[-1]["to"]["name"] == "World Intellectual Property Organization"


def test_reimporting_the_same_files_changes_nothing(ipx, seeds_db) -> None:
    before = json.loads(ipx("export", "--no-text", "--db", seeds_db).stdout)
    result = ipx("import", str(SEEDS), "--json", "--db", seeds_db)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["unchanged"] == 5
    after = json.loads(ipx("export", "--no-text", "--db", seeds_db).stdout)
    assert before == after


def test_first_run_on_the_default_database_imports_the_seeds(ipx_process, tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path), "IPX_DATABASE_URL": ""}
    result = ipx_process("search", "denghs", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert "seeds" in result.stderr
    assert any(h["name"] == "Daren Tang" for h in json.loads(result.stdout))
    again = ipx_process("search", "IPOS", "--json", env=env)
    assert "seeds" not in again.stderr  # only the first run imports


def test_a_named_database_starts_empty(ipx, empty_db) -> None:
    result = ipx("search", "IPOS", "--json", "--db", empty_db)
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_the_database_is_sqlite_in_wal_mode(ipx, tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    ipx("search", "x", "--db", str(path))
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_postgres_urls_get_the_psycopg_driver() -> None:
    from store.db import resolve_url

    assert (
        resolve_url("postgresql://me@127.0.0.1:5433/ipx")[0]
        == "postgresql+psycopg://me@127.0.0.1:5433/ipx"
    )


def test_schema_head_constant_matches_the_migrations() -> None:
    from store.db import SCHEMA_HEAD, head_revision

    assert head_revision() == SCHEMA_HEAD


def test_plain_text_output_when_piped(ipx, seeds_db) -> None:
    result = ipx("search", "wipo", "--db", seeds_db)
    assert result.exit_code == 0
    assert "\t" in result.stdout and "│" not in result.stdout


def test_a_merge_is_recorded_and_a_split_undoes_it(ipx, seeds_db) -> None:
    before = json.loads(ipx("export", "--no-text", "--db", seeds_db).stdout)
    result = ipx(
        "merge",
        "IPOS",
        "Shanghai Intellectual Property Administration",
        "--reason",
        "testing",
        "--db",
        seeds_db,
    )
    assert result.exit_code == 0 and "merge" in result.stdout
    merged = json.loads(ipx("show", "IPOS", "--json", "--db", seeds_db).stdout)
    assert "上海市知识产权局" in {n["text"] for n in merged["names"]}
    listed = json.loads(ipx("merges", "--json", "--db", seeds_db).stdout)
    mine = [m for m in listed if m["reason"] == "testing"]
    assert len(mine) == 1 and mine[0]["by"].startswith("user:")
    assert ipx("split", str(mine[0]["id"]), "--db", seeds_db).exit_code == 0
    after = json.loads(ipx("export", "--no-text", "--db", seeds_db).stdout)
    assert after == before


def test_merging_a_person_with_an_organisation_is_refused(ipx, seeds_db) -> None:
    result = ipx("merge", "Daren Tang", "WIPO", "--db", seeds_db)
    assert result.exit_code == 1 and "only alike entities merge" in result.stderr


def test_lookups_do_not_load_the_explorer_the_segmenter_or_the_pdf_reader(seeds_db) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ipx.launch import main\n"
        "for args in (['show', 'IPOS'], ['search', 'wipo', '--json'],\n"
        "             ['path', 'Daren Tang', 'WIPO']):\n"
        f"    sys.argv = ['ipx', *args, '--db', {seeds_db!r}]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = [m for m in ('textual', 'jieba', 'pypdf', 'trafilatura') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_after_a_merge_agreements_are_found_by_the_merged_names(ipx, seeds_db) -> None:
    def agreements(query: str) -> set[str]:
        hits = ipx("search", query, "--kind", "agreement", "--json", "--db", seeds_db).stdout
        return {h["name"] for h in json.loads(hits)}

    before = agreements("上海市知识产权局")
    assert (
        ipx(
            "merge", "IPOS", "Shanghai Intellectual Property Administration", "--db", seeds_db
        ).exit_code
        == 0
    )
    after = agreements("上海市知识产权局")
    assert after > before  # the IPOS MoU is now found by its new party name too
