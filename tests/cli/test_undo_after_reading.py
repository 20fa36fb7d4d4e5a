"""Undo of a judgement made before its documents were read again (`ipx reextract`, the import
of a changed file) brings back what it took, and the queue asks about it again
(store/review/undo.py). Real documents, imported for real; every sentence our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

WORKSHOP = (
    "Geneva, 4 April 2021 - Examiners of the European Patent Office and the Japan Patent "
    "Office compared search practice at a two-day workshop.\n"
)
MEMO = (
    "Tokyo, 9 May 2021 - The Japan Patent Office and the European Patent Office signed a "
    "memorandum on machine translation of patent documents.\n"
)
PILOT = (
    "Geneva, 6 June 2021 - The Harbour Patent Office of Veltria and the European Patent "
    "Office agreed on a pilot for shared searches.\n"
)
HARBOUR = "Harbour Patent Office of Veltria"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("1-workshop.txt", WORKSHOP), ("2-pilot.txt", PILOT), ("3-memo.txt", MEMO)):
        (docs / name).write_text(text, encoding="utf-8")
    return docs


def _orgs(ipx, db: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Organisation ids (o12) by name."""
    data = json.loads(ipx("export", "--no-text", "--db", db).stdout)
    out: dict[str, list[str]] = {}
    for o in data["organisations"]:
        out.setdefault(o["name"], []).append(o["id"])
    return out


