"""`ipx reextract`: today's extractors on the stored texts, keeping what people decided;
`ipx import` says when stored documents were read by an older extractor."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from importers import EXTRACTOR_VERSION

# our own sentences; the bodies are in the reference data, so the extractors find them
# whatever else changes in extraction
WORKSHOP = (
    "Geneva, 4 April 2021 - Examiners of the European Patent Office and the Japan Patent "
    "Office compared search practice at a two-day workshop.\n"
)
VISIT = (
    "Seoul, 9 May 2022 - A delegation of the Intellectual Property Office of Singapore "
    "visited the Korean Intellectual Property Office to discuss examiner exchanges.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "workshop.txt").write_text(WORKSHOP, encoding="utf-8")
    (folder / "visit.txt").write_text(VISIT, encoding="utf-8")
    return folder


def _orgs(ipx, db: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    data = json.loads(ipx("export", "--no-text", "--db", db).stdout)
    return {o["name"]: o["id"] for o in data["organisations"]}


def _id(ipx, db: str, name: str) -> str:  # type: ignore[no-untyped-def]
    return str(json.loads(ipx("show", name, "--json", "--db", db).stdout)["id"])


def _versions(db: str) -> list[int | None]:
    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    try:
        return [r[0] for r in conn.execute("SELECT extractor_version FROM document ORDER BY id")]
    finally:
        conn.close()


def _age(db: str, path_part: str) -> None:
    """Make a stored document look read by an older ipx."""
    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    with conn:
        conn.execute(
            "UPDATE document SET extractor_version = NULL WHERE path LIKE ?", [f"%{path_part}%"]
        )
    conn.close()


def test_reextract_keeps_rejections_acceptances_and_merges_by_hand(ipx, corpus, empty_db) -> None:
    assert ipx("import", str(corpus), "--db", empty_db).exit_code == 0
    epo, jpo = _id(ipx, empty_db, "EPO"), _id(ipx, empty_db, "JPO")
    ipos, kipo = _id(ipx, empty_db, "IPOS"), _id(ipx, empty_db, "KIPO")
    assert ipx("judge", epo, "reject", "--db", empty_db).exit_code == 0
    assert ipx("judge", jpo, "accept", "--db", empty_db).exit_code == 0
    assert ipx("merge", ipos, kipo, "--db", empty_db).exit_code == 0
    before = _orgs(ipx, empty_db)
    result = ipx("reextract", "--all", "--db", empty_db)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(
        f"read 2 documents again (extractor version {EXTRACTOR_VERSION})"
    )
    after = _orgs(ipx, empty_db)
    assert sorted(after) == sorted(before)  # EPO stays out, IPOS and KIPO stay one
    assert epo not in after.values()
    shown = json.loads(ipx("show", "Japan Patent Office", "--json", "--db", empty_db).stdout)
    assert shown["reviewed"]
    assert _versions(empty_db) == [EXTRACTOR_VERSION, EXTRACTOR_VERSION]


def test_import_says_when_stored_documents_were_read_by_an_older_extractor(
    ipx, corpus, empty_db, tmp_path: Path
) -> None:
    first = ipx("import", str(corpus / "workshop.txt"), "--db", empty_db)
    assert "older" not in first.stderr
    _age(empty_db, "workshop")
    other = tmp_path / "other.txt"
    other.write_text(VISIT.replace("Seoul", "Busan"), encoding="utf-8")
    said = ipx("import", str(other), "--db", empty_db).stderr.splitlines()
    assert said[-1] == (
        "1 stored document was read by an older extractor; `ipx reextract` reads them again"
    )
    result = ipx("reextract", "--db", empty_db)  # no documents named: the older ones
    assert result.exit_code == 0 and result.stderr.startswith("read 1 document again")
    assert _versions(empty_db) == [EXTRACTOR_VERSION, EXTRACTOR_VERSION]
    again = ipx("import", str(corpus / "visit.txt"), "--db", empty_db)
    assert "older" not in again.stderr


def test_import_json_counts_the_stored_documents_an_older_extractor_read(
    ipx, corpus, empty_db, tmp_path: Path
) -> None:
    first = json.loads(
        ipx("import", str(corpus / "workshop.txt"), "--json", "--db", empty_db).stdout
    )
    assert first["older_documents"] == 0
    _age(empty_db, "workshop")
    other = tmp_path / "other.txt"
    other.write_text(VISIT.replace("Seoul", "Busan"), encoding="utf-8")
    said = json.loads(ipx("import", str(other), "--json", "--db", empty_db).stdout)
    assert said["older_documents"] == 1 and said["documents"] == 1


def test_reextract_reads_the_documents_named_and_refuses_unknown_ones(
    ipx, corpus, empty_db, tmp_path: Path
) -> None:
    ipx("import", str(corpus), "--db", empty_db)
    _age(empty_db, "")
    result = ipx("reextract", str(corpus / "visit.txt"), "--db", empty_db)
    assert result.exit_code == 0 and result.stderr.startswith("read 1 document again")
    assert sorted(_versions(empty_db), key=str) == sorted([None, EXTRACTOR_VERSION], key=str)
    stray = tmp_path / "stray.txt"
    stray.write_text("Never imported.", encoding="utf-8")
    bad = ipx("reextract", str(stray), "--db", empty_db)
    assert bad.exit_code == 1
    assert f"ipx: {stray}: not a stored document (import it first)" in bad.stderr
    both = ipx("reextract", "--all", str(stray), "--db", empty_db)
    assert both.exit_code == 2 and "not both" in both.stderr


def test_reextract_gives_the_knowledge_base_a_fresh_import_gives(ipx, corpus, tmp_path) -> None:
    once = f"sqlite:///{tmp_path / 'once.db'}"
    twice = f"sqlite:///{tmp_path / 'twice.db'}"
    ipx("import", str(corpus), "--db", once)
    ipx("import", str(corpus), "--db", twice)
    ipx("reextract", "--all", "--db", twice)
    assert _orgs(ipx, once) == _orgs(ipx, twice)
