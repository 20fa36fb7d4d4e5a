"""The Review pane and one document's mention of an entity (`o1@d1`): listed with the document
it asks about, judged with the same keys (a accept, x reject, u undo), the entity keeping its
other documents. Run on tests/store/review_kb.py, whose reference bodies two documents
state."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlmodel import select

from store.db import Database, open_database
from store.models import Mention
from tests.store.review_kb import Ids, make
from tests.store.test_review_mentions import every_pair
from tests.tui.helpers import SIZE, run_async, screen_text, settle
from tests.tui.test_review import go_to, listed, open_review, pane, said
from tui.app import IpxApp
from tui.widgets.review import load_sources, question


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, Ids]]:
    monkeypatch.setenv("IPX_USER", "reviewer")
    every_pair(monkeypatch)
    url, ids = make(tmp_path)
    db = open_database(url)
    yield db, ids
    db.engine.dispose()


def _documents(db: Database, org: int) -> set[int]:
    with db.session() as s:
        rows = s.exec(
            select(Mention.document_id).where(
                Mention.target_type == "organisation", Mention.target_id == org
            )
        )
        return set(rows)


@run_async
async def test_a_mention_item_shows_its_document_and_x_takes_it_out_of_that_one(kb) -> None:
    db, ids = kb
    ipos, a, d = ids.orgs["ipos"], ids.docs["a.txt"], ids.docs["d.txt"]
    item = f"o{ipos}@d{a}"
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        assert item in listed(app)
        await go_to(app, pilot, item)
        text = screen_text(app)
        assert f"in d{a} a.txt" in text and f"(d{a}: a.txt)" in text
        current = pane(app).current_item
        assert current is not None and current.document == (a, "a.txt")
        asked = question(replace(current, to_confirm=False))
        assert asked == "org here?"  # (a doubt, not the tail's "confirm?")
        sources = load_sources(db, current)  # that document's sentences only
        assert sources and {x.path for x in sources} == {"a.txt"}
        await pilot.press("x")
        await settle(app, pilot)
        assert item not in listed(app)
        assert _documents(db, ipos) == {d}  # the entity stays, with its other document
        await pilot.press("u")
        await settle(app, pilot)
        assert item in listed(app) and pane(app).current_item.id == item  # type: ignore[union-attr]
        assert _documents(db, ipos) == {a, d}
        assert any(m.startswith(f"Undid reject of {item} by reviewer") for m in said(app))


@run_async
async def test_a_accepts_one_documents_mention_and_leaves_the_others(kb) -> None:
    db, ids = kb
    ipos, a, d = ids.orgs["ipos"], ids.docs["a.txt"], ids.docs["d.txt"]
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await go_to(app, pilot, f"o{ipos}@d{a}")
        await pilot.press("a")
        await settle(app, pilot)
        assert f"o{ipos}@d{a}" not in listed(app)
        assert f"o{ipos}@d{d}" in listed(app)
        await go_to(app, pilot, f"o{ipos}@d{d}")
        await pilot.press("e")  # no edit for a mention: the keys that apply are said
        await settle(app, pilot)
        assert any("accept this document's mention, or reject it" in m for m in said(app))