def _queue(ipx, db: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    items = json.loads(ipx("review", "--json", "--limit", "200", "--db", db).stdout)
    return {i["id"]: [s["name"] for s in i["subjects"]] for i in items}


def _doc(ipx, db: str, name: str) -> str:  # type: ignore[no-untyped-def]
    """A document's id (d7)."""
    data = json.loads(ipx("export", "--no-text", "--db", db).stdout)
    (found,) = [d["id"] for d in data["documents"] if d["path"].endswith(name)]
    return str(found)


def _ok(result) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.stderr


def test_a_mention_rejected_then_read_again_comes_back_on_undo(ipx, folder, empty_db) -> None:
    _ok(ipx("import", str(folder), "--db", empty_db))
    (jpo,) = _orgs(ipx, empty_db)["Japan Patent Office"]
    item = f"{jpo}@{_doc(ipx, empty_db, '3-memo.txt')}"
    assert item in _queue(ipx, empty_db)
    _ok(ipx("judge", item, "reject", "--db", empty_db))
    assert item not in _queue(ipx, empty_db)
    _ok(ipx("reextract", "--all", "--db", empty_db))
    _ok(ipx("judge", item, "undo", "--db", empty_db))
    (now,) = _orgs(ipx, empty_db)["Japan Patent Office"]
    assert f"{now}@{_doc(ipx, empty_db, '3-memo.txt')}" in _queue(ipx, empty_db)


def test_an_entity_rejected_then_its_file_changed_comes_back_on_undo(ipx, folder, empty_db) -> None:
    _ok(ipx("import", str(folder), "--db", empty_db))
    (harbour,) = _orgs(ipx, empty_db)[HARBOUR]
    assert harbour in _queue(ipx, empty_db)
    _ok(ipx("judge", harbour, "reject", "--db", empty_db))
    (folder / "2-pilot.txt").write_text(PILOT + "The pilot ends next spring.\n", encoding="utf-8")
    _ok(ipx("import", str(folder / "2-pilot.txt"), "--db", empty_db))
    assert HARBOUR not in _orgs(ipx, empty_db)
    _ok(ipx("undo", "--db", empty_db))
    (back,) = _orgs(ipx, empty_db)[HARBOUR]
    assert [HARBOUR] in _queue(ipx, empty_db).values()
    assert back in _queue(ipx, empty_db)


def test_a_merge_then_read_again_comes_apart_on_undo(ipx, folder, empty_db) -> None:
    _ok(ipx("import", str(folder), "--db", empty_db))
    orgs = _orgs(ipx, empty_db)
    (harbour,), (jpo,) = orgs[HARBOUR], orgs["Japan Patent Office"]
    _ok(ipx("judge", f"{harbour}+{jpo}", "merge", "--db", empty_db))
    assert HARBOUR not in _orgs(ipx, empty_db)
    _ok(ipx("reextract", "--all", "--db", empty_db))
    _ok(ipx("undo", "--db", empty_db))
    orgs = _orgs(ipx, empty_db)
    assert len(orgs[HARBOUR]) == 1 and len(orgs["Japan Patent Office"]) == 1
    assert [HARBOUR] in _queue(ipx, empty_db).values()
    merges = json.loads(ipx("merges", "--json", "--db", empty_db).stdout)
    assert not [m for m in merges if not m.get("undone_at")]


def test_without_a_reader_the_undo_says_why_in_one_line_and_changes_nothing(
    ipx, folder, empty_db
) -> None:
    from store.db import open_database
    from store.review.items import ReviewError
    from store.review.judge import undo
    from store.review.undo import use_reader

    _ok(ipx("import", str(folder), "--db", empty_db))
    (harbour,) = _orgs(ipx, empty_db)[HARBOUR]
    _ok(ipx("judge", harbour, "reject", "--db", empty_db))
    (folder / "2-pilot.txt").write_text(PILOT + "The pilot ends next spring.\n", encoding="utf-8")
    _ok(ipx("import", str(folder / "2-pilot.txt"), "--db", empty_db))
    before = ipx("export", "--no-text", "--db", empty_db).stdout
    use_reader(None)  # a program on the store alone: nothing to read documents with
    db = open_database(empty_db)
    try:
        with db.session() as s, pytest.raises(ReviewError) as raised:
            undo(s)
    finally:
        db.engine.dispose()
    assert len(str(raised.value).splitlines()) == 1
    assert ipx("export", "--no-text", "--db", empty_db).stdout == before
    _ok(ipx("undo", "--db", empty_db))  # the CLI hands its reader over again
    assert HARBOUR in _orgs(ipx, empty_db)


def test_an_edit_applied_again_to_a_body_made_anew_is_undone_there(ipx, folder, empty_db) -> None:
    registry = "and the Coastal Trademark Registry of Veltria signed"
    (folder / "3-memo.txt").write_text(MEMO.replace("signed", registry), encoding="utf-8")
    _ok(ipx("import", str(folder), "--db", empty_db))
    (harbour,) = _orgs(ipx, empty_db)[HARBOUR]
    _ok(ipx("judge", harbour, "edit", "--name", "Veltria Harbour Office", "--db", empty_db))
    _ok(ipx("reextract", "--all", "--db", empty_db))
    (made_anew,) = _orgs(ipx, empty_db)["Veltria Harbour Office"]
    assert made_anew != harbour  # read again under another id: the edit applied there again
    _ok(ipx("undo", "--db", empty_db))
    assert "Veltria Harbour Office" not in _orgs(ipx, empty_db)
    shown = json.loads(ipx("show", HARBOUR, "--json", "--db", empty_db).stdout)
    assert HARBOUR in [n["text"] for n in shown["names"]]


def _body(path: Path, name: str) -> Path:
    """An exchange file of one organisation that no document states."""
    names = [{"text": name, "lang": "en", "script": "Latn", "kind": "primary"}]
    body = {"id": "o1", "name": name, "kind": "other", "names": names}
    data = {"format": "exchange/1", "documents": [], "organisations": [body], "people": []}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_body_no_document_states_whose_id_was_taken_again_is_not_undone(
    ipx, tmp_path, empty_db
) -> None:
    _ok(ipx("import", str(_body(tmp_path / "a.json", "Kestrel Institute")), "--db", empty_db))
    (kestrel,) = _orgs(ipx, empty_db)["Kestrel Institute"]
    _ok(ipx("judge", kestrel, "reject", "--db", empty_db))
    _ok(ipx("import", str(_body(tmp_path / "b.json", "Osprey Foundation")), "--db", empty_db))
    assert _orgs(ipx, empty_db)["Osprey Foundation"] == [kestrel]  # SQLite gave its id again
    result = ipx("undo", "--db", empty_db)
    assert result.exit_code != 0
    assert "cannot bring it back" in result.stderr and len(result.stderr.splitlines()) == 1
    (judged,) = json.loads(ipx("judgements", "--json", "--db", empty_db).stdout)
    assert not judged["undone_at"]  # nothing to read it back from: it stays in force


def test_a_merge_whose_mention_ids_a_reading_gave_again_is_undone_by_reading(
    ipx, tmp_path, empty_db
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("1-workshop.txt", WORKSHOP), ("2-memo.txt", MEMO), ("3-pilot.txt", PILOT)):
        (docs / name).write_text(text, encoding="utf-8")
    _ok(ipx("import", str(docs), "--db", empty_db))
    orgs = _orgs(ipx, empty_db)
    (harbour,), (jpo,) = orgs[HARBOUR], orgs["Japan Patent Office"]
    _ok(ipx("judge", f"{harbour}+{jpo}", "merge", "--db", empty_db))
    # read last, the pilot's mentions take their old ids again: the Japan Patent Office's
    # that of the Harbour office's the merge moved
    pilot = PILOT.replace(f"{HARBOUR} and the European Patent Office", "European Patent Office")
    pilot = pilot.replace("Office agreed", "Office and the Japan Patent Office of Japan agreed")
    (docs / "3-pilot.txt").write_text(pilot, encoding="utf-8")
    _ok(ipx("import", str(docs / "3-pilot.txt"), "--db", empty_db))
    _ok(ipx("undo", "--db", empty_db))
    shown = json.loads(ipx("show", "Japan Patent Office", "--json", "--db", empty_db).stdout)
    assert "Japan Patent Office of Japan" in [s["text"] for s in shown["sources"]]
    for body in _orgs(ipx, empty_db).get(HARBOUR, []):
        assert not json.loads(ipx("show", body, "--json", "--db", empty_db).stdout)["sources"]


def test_an_exchange_file_undoing_several_judgements_reads_once(
    ipx, folder, tmp_path, empty_db, monkeypatch
) -> None:
    import shutil

    import importers.reextract as reextract

    _ok(ipx("import", str(folder), "--db", empty_db))
    (harbour,) = _orgs(ipx, empty_db)[HARBOUR]
    (jpo,) = _orgs(ipx, empty_db)["Japan Patent Office"]
    mention = f"{jpo}@{_doc(ipx, empty_db, '3-memo.txt')}"
    _ok(ipx("judge", harbour, "reject", "--db", empty_db))
    _ok(ipx("judge", mention, "reject", "--db", empty_db))
    here = Path(empty_db.removeprefix("sqlite:///"))
    other = str(tmp_path / "other.db")  # another reviewer's copy, where both were undone
    for part in here.parent.glob(here.name + "*"):  # the database and its write-ahead log
        shutil.copy(part, str(part).replace(str(here), other))
    _ok(ipx("undo", "--db", other))
    _ok(ipx("undo", "--db", other))
    (tmp_path / "other.json").write_text(ipx("export", "--db", other).stdout, encoding="utf-8")
    _ok(ipx("reextract", "--all", "--db", empty_db))  # here, the documents were read again
    reads: list[list[int]] = []
    real = reextract.read_in_session

    def counted(session, document_ids):  # type: ignore[no-untyped-def]
        reads.append(document_ids)
        return real(session, document_ids)

    monkeypatch.setattr(reextract, "read_in_session", counted)
    _ok(ipx("import", str(tmp_path / "other.json"), "--db", empty_db))
    assert len(reads) == 1
    judged = json.loads(ipx("judgements", "--json", "--db", empty_db).stdout)
    assert all(j["undone_at"] for j in judged)
    (now,) = _orgs(ipx, empty_db)["Japan Patent Office"]
    queue = _queue(ipx, empty_db)
    assert [HARBOUR] in queue.values()
    assert f"{now}@{_doc(ipx, empty_db, '3-memo.txt')}" in queue
