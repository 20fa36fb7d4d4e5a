"""The bulk exchange import stores exactly what the entry-by-entry import stored.

The oracle is the import as it was before it went bulk (tests/store/rowwise_import.py: every
entry through store.writer, the ORM flushing each row). Both import the same files into
fresh databases, on SQLite and PostgreSQL, and every table must come out the same: the same
rows with the same ids, the same names with their kinds and dates, the same roles with their
titles, the same mentions, and the same search keys. Also into a database that already holds
knowledge (documents met again by their hash, entities by their reference id), and on a file
large enough that the search index is rebuilt rather than kept row by row.
"""

from __future__ import annotations

import copy
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store.db import open_database
from store.exchange import import_data
from tests.store.kb_factory import make_kb
from tests.store.pg import fresh_database
from tests.store.rowwise_import import import_rowwise

TABLES = (
    "document",
    "organisation",
    "person",
    "name",
    "role",
    "agreement",
    "agreementparty",
    "mention",
)
VOLATILE = {"created_at", "imported_at"}  # the time of the import


def rich_kb(seed: int = 3) -> dict[str, Any]:
    """A generated knowledge base, with everything an exchange file may say beyond it: names
    with kinds, languages and dates, mention spans, a role stated again and in another
    language, reference ids (one entity listed twice), parents named before they are
    defined, witnesses of both kinds, a party listed twice, a document listed twice, the
    reference pseudo-document, names that fold to nothing or need cleaning."""
    kb = make_kb(n_orgs=120, n_people=240, n_agreements=160, n_docs=12, seed=seed)
    docs, orgs, people, ags = kb["documents"], kb["organisations"], kb["people"], kb["agreements"]
    docs.append({**docs[0], "id": "again"})  # the same text: one document
    docs.append({"id": "ref", "path": "importers/reference/", "format": "reference"})
    docs.append({"id": "untexted", "path": "notes/untexted.txt", "title": "No text", "lang": None})
    orgs[0].update(reference_id="wipo", names=[{"text": "WIPO", "kind": "acronym", "lang": "en"}])
    orgs[5].update(reference_id="wipo", aliases=["World IP Organization", "  世界  知识产权组织 "])
    orgs[1]["aliases"] += ["!!!", "Org  of   Spaces", "國家知識產權局"]
    orgs[2]["names"] = [
        {"text": "Old Patent Bureau", "kind": "previous", "from": "1990", "to": "2001"},
        {"text": "Old Patent Bureau", "kind": "alias", "to": "2002", "origin": "document"},
    ]
    orgs[3]["parent"] = orgs[50]["id"]  # defined later in the file
    orgs[60]["parent"] = orgs[4]["id"]
    orgs[7]["sources"] = ["ref"]
    orgs[8]["mentions"] = [
        {"document": "doc1", "start": 5, "end": 17, "surface": "Eighth office", "confidence": 0},
        {"document": "doc1", "start": 40, "end": 52, "extractor": "en.orgs", "confidence": 0.5},
    ]
    people[0].update(reference_id="tang", aliases=["Daren Tang", "邓鸿森"])
    people[9].update(reference_id="tang", aliases=["Tang Heng Shim"], family="Tang")
    people[0]["roles"] = [
        {"title": "Director General", "organisation": orgs[0]["id"], "start": "2020-10"},
        {"title": "总干事", "organisation": orgs[0]["id"], "sources": ["doc2"]},
        {"title": "Director-General", "organisation": orgs[0]["id"], "end": "2026"},
    ]
    people[9]["roles"] = [
        {"title": "總幹事", "statement_of": "Director General", "organisation": orgs[5]["id"]},
        {"title": "Chief Executive", "other_titles": ["局长"], "sources": ["ref"]},
    ]
    people[1]["roles"] = [
        {"title": "Commissioner", "organisation": orgs[1]["id"], "start": "2015", "end": "2018"},
        {"title": "局长", "organisation": orgs[1]["id"], "start": "2016"},
        {"title": "Commissioner", "organisation": None, "origin": "reference"},
    ]
    people[2]["names"] = [{"text": "Pat Example", "lang": "en", "from": "2010"}]
    people[2]["mentions"] = [{"document": "doc3", "start": 1, "end": 12, "surface": "Pat"}]
    ags[0]["parties"] = [orgs[0]["id"], orgs[1]["id"], orgs[0]["id"]]
    ags[0]["witnesses"] = [people[3]["id"], orgs[2]["id"], people[3]["id"]]
    ags[1].update(signatories=[people[0]["id"], people[9]["id"]], origin="reference")
    ags[2]["sources"] = ["ref"]
    ags[3]["title"] = "  Memorandum   of Understanding  "
    return kb


