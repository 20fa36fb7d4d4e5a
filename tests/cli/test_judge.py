"""`ipx judge`, `ipx undo`, `ipx judgements`: a verdict in one command, and keeping it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.store.review_kb import Ids, make


@pytest.fixture
def kb_ids(tmp_path: Path) -> tuple[str, Ids]:
    return make(tmp_path)


def _queue(ipx, db: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [i["id"] for i in json.loads(ipx("review", "--json", "-n", "100", "--db", db).stdout)]


def _ids(ipx, db: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The ids of every organisation and person in the knowledge base."""
    data = json.loads(ipx("export", "--no-text", "--db", db).stdout)
    return {e["id"] for e in data["organisations"] + data["people"]}


def test_accept_marks_it_reviewed_and_takes_it_out_of_the_queue(ipx, kb_ids) -> None:
    db, ids = kb_ids
    item = f"p{ids.people['community']}"
    assert item in _queue(ipx, db)
    before = json.loads(ipx("show", item, "--json", "--db", db).stdout)
    assert before["reviewed"] is False and before["confidence"] < 0.6
    result = ipx("judge", item, "accept", "--reason", "a delegate's name", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"accepted {item} (Economic Community)")
    after = json.loads(ipx("show", item, "--json", "--db", db).stdout)
    assert (after["reviewed"], after["confidence"]) == (True, 1.0)
    assert item not in _queue(ipx, db)
    hits = json.loads(ipx("search", "economic community", "--json", "--db", db).stdout)
    assert (hits[0]["id"], hits[0]["reviewed"], hits[0]["confidence"]) == (item, True, 1.0)


def test_reject_removes_it_and_says_it_stays_out(ipx, kb_ids) -> None:
    db, ids = kb_ids
    item = f"o{ids.orgs['state']}"
    result = ipx("judge", item, "reject", "--db", db, env={"IPX_USER": "mei"})
    assert result.exit_code == 0
    assert "not extracted from the same documents again" in result.stdout
    assert item not in _ids(ipx, db)
    (listed,) = json.loads(ipx("judgements", "--json", "--db", db).stdout)
    assert (listed["action"], listed["item"], listed["by"]) == ("reject", item, "mei")
    assert listed["subjects"] == ["Ministry of State"] and listed["undone_at"] is None


def test_merge_and_distinct_decide_a_pair_and_undo_takes_it_back(ipx, kb_ids) -> None:
    db, ids = kb_ids
    pair = f"o{ids.orgs['most1']}+o{ids.orgs['most2']}"
    assert ipx("judge", pair, "merge", "--db", db).exit_code == 0
    kept = json.loads(ipx("show", f"o{ids.orgs['most1']}", "--json", "--db", db).stdout)
    assert "Ministry of Science and Technology (Viet Nam)" in [n["text"] for n in kept["names"]]
    again = ipx("judge", pair, "merge", "--db", db)
    assert again.exit_code != 0 and "merged into" in again.stderr
    undone = ipx("judge", pair, "undo", "--db", db)
    assert undone.exit_code == 0 and undone.stdout.startswith(f"undid merge of {pair}")
    assert pair in _queue(ipx, db)
    namesakes = f"p{ids.people['zhang1']}+p{ids.people['zhang2']}"
    assert (
        ipx("judge", namesakes, "distinct", "--reason", "two officials", "--db", db).exit_code == 0
    )
    assert namesakes not in _queue(ipx, db)


def test_edit_fixes_a_name_a_title_a_date_and_parties(ipx, kb_ids) -> None:
    db, ids = kb_ids
    deal = f"a{ids.agreements['undated']}"
    parties = ["--party", "Intellectual Property Office of Singapore"]
    parties += ["--party", f"o{ids.orgs['kestrel']}"]
    title = ["--title", "Agreement on examiner training"]
    result = ipx("judge", deal, "edit", *title, "--date", "2021-06", *parties, "--db", db)
    assert result.exit_code == 0, result.stderr
    shown = json.loads(ipx("show", deal, "--json", "--db", db).stdout)
    assert (shown["title"], shown["date"]) == ("Agreement on examiner training", "2021-06")
    assert sorted(p["name"] for p in shown["parties"]) == [
        "Intellectual Property Office of Singapore",
        "Kestrel Institute",
    ]
    assert shown["reviewed"] and deal not in _queue(ipx, db)
    org = f"o{ids.orgs['kestrel']}"
    assert (
        ipx("judge", org, "edit", "--name", "Kestrel Research Institute", "--db", db).exit_code == 0
    )
    assert (
        json.loads(ipx("show", org, "--json", "--db", db).stdout)["name"]
        == "Kestrel Research Institute"
    )
    role = f"r{ids.roles['zhang1']}"
    assert ipx("judge", role, "edit", "--org", "CNIPA", "--db", db).exit_code == 0
    assert role not in _queue(ipx, db)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["o1", "edit", "--date", "June 2021"], "--date 'June 2021': not a date"),
        (["o1", "accept", "--name", "X"], "go with edit"),
        (["a1", "edit", "--party", "Nowhere Bureau"], "'Nowhere Bureau': no organisation"),
        (["o1+o2", "accept"], "accept does not apply to a pair"),
        (["q7", "accept"], "not an item id"),
        (["o404", "reject"], "o404: no such organisation"),
    ],
)
def test_bad_verdicts_fail_in_one_line_and_change_nothing(ipx, kb_ids, args, message) -> None:
    db, _ = kb_ids
    before = ipx("export", "--no-text", "--db", db).stdout
    result = ipx("judge", *args, "--db", db)
    assert result.exit_code != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert ipx("export", "--no-text", "--db", db).stdout == before


def test_undo_undoes_your_latest_judgement(ipx, kb_ids) -> None:
    db, ids = kb_ids
    env = {"IPX_USER": "ann"}
    ipx("judge", f"o{ids.orgs['kestrel']}", "accept", "--db", db, env=env)
    ipx("judge", f"p{ids.people['community']}", "reject", "--db", db, env={"IPX_USER": "bo"})
    result = ipx("undo", "--db", db, env=env)
    assert result.stdout.strip() == f"undid accept of o{ids.orgs['kestrel']} by ann"
    assert ipx("undo", "--db", db, env=env).exit_code != 0
    assert f"p{ids.people['community']}" not in _ids(ipx, db)  # bo's reject stays


def test_judging_needs_a_writable_database(ipx, kb_ids) -> None:
    db, ids = kb_ids
    result = ipx("--read-only", "judge", f"o{ids.orgs['state']}", "reject", "--db", db)
    assert result.exit_code != 0 and "read-only" in result.stderr
