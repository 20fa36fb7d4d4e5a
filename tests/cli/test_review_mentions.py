"""One document's mention of an entity as a review item (`o12@d7`), through the CLI as a user
runs it: listed with its document, rejected in that document only, kept rejected after
`ipx reextract` and an exchange round trip, undone exactly. Our own sentences; the bodies
named are in the reference data, so the extractors find them whatever else changes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import sqlite_url

SEMINAR = (
    "Tokyo, 8 June 2022 - The Japan Patent Office hosted a seminar on design protection. "
    "Speakers from the European Union took part.\n"
)
TALKS = (
    "Brussels, 3 May 2022 - The European Union and the Japan Patent Office agreed to "
    "exchange examiners next year.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "seminar.txt").write_text(SEMINAR, encoding="utf-8")
    (folder / "talks.txt").write_text(TALKS, encoding="utf-8")
    return folder


def _items(ipx: Any, db: str) -> list[dict[str, Any]]:
    return json.loads(ipx("review", "--json", "-n", "300", "--db", db).stdout)


def _docs_of(ipx: Any, db: str, entity: str) -> set[str]:
    """The files whose sentences state the entity (`ipx show --json`)."""
    shown = json.loads(ipx("show", entity, "--json", "--db", db).stdout)
    return {Path(s["path"]).name for s in shown.get("sources", [])}


def _eu(ipx: Any, db: str) -> tuple[str, dict[str, Any]]:
    """The European Union's id, and its mention item in the seminar text."""
    eu = str(json.loads(ipx("show", "European Union", "--json", "--db", db).stdout)["id"])
    item = next(
        i
        for i in _items(ipx, db)
        if i["kind"] == "mention"
        and i["subjects"][0]["id"] == eu
        and i["document"]["path"].endswith("seminar.txt")
    )
    return eu, item


@pytest.fixture
def imported(ipx: Any, corpus: Path, empty_db: str) -> str:
    assert ipx("import", str(corpus), "--db", empty_db).exit_code == 0
    return empty_db


def test_a_mention_item_names_its_document_and_quotes_only_it(ipx, imported) -> None:
    eu, item = _eu(ipx, imported)
    doc = item["document"]["id"]
    assert item["id"] == f"{eu}@{doc}" and item["actions"] == ["accept", "reject"]
    assert item["subjects"] == [{"kind": "organisation", "id": eu, "name": "European Union"}]
    assert item["sources"] and all(s["path"].endswith("seminar.txt") for s in item["sources"])
    shown = ipx("show", item["id"], "--db", imported)
    assert shown.exit_code == 0 and f"in document {doc}:" in shown.stdout
    assert shown.stdout.split("\n", 1)[0].endswith("seminar.txt")


def test_rejecting_a_mention_keeps_the_entity_in_its_other_document(ipx, imported) -> None:
    eu, item = _eu(ipx, imported)
    assert _docs_of(ipx, imported, eu) == {"seminar.txt", "talks.txt"}
    result = ipx("judge", item["id"], "reject", "--reason", "named in passing", "--db", imported)
    assert result.exit_code == 0, result.stderr
    assert "its other documents keep it" in result.stdout
    assert _docs_of(ipx, imported, eu) == {"talks.txt"}
    assert item["id"] not in {i["id"] for i in _items(ipx, imported)}
    (listed,) = json.loads(ipx("judgements", "--json", "--db", imported).stdout)
    assert (listed["item"], listed["action"], listed["reason"]) == (
        item["id"],
        "reject",
        "named in passing",
    )
    undone = ipx("undo", "--db", imported)
    assert undone.exit_code == 0, undone.stderr
    assert _docs_of(ipx, imported, eu) == {"seminar.txt", "talks.txt"}
    assert item["id"] in {i["id"] for i in _items(ipx, imported)}


def test_accepting_a_mention_closes_that_item_only(ipx, imported) -> None:
    eu, item = _eu(ipx, imported)
    assert ipx("judge", item["id"], "accept", "--db", imported).exit_code == 0
    left = {i["id"] for i in _items(ipx, imported)}
    assert item["id"] not in left
    assert any(i.startswith(f"{eu}@") for i in left)  # the other document's still asks
    again = ipx("judge", item["id"], "reject", "--db", imported)
    assert again.exit_code != 0 and "already judged" in again.stderr


def test_a_rejected_mention_stays_out_after_reextract(ipx, imported) -> None:
    eu, item = _eu(ipx, imported)
    assert ipx("judge", item["id"], "reject", "--db", imported).exit_code == 0
    result = ipx("reextract", "--all", "--db", imported)
    assert result.exit_code == 0, result.stderr
    eu_now = str(json.loads(ipx("show", "European Union", "--json", "--db", imported).stdout)["id"])
    assert _docs_of(ipx, imported, eu_now) == {"talks.txt"}
    (listed,) = json.loads(ipx("judgements", "--json", "--db", imported).stdout)
    assert listed["item"].startswith(f"{eu_now}@d") and listed["undone_at"] is None


def test_a_rejected_mention_travels_in_an_exchange_file(ipx, imported, tmp_path, corpus) -> None:
    eu, item = _eu(ipx, imported)
    assert ipx("judge", item["id"], "reject", "--db", imported).exit_code == 0
    exported = tmp_path / "kb.json"
    exported.write_text(ipx("export", "--db", imported).stdout, encoding="utf-8")
    other = sqlite_url(tmp_path / "other.db")
    assert ipx("import", str(corpus), "--db", other).exit_code == 0  # read before it arrives
    result = ipx("import", str(exported), "--db", other)
    assert result.exit_code == 0, result.stderr
    eu_there = str(json.loads(ipx("show", "European Union", "--json", "--db", other).stdout)["id"])
    assert _docs_of(ipx, other, eu_there) == {"talks.txt"}
    (listed,) = json.loads(ipx("judgements", "--json", "--db", other).stdout)
    assert listed["action"] == "reject" and "@d" in listed["item"]


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("{eu}@d999", "no document d999"),
        ("{eu}@{visit}", "does not state"),
        ("{eu}@x3", "not a mention item id"),
    ],
)
def test_bad_mention_ids_say_why_in_one_line(ipx, imported, tmp_path, item, said) -> None:
    eu, found = _eu(ipx, imported)
    visit = tmp_path / "visit.txt"  # a document that does not state the European Union
    visit.write_text(
        "Seoul, 9 May 2022 - Examiners of the Korean Intellectual Property Office met.\n",
        encoding="utf-8",
    )
    assert ipx("import", str(visit), "--db", imported).exit_code == 0
    typed = item.format(eu=eu, visit=_doc_id(imported, "visit.txt"))
    before = _docs_of(ipx, imported, eu)
    result = ipx("judge", typed, "reject", "--db", imported)
    assert result.exit_code != 0
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _docs_of(ipx, imported, eu) == before  # nothing lost
    assert found["id"] in {i["id"] for i in _items(ipx, imported)}


def _doc_id(db: str, name: str) -> str:
    import sqlite3

    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    try:
        ((row,),) = conn.execute("SELECT id FROM document WHERE path LIKE ?", [f"%{name}"])
    finally:
        conn.close()
    return f"d{row}"
