"""`ipx review`: what ipx doubts, most worth a look first, as JSON, a table or TSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.store.review_kb import make


@pytest.fixture
def review_kb(tmp_path: Path) -> str:
    return make(tmp_path)[0]


def test_review_json_lists_items_with_their_subjects_reason_score_and_sources(
    ipx, review_kb
) -> None:
    result = ipx("review", "--json", "--db", review_kb)
    assert result.exit_code == 0, result.stderr
    items = json.loads(result.stdout)
    assert items
    for item in items:
        assert {"id", "kind", "subjects", "reason", "score", "sources"} <= set(item)
        assert item["kind"] in ("entity", "pair", "role", "agreement", "mention")
        if item["kind"] == "mention":  # one document's: which one, and its sentences only
            assert item["id"].endswith("@" + item["document"]["id"])
            assert all(s["path"] == item["document"]["path"] for s in item["sources"])
        for subject in item["subjects"]:
            assert subject["kind"] in ("organisation", "person", "role", "agreement")
            shown = ipx("show", subject["id"], "--json", "--db", review_kb)
            assert shown.exit_code == 0  # the id is the one `ipx show` takes
        for source in item["sources"]:
            for start, end in source["highlights"]:
                assert source["sentence"][start:end]
    scores = [i["score"] for i in items]
    assert scores == sorted(scores, reverse=True)


def test_review_json_says_which_items_are_only_to_confirm(ipx, review_kb) -> None:
    items = json.loads(ipx("review", "--json", "-n", "100", "--db", review_kb).stdout)
    assert all(isinstance(i["to_confirm"], bool) for i in items)
    tail = [i for i in items if i["to_confirm"]]
    doubts = [i for i in items if not i["to_confirm"]]
    assert tail and doubts
    # a name only one document states, that nothing doubts: asked to be confirmed; so is one
    # document's mention of an entity others state too that little doubts
    for i in tail:
        assert i["kind"] in ("entity", "mention") and " to confirm: " in i["reason"]
        if i["kind"] == "entity":
            assert "confirmed by nothing else" in i["reason"]
    # a doubt is not: it says what is probably wrong
    assert any(i["reason"].startswith("probably not ") for i in doubts)
    assert all(" to confirm: " not in i["reason"] for i in doubts)


def test_review_limit_keeps_the_first_items(ipx, review_kb) -> None:
    every = json.loads(ipx("review", "--json", "--db", review_kb).stdout)
    first = json.loads(ipx("review", "--json", "--limit", "2", "--db", review_kb).stdout)
    assert [i["id"] for i in first] == [i["id"] for i in every[:2]]


def test_review_piped_prints_one_tab_separated_line_per_item(ipx, review_kb) -> None:
    result = ipx("review", "-n", "3", "--db", review_kb)
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    ids = [
        i["id"] for i in json.loads(ipx("review", "--json", "-n", "3", "--db", review_kb).stdout)
    ]
    for line, item in zip(lines, ids, strict=True):
        fields = line.split("\t")
        assert fields[0] == item and len(fields) == 6


def test_review_on_a_terminal_is_a_table_with_the_reason(ipx, review_kb, monkeypatch) -> None:
    monkeypatch.setattr("ipx.commands.review.is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    out = ipx("review", "-n", "3", "--db", review_kb).stdout
    assert "probably" in out and "score" in out


def test_nothing_to_review_is_said_once(ipx, empty_db) -> None:
    result = ipx("review", "--db", empty_db)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.strip() == "nothing to review"


def test_a_quick_search_carries_confidence_without_sqlalchemy(review_kb, tmp_path) -> None:
    import subprocess
    import sys

    code = (
        "import contextlib, io, json, sys\n"
        "from ipx.lookup import quick_search\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    assert quick_search(['ministry of state', '--json', '--db', {review_kb!r}])\n"
        "hit = json.loads(out.getvalue())[0]\n"
        "assert hit['name'] == 'Ministry of State' and hit['confidence'] < 0.6, hit\n"
        "assert hit['reviewed'] is False\n"
        "assert 'sqlalchemy' not in sys.modules and 'pypinyin' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _ids(ipx, db: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [i["id"] for i in json.loads(ipx("review", "--json", "--db", db).stdout)]


def test_review_run_again_shows_the_kept_queue_and_every_verdict_given_since(
    ipx, review_kb, tmp_path, monkeypatch
) -> None:
    kept = tmp_path / "kept"
    monkeypatch.setenv("IPX_CACHE_DIR", str(kept))
    first = json.loads(ipx("review", "--json", "--db", review_kb).stdout)
    assert any(kept.iterdir())  # the ranked queue was kept for the next run
    assert json.loads(ipx("review", "--json", "--db", review_kb).stdout) == first
    entity = next(i["id"] for i in first if i["kind"] == "entity")
    assert ipx("judge", entity, "reject", "--db", review_kb).exit_code == 0
    assert entity not in _ids(ipx, review_kb)
    assert ipx("undo", "--db", review_kb).exit_code == 0
    assert entity in _ids(ipx, review_kb)


def test_review_a_pair_merged_from_the_shell_leaves_the_kept_queue(
    ipx, review_kb, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("IPX_CACHE_DIR", str(tmp_path / "kept"))
    pair = next(
        i
        for i in json.loads(ipx("review", "--json", "--db", review_kb).stdout)
        if i["kind"] == "pair"
    )
    a, b = (s["id"] for s in pair["subjects"])
    assert ipx("merge", a, b, "--db", review_kb).exit_code == 0
    assert pair["id"] not in _ids(ipx, review_kb)


def test_review_works_where_its_queue_cannot_be_kept(ipx, review_kb, tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("IPX_CACHE_DIR", str(blocked / "kept"))
    first = _ids(ipx, review_kb)
    assert first and _ids(ipx, review_kb) == first


def test_review_after_a_rename_proposes_the_pair_the_new_name_makes(
    ipx, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("IPX_CACHE_DIR", str(tmp_path / "kept"))
    db, ids = make(tmp_path)
    ministry, other = f"o{ids.orgs['most1']}", f"o{ids.orgs['kestrel']}"
    before = json.loads(ipx("review", "--json", "-n", "100", "--db", db).stdout)
    assert not any({ministry, other} <= {s["id"] for s in i["subjects"]} for i in before)
    name = "Viet Nam's Ministry of Science and Technology"
    renamed = ipx("judge", other, "edit", "--name", name, "--db", db)
    assert renamed.exit_code == 0, renamed.stderr
    after = json.loads(ipx("review", "--json", "-n", "100", "--db", db).stdout)
    assert any(
        i["kind"] == "pair" and {ministry, other} == {s["id"] for s in i["subjects"]} for i in after
    )


def test_two_chinese_names_one_can_be_read_as_the_other_are_no_pair(ipx, tmp_path) -> None:
    """单明 can be read dan ming, given name first ming dan, which is how 明丹 reads: a
    reading links a Chinese name to its romanisation, never two Chinese names."""
    doc = tmp_path / "notice.txt"
    doc.write_text(
        "2024年5月2日，北方大学校长单明与南方研究院院长明丹签署合作协议。\n", encoding="utf-8"
    )
    db = str(tmp_path / "readings.db")
    assert ipx("import", str(doc), "--db", db).exit_code == 0
    items = json.loads(ipx("review", "--json", "-n", "100", "--db", db).stdout)
    people = {i["subjects"][0]["name"] for i in items if i["kind"] == "entity"}
    assert {"单明", "明丹"} <= people
    assert not [i for i in items if i["kind"] == "pair"]