def _table(conn: Any, table: str) -> list[tuple[Any, ...]]:
    cols = [c for c in _columns(conn, table) if c not in VOLATILE]
    quoted = ", ".join(f'"{c}"' for c in sorted(cols))
    return [tuple(r) for r in conn.exec_driver_sql(f'SELECT {quoted} FROM "{table}" ORDER BY id')]


def _columns(conn: Any, table: str) -> list[str]:
    from sqlalchemy import inspect

    return [c["name"] for c in inspect(conn).get_columns(table)]


def _next_ids(conn: Any) -> dict[str, int]:
    """PostgreSQL: the id each table's sequence gives next."""
    out = {}
    for table in TABLES:
        seq = conn.exec_driver_sql(f"SELECT pg_get_serial_sequence('{table}', 'id')").scalar()
        last, called = conn.exec_driver_sql(f"SELECT last_value, is_called FROM {seq}").one()
        out[table] = last + 1 if called else last
    return out


def contents(url: str) -> dict[str, Any]:
    """Every row of every table the import writes (times left out), the search keys as a
    multiset (their row ids mean nothing), and on PostgreSQL where each sequence stands."""
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            out: dict[str, Any] = {t: _table(conn, t) for t in TABLES}
            keys = "SELECT key, entity_type, entity_id, name_id, tier, docs FROM searchkey"
            out["searchkey"] = Counter(tuple(r) for r in conn.exec_driver_sql(keys))
            if conn.dialect.name == "postgresql":
                out["next ids"] = _next_ids(conn)
            return out
    finally:
        db.engine.dispose()


def load(url: str, data: dict[str, Any], *, rowwise: bool = False) -> dict[str, int]:
    """What an import added (judgements aside: the entry-by-entry import knew none)."""
    db = open_database(url)
    try:
        with db.session() as s:
            if rowwise:
                counts = import_rowwise(s, data)
            else:  # handed over, as `ipx import` hands its file over
                counts = import_data(s, copy.deepcopy(data), consume=True)
            s.commit()
        return {k: v for k, v in counts.items() if k != "judgements"}
    finally:
        db.engine.dispose()


def assert_same(one: dict[str, Any], two: dict[str, Any]) -> None:
    for table in one:
        assert one[table] == two[table], f"{table} differs"


def assert_both_store_the_same(urls: tuple[str, str], *files: dict[str, Any]) -> None:
    """Import FILES one after another with the oracle into one database and in bulk into
    the other; after each, both hold the same and report the same counts."""
    oracle, bulk = urls
    for data in files:
        assert load(bulk, data) == load(oracle, data, rowwise=True)
        assert_same(contents(oracle), contents(bulk))


def second_file() -> dict[str, Any]:
    """A later exchange file that meets what the first stored: the same documents (by their
    text), the same reference entities with new names and roles, new entities besides."""
    kb = rich_kb(seed=4)
    first = rich_kb()
    kb["documents"][:3] = first["documents"][:3]
    kb["organisations"][10].update(reference_id="wipo", aliases=["OMPI"], parent="org11")
    kb["people"][10].update(
        reference_id="tang",
        names=[{"text": "Daren Tang", "kind": "primary", "from": "2020"}],
        roles=[
            {"title": "Director General", "organisation": "org10", "end": "2030"},
            {"title": "总干事", "organisation": "org10", "start": "2020-10-01"},
        ],
    )
    return kb


@pytest.fixture(params=["sqlite", "postgresql"])
def two_databases(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'oracle.db'}", f"sqlite:///{tmp_path / 'bulk.db'}"
        return
    if os.environ.get("IPX_SKIP_POSTGRES"):
        pytest.skip("IPX_SKIP_POSTGRES is set")
    server = request.getfixturevalue("pg_server")
    yield fresh_database(server, "oracle"), fresh_database(server, "bulk")


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    from tests.store.pg import throwaway_cluster

    with throwaway_cluster() as url:
        yield url


def test_an_exchange_file_is_stored_as_the_entry_by_entry_import_stored_it(
    two_databases: tuple[str, str],
) -> None:
    assert_both_store_the_same(two_databases, rich_kb())


def test_a_file_imported_into_a_database_with_knowledge_joins_it_as_before(
    two_databases: tuple[str, str],
) -> None:
    assert_both_store_the_same(two_databases, rich_kb(), second_file())


