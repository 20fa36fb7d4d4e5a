"""The Review pane reads a long queue page by page (issue 11): the whole queue is ranked, but
an item is made only when the cursor comes near it, so a large knowledge base opens at
once; the count is still the whole queue's, every item comes in queue order as the cursor
moves on, and the filter bar finds an item beyond the first page. Run with pages of two
items on tests/store/review_kb.py, whose queue is some ten items long."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import Database, open_database
from store.review.queue import review_queue
from tests.store.review_kb import Ids, make
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tui.app import IpxApp
from tui.widgets import review
from tui.widgets.review import ItemRow, ReviewPane


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, Ids]]:
    monkeypatch.setenv("IPX_USER", "reviewer")
    monkeypatch.setattr(review, "PAGE", 2)
    url, ids = make(tmp_path)
    db = open_database(url)
    yield db, ids
    db.engine.dispose()


def _pane(app: IpxApp) -> ReviewPane:
    return app.main.query_one(ReviewPane)


def _listed(app: IpxApp) -> list[str]:
    return [r.item.id for r in _pane(app).table.shown if isinstance(r, ItemRow)]


def _queue(db: Database) -> list[str]:
    with db.session() as s:
        return [i.id for i in review_queue(s, with_sources=False)]


def test_the_first_page_is_the_head_of_the_queue_and_the_count_its_length(kb) -> None:
    db, _ = kb
    queue, first = review.load_queue(db)
    assert [i.id for i in first] == _queue(db)[:2]
    assert len(queue) == len(_queue(db)) > 2
    assert [i.id for i in queue.items(2, 4)] == _queue(db)[2:4]


@run_async
async def test_moving_down_reads_the_next_pages_in_queue_order(kb) -> None:
    db, _ = kb
    whole = _queue(db)
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("4")
        await settle(app, pilot)
        assert f"4 Review ({len(whole)})" in screen_text(app)
        for _ in whole:
            await pilot.press("down")
        await settle(app, pilot)
        assert _listed(app) == whole


@run_async
async def test_the_filter_finds_an_item_beyond_the_first_page(kb) -> None:
    db, ids = kb
    whole = _queue(db)
    a, b = sorted((ids.people["zhang1"], ids.people["zhang2"]))
    assert whole.index(f"p{a}+p{b}") >= 2
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("4")
        await settle(app, pilot)
        await pilot.press("f")
        await type_text(pilot, "zhang")
        await pilot.press("enter")
        await settle(app, pilot)
        assert f"p{a}+p{b}" in _listed(app)
        assert f"4 Review ({len(_listed(app))}/{len(whole)})" in screen_text(app)
