"""Review on PostgreSQL: the migration, the same queue as on SQLite, and two reviewers
judging at once losing nothing and applying nothing twice (a throwaway cluster,
tests/store/pg.py; IPX_SKIP_POSTGRES=1 skips these on purpose)."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import col, select

from store.db import current_revision, open_database
from store.models import Judgement, Merge
from store.review.items import ReviewError
from store.review.judge import judge
from tests.store.pg import fresh_database, throwaway_cluster

if os.environ.get("IPX_SKIP_POSTGRES"):
    pytest.skip("IPX_SKIP_POSTGRES is set", allow_module_level=True)


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    with throwaway_cluster() as url:
        yield url


def _review_kb(url: str):  # type: ignore[no-untyped-def]
    from tests.store.review_kb import build

    db = open_database(url)
    ids = build(db)
    db.engine.dispose()
    return ids


def test_an_old_database_on_postgres_gains_judgements(pg_server: str) -> None:
    from tests.store.test_review_migration import database_of_0005

    url = fresh_database(pg_server, "old")
    database_of_0005(url)
    db = open_database(url)
    try:
        assert current_revision(db.engine) == "0006"
        assert {"judgement", "rejection"} <= set(inspect(db.engine).get_table_names())
    finally:
        db.engine.dispose()


def test_the_queue_is_the_same_as_on_sqlite(pg_server: str, ipx, tmp_path: Path) -> None:
    from tests.store.review_kb import make

    url = fresh_database(pg_server, "queue")
    _review_kb(url)
    lite, _ = make(tmp_path)
    pg = json.loads(ipx("review", "--json", "-n", "50", "--db", url).stdout)
    assert pg == json.loads(ipx("review", "--json", "-n", "50", "--db", lite).stdout)
    assert pg


def _at_once(url: str, work: list[list[tuple[str, str]]]) -> list[list[str]]:
    """Each list of (item, verdict) judged by its own reviewer, all starting together;
    returns what each was refused."""
    start = threading.Barrier(len(work))
    refused: list[list[str]] = [[] for _ in work]
    errors: list[BaseException] = []

    def reviewer(n: int) -> None:
        db = open_database(url)
        try:
            start.wait()
            for item, action in work[n]:
                try:
                    with db.session() as s:
                        judge(s, item, action, by=f"reviewer{n}")
                        s.commit()
                except ReviewError:
                    refused[n].append(item)
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)
        finally:
            db.engine.dispose()

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(len(work))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    return refused


def test_two_reviewers_judging_at_once_lose_nothing_and_apply_nothing_twice(
    pg_server: str,
) -> None:
    url = fresh_database(pg_server, "together")
    ids = _review_kb(url)
    o, p = ids.orgs, ids.people
    same = [
        (f"o{o['state']}", "reject"),
        (f"o{o['most1']}+o{o['most2']}", "merge"),
        (f"p{p['shen_zh']}+p{p['shen_en']}", "merge"),
        (f"p{p['community']}", "accept"),
    ]
    own = [[(f"o{o['kestrel']}", "accept")], [(f"a{ids.agreements['undated']}", "accept")]]
    refused = _at_once(url, [same + own[0], list(reversed(same)) + own[1]])
    # every shared item was judged by exactly one of them; the other was told so
    assert sorted(refused[0] + refused[1]) == sorted(item for item, _ in same)
    db = open_database(url)
    try:
        with db.session() as s:
            judged = s.exec(select(Judgement).where(col(Judgement.undone_at).is_(None))).all()
            merges = s.exec(select(Merge).where(col(Merge.undone_at).is_(None))).all()
    finally:
        db.engine.dispose()
    assert len(judged) == len(same) + 2  # nothing lost
    assert len(merges) == 2  # each pair merged once
    assert {j.decided_by for j in judged} == {"reviewer0", "reviewer1"}


def test_undo_after_reading_again_on_postgres(pg_server: str, ipx, tmp_path: Path) -> None:
    """A mention reject and a merge, each undone after `ipx reextract` (store/review/undo.py):
    on PostgreSQL ids are never taken again, yet the rows were made anew."""
    from tests.cli.test_undo_after_reading import HARBOUR, MEMO, PILOT, WORKSHOP, _orgs, _queue

    url = fresh_database(pg_server, "undo_reread")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("1-workshop.txt", WORKSHOP), ("2-pilot.txt", PILOT), ("3-memo.txt", MEMO)):
        (docs / name).write_text(text, encoding="utf-8")
    assert ipx("import", str(docs), "--db", url).exit_code == 0
    for verdict in ("reject", "merge"):
        orgs = _orgs(ipx, url)
        (harbour,), (jpo,) = orgs[HARBOUR], orgs["Japan Patent Office"]
        (mention,) = [i for i in _queue(ipx, url) if "@" in i]
        item = mention if verdict == "reject" else f"{harbour}+{jpo}"
        assert ipx("judge", item, verdict, "--db", url).exit_code == 0
        assert ipx("reextract", "--all", "--db", url).exit_code == 0
        undone = ipx("undo", "--db", url)
        assert undone.exit_code == 0, undone.stderr
        orgs = _orgs(ipx, url)
        assert len(orgs[HARBOUR]) == 1 and len(orgs["Japan Patent Office"]) == 1
        assert [HARBOUR] in _queue(ipx, url).values()
        assert any("@" in i for i in _queue(ipx, url))