def test_an_export_imported_in_bulk_exports_the_same_knowledge_again(
    ipx, two_databases: tuple[str, str], tmp_path: Path
) -> None:
    first_db, second_db = two_databases
    src = tmp_path / "kb.json"
    src.write_text(json.dumps(rich_kb(), ensure_ascii=False), encoding="utf-8")
    assert ipx("import", str(src), "--db", first_db).exit_code == 0
    first = tmp_path / "first.json"
    assert ipx("export", "-o", str(first), "--db", first_db).exit_code == 0
    assert ipx("import", str(first), "--db", second_db).exit_code == 0
    second = tmp_path / "second.json"
    assert ipx("export", "-o", str(second), "--db", second_db).exit_code == 0
    assert json.loads(first.read_text()) == json.loads(second.read_text())


def schema(url: str) -> dict[str, list[Any]]:
    """The indexes and foreign keys of the database, as the database reports them."""
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                indexes = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
                keys = "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
            else:
                indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                keys = "SELECT sql FROM sqlite_master WHERE type = 'table'"  # FKs are in it
            return {
                "indexes": sorted(tuple(r) for r in conn.exec_driver_sql(indexes)),
                "keys": sorted(tuple(r) for r in conn.exec_driver_sql(keys)),
            }
    finally:
        db.engine.dispose()


def test_a_large_file_keyed_in_a_worker_is_stored_as_in_one_process(
    ipx, two_databases: tuple[str, str], tmp_path: Path
) -> None:
    """Past 50,000 names the keys are made in a worker process, the search index is dropped
    and built once at the end (and on PostgreSQL the foreign keys are checked once at the
    end): the same rows and keys as one process makes, the schema as it was, and search
    answers."""
    kb = make_kb(n_orgs=20, n_people=26000, n_agreements=10, n_docs=5, seed=11)
    kb["people"][12345].update(name="Quillon Marwick-Ashby", aliases=["奎隆"])
    src = tmp_path / "big.json"
    src.write_text(json.dumps(kb, ensure_ascii=False), encoding="utf-8")
    url, one = two_databases
    before = schema(url)
    result = ipx("import", str(src), "--db", url, env={"IPX_JOBS": "2"})
    assert result.exit_code == 0, result.stderr
    assert "26020 new entities" in result.stderr
    found = json.loads(ipx("search", "marwick", "--json", "--db", url).stdout)
    assert found[0]["name"] == "Quillon Marwick-Ashby"
    by_chinese = json.loads(ipx("search", "奎隆", "--json", "--db", url).stdout)
    assert by_chinese[0]["id"] == found[0]["id"]
    assert schema(url) == before
    result = ipx("import", str(src), "--db", one, env={"IPX_JOBS": "1"})
    assert result.exit_code == 0, result.stderr
    assert_same(contents(url), contents(one))


def test_a_bad_entry_at_the_end_of_a_large_file_stores_nothing(ipx, tmp_path: Path) -> None:
    kb = rich_kb()
    kb["agreements"].append({"id": "late", "title": "MoU", "parties": ["org1", "nowhere"]})
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(kb, ensure_ascii=False), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    result = ipx("import", str(src), "--db", url)
    assert result.exit_code != 0
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("ipx:")]
    assert "bad.json" in line and "nowhere" in line
    data = json.loads(ipx("export", "--db", url).stdout)
    assert data["documents"] == data["organisations"] == data["people"] == []


def test_a_reference_id_that_is_not_a_string_is_refused_in_one_line(ipx, tmp_path: Path) -> None:
    kb = rich_kb()
    kb["organisations"][3]["reference_id"] = 42
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(kb, ensure_ascii=False), encoding="utf-8")
    result = ipx("import", str(src), "--db", f"sqlite:///{tmp_path / 'kb.db'}")
    assert result.exit_code != 0
    assert "reference_id" in result.stderr and "org3" in result.stderr


def test_a_sqlite_database_stays_in_wal_mode_after_a_bulk_load(ipx, tmp_path: Path) -> None:
    """The load runs with a rollback journal (faster for pages new to the file); readers such
    as an open explorer need the WAL again afterwards."""
    src = tmp_path / "kb.json"
    src.write_text(json.dumps(rich_kb(), ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "kb.db"
    assert ipx("import", str(src), "--db", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_bulk_load_works_while_another_connection_reads_the_file(ipx, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    first = tmp_path / "first.json"
    first.write_text(json.dumps(rich_kb(), ensure_ascii=False), encoding="utf-8")
    assert ipx("import", str(first), "--db", str(db)).exit_code == 0
    reader = sqlite3.connect(db)  # an explorer with the file open
    try:
        before = reader.execute("SELECT count(*) FROM person").fetchone()[0]
        second = tmp_path / "second.json"
        second.write_text(json.dumps(second_file(), ensure_ascii=False), encoding="utf-8")
        assert ipx("import", str(second), "--db", str(db)).exit_code == 0
        assert reader.execute("SELECT count(*) FROM person").fetchone()[0] > before
        assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        reader.close()
