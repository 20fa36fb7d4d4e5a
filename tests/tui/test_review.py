"""The Review pane (issue 11): key 4 lists what ipx doubts, most worth a look first, with the
highlighted item's source sentences; one key judges it (a accept, x reject, m merge, n not
the same, e edit, u undo), the item leaves the list, the cursor is on the next, and the other
panes show the change. Run on tests/store/review_kb.py (the doubts review must find, built
through the store writers) and on real files read by the importers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from rich.console import Group
from rich.text import Text
from sqlmodel import select

from store.db import Database, open_database
from store.models import Document
from store.review.judge import list_judgements
from store.review.model import ReviewItem, Subject
from store.review.queue import review_queue
from tests.store.review_kb import Ids, make
from tests.tui.helpers import SIZE, run_async, screen_text, settle, type_text
from tui.app import IpxApp
from tui.keys import REVIEW, REVIEW_FORM
from tui.screens.main import MainScreen
from tui.screens.review_form import ReviewFormScreen
from tui.widgets.review import ItemRow, ReviewPane, question, why
from tui.widgets.review_marks import REVIEWED

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, Ids]]:
    monkeypatch.setenv("IPX_USER", "reviewer")
    url, ids = make(tmp_path)
    db = open_database(url)
    yield db, ids
    db.engine.dispose()


def pane(app: IpxApp) -> ReviewPane:
    return app.main.query_one(ReviewPane)


def listed(app: IpxApp) -> list[str]:
    """The ids of the items the pane lists, in order."""
    return [r.item.id for r in pane(app).table.shown if isinstance(r, ItemRow)]


def said(app: IpxApp) -> list[str]:
    """What the explorer told the user (its notifications), oldest first."""
    return [n.message for n in app._notifications]


def names_in(app: IpxApp, list_pane: str) -> list[str]:
    return [r.link.name for r in app.main.table(list_pane).shown]


async def open_review(app: IpxApp, pilot: Any) -> None:
    await settle(app, pilot)
    await pilot.press("4")
    await settle(app, pilot)


async def go_to(app: IpxApp, pilot: Any, item: str) -> None:
    """Move the cursor down to ITEM, as a user would."""
    while pane(app).current_item is not None and pane(app).current_item.id != item:  # type: ignore[union-attr]
        before = pane(app).table.cursor_row
        await pilot.press("down")
        await settle(app, pilot)
        assert pane(app).table.cursor_row != before, f"{item} is not listed"


def queue_ids(db: Database) -> list[str]:
    with db.session() as s:
        return [i.id for i in review_queue(s, with_sources=False)]


@run_async
async def test_key_4_lists_the_queue_ranked_with_the_highlighted_items_sentences(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen) and main.active_pane == "review"
        assert listed(app) == queue_ids(db)
        text = screen_text(app)
        assert f"4 Review ({len(listed(app))})" in text
        assert "Economic Community" in text and "not a person?" in text
        await go_to(app, pilot, f"o{ids.orgs['regional']}")
        text = screen_text(app)
        assert "probably not an organisation" in text
        assert "The International Authority issued a statement." in text


@run_async
async def test_the_pane_asks_to_confirm_the_items_the_queue_marks_to_confirm(kb) -> None:
    db, _ = kb
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        rows = [r for r in pane(app).table.shown if isinstance(r, ItemRow)]
    tail = [r for r in rows if r.item.to_confirm]
    assert tail and len(tail) < len(rows)
    for r in rows:  # the Doubt column, then the reason without its question
        asked, reason = r.cells[1], r.cells[3]
        assert (asked == "confirm?") == r.item.to_confirm
        if r.item.to_confirm and r.item.kind == "entity":
            assert reason == "stated by one document, confirmed by nothing else"


def test_the_sentence_under_the_list_highlights_the_doubted_words(kb) -> None:
    from tui.widgets.review import detail_text, load_queue, load_sources

    db, ids = kb
    item = next(i for i in load_queue(db)[1] if i.id == f"o{ids.orgs['regional']}")
    group = detail_text(item, load_sources(db, item))
    assert isinstance(group, Group)
    sentence = next(
        t
        for t in group.renderables
        if isinstance(t, Text) and t.plain == "The International Authority issued a statement."
    )
    marked = [sentence.plain[s.start : s.end] for s in sentence.spans if "reverse" in str(s.style)]
    assert marked == ["International Authority"]


@run_async
async def test_accept_takes_the_item_off_the_list_and_the_cursor_to_the_next(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        item = f"p{ids.people['community']}"
        await go_to(app, pilot, item)
        before = listed(app)
        following = before[before.index(item) + 1]
        await pilot.press("a")
        await settle(app, pilot)
        assert item not in listed(app)
        assert pane(app).current_item.id == following  # type: ignore[union-attr]
        with db.session() as s:
            j = list_judgements(s)[0]
        assert (j.item, j.action, j.decided_by) == (item, "accept", "reviewer")
        assert any(m.startswith(f"Accepted {item}") for m in said(app))
        await pilot.press("3")
        await settle(app, pilot)
        row = next(r for r in app.main.table("officials").shown if r.link.id == int(item[1:]))
        assert str(row.cells[0]).endswith(REVIEWED)  # the list marks what a person reviewed


@run_async
async def test_reject_takes_the_organisation_out_of_the_organisations_pane(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        assert "International Authority" in names_in(app, "organisations")
        await go_to(app, pilot, f"o{ids.orgs['regional']}")
        await pilot.press("x")
        await settle(app, pilot)
        assert f"o{ids.orgs['regional']}" not in listed(app)
        await pilot.press("1")
        await settle(app, pilot)
        assert "International Authority" not in names_in(app, "organisations")
        assert "International Authority" not in screen_text(app)


@run_async
async def test_reject_saying_why_keeps_the_reason(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await go_to(app, pilot, f"o{ids.orgs['state']}")
        await pilot.press("X")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewFormScreen)
        await type_text(pilot, "a phrase, not a body")
        await pilot.press("enter")
        await settle(app, pilot)
        with db.session() as s:
            j = list_judgements(s)[0]
        assert (j.action, j.reason) == ("reject", "a phrase, not a body")
        assert "Ministry of State" not in names_in(app, "organisations")


@run_async
async def test_merge_makes_the_pair_one_organisation(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    a, b = sorted((ids.orgs["most1"], ids.orgs["most2"]))
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        orgs = len(names_in(app, "organisations"))
        await go_to(app, pilot, f"o{a}+o{b}")
        await pilot.press("m")
        await settle(app, pilot)
        assert f"o{a}+o{b}" not in listed(app)
        assert len(names_in(app, "organisations")) == orgs - 1
        assert "Organisations (7)" in screen_text(app)


@run_async
async def test_not_the_same_keeps_both_and_never_suggests_the_pair_again(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    a, b = sorted((ids.people["zhang1"], ids.people["zhang2"]))
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await go_to(app, pilot, f"p{a}+p{b}")
        await pilot.press("n")
        await settle(app, pilot)
        assert f"p{a}+p{b}" not in listed(app)
        assert names_in(app, "officials").count("Zhang Wen") == 2
        await pilot.press("r")  # read everything again: still not suggested
        await settle(app, pilot)
        assert f"p{a}+p{b}" not in listed(app) and f"p{a}+p{b}" not in queue_ids(db)


@run_async
async def test_edit_renames_an_organisation_in_a_small_form(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    item = f"o{ids.orgs['state']}"
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await go_to(app, pilot, item)
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewFormScreen)
        assert "Ministry of State" in screen_text(app)
        await pilot.press("ctrl+u")  # clear the name field (the cursor is at its end)
        await type_text(pilot, "Ministry of State Affairs")
        await pilot.press("tab")
        await type_text(pilot, "its full name")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert item not in listed(app)
        assert "Ministry of State Affairs" in names_in(app, "organisations")
        with db.session() as s:
            j = list_judgements(s)[0]
        assert (j.action, j.change, j.reason) == (
            "edit",
            {"name": "Ministry of State Affairs"},
            "its full name",
        )


@run_async
async def test_an_edit_the_store_cannot_use_says_why_in_one_line(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    item = f"a{ids.agreements['undated']}"
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await go_to(app, pilot, item)
        await pilot.press("e")
        await settle(app, pilot)
        await pilot.press("tab")  # the date
        await type_text(pilot, "someday")
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Date 'someday': not a date (2017, 2017-02 or 3 February 2017)" in said(app)
        assert item in listed(app)  # nothing judged: it is back
        with db.session() as s:
            assert not list_judgements(s)


@run_async
async def test_edit_fixes_an_agreements_date_and_parties(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    item = f"a{ids.agreements['undated']}"
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await go_to(app, pilot, item)
        await pilot.press("e")
        await settle(app, pilot)
        await pilot.press("tab")
        await type_text(pilot, "June 2021")
        await pilot.press("tab")
        await type_text(pilot, "IPOS; Kestrel Institute")
        await pilot.press("enter")
        await settle(app, pilot)
        assert item not in listed(app)
        await pilot.press("2")
        await settle(app, pilot)
        row = next(r for r in app.main.table("agreements").shown if r.link.id == int(item[1:]))
        date, _, parties, _ = (str(c) for c in row.cells)
        assert date == "2021-06" and "Kestrel Institute" in parties


@run_async
async def test_undo_brings_the_rejected_organisation_back(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    item = f"o{ids.orgs['regional']}"
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await go_to(app, pilot, item)
        await pilot.press("x")
        await settle(app, pilot)
        assert "International Authority" not in names_in(app, "organisations")
        await pilot.press("u")
        await settle(app, pilot)
        assert item in listed(app) and pane(app).current_item.id == item  # type: ignore[union-attr]
        assert "International Authority" in names_in(app, "organisations")
        assert any(m.startswith(f"Undid reject of {item} by reviewer") for m in said(app))


@run_async
async def test_a_key_that_does_not_fit_the_item_says_which_do(kb) -> None:
    db, _ = kb
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        first = next(i for i in listed(app) if "+" in i)  # a pair: accept does not apply
        await go_to(app, pilot, first)
        await pilot.press("a")
        await settle(app, pilot)
        assert f"{first}: merge the pair, or say they are not the same" in said(app)
        assert first in listed(app)


@run_async
async def test_a_read_only_database_says_why_nothing_is_judged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = make(tmp_path)
    db = open_database(url, read_only=True)
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        before = listed(app)
        await go_to(app, pilot, next(i for i in before if "+" not in i))  # x fits it
        await pilot.press("x")
        await settle(app, pilot)
        assert said(app) == [
            "Read-only database: judgements cannot be saved (opened with --read-only)"
        ]
        assert listed(app) == before
    db.engine.dispose()


@run_async
async def test_the_filter_bar_narrows_the_queue(kb) -> None:
    db, ids = kb
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        every = listed(app)
        await pilot.press("f")
        await type_text(pilot, "zhang")
        await pilot.press("enter")
        await settle(app, pilot)
        a, b = sorted((ids.people["zhang1"], ids.people["zhang2"]))
        assert f"p{a}+p{b}" in listed(app) and len(listed(app)) < len(every)
        assert f"4 Review ({len(listed(app))}/{len(every)})" in screen_text(app)


@run_async
async def test_low_confidence_rows_are_dimmed_in_the_lists(kb) -> None:
    db, _ = kb
    app = IpxApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        rows = {r.link.name: r for r in app.main.table("organisations").shown}
        doubtful, sure = rows["International Authority"], rows["Kestrel Institute"]
        assert "dim" in str(doubtful.cells[0].spans)  # type: ignore[union-attr]
        assert isinstance(sure.cells[0], str)  # as it always was


def test_the_review_keys_come_from_one_table() -> None:
    for place, cls in ((REVIEW, ReviewPane), (REVIEW_FORM, ReviewFormScreen)):
        table = [(k.id, k.keys, k.action, k.label, k.show) for k in place.keys if k.bound]
        bound = [(b.id, b.key, b.action, b.description, b.show) for b in cls.BINDINGS]  # type: ignore[union-attr]
        assert bound == table


@run_async
async def test_the_pane_lists_what_the_importers_doubt_in_real_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real documents read by the importers: the pane lists the store's queue, in its order,
    and each item's sentences come from those documents."""
    from importers.pipeline import import_paths

    monkeypatch.setenv("IPX_USER", "reviewer")
    db = open_database(f"sqlite:///{tmp_path / 'real.db'}")
    import_paths(db, sorted((ROOT / "tests" / "fixtures" / "en").glob("*.txt")))
    expected = queue_ids(db)
    app = IpxApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_review(app, pilot)
        assert listed(app) == expected
        if expected:
            item = pane(app).current_item
            assert item is not None and item.title.split(" / ")[0] in screen_text(app)
            first = expected[0]
            await pilot.press("a" if "+" not in first else "n")
            await settle(app, pilot)
            assert first not in listed(app)
    db.engine.dispose()


@run_async
async def test_the_top_bar_says_when_documents_were_read_by_an_older_ipx(kb) -> None:
    db, _ = kb
    with db.session() as s:  # a document read again by today's extractors; three were not
        doc = s.exec(select(Document).where(Document.path == "a.txt")).one()
        doc.extractor_version = 2
        s.add(doc)
        s.commit()
    app = IpxApp(db, extractor_version=2)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        top = screen_text(app).splitlines()[0]
        assert "3 documents read by an older ipx: ipx reextract" in top
    app = IpxApp(db)  # no version given: older than the newest stored
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert "3 documents read by an older ipx" in screen_text(app).splitlines()[0]


@run_async
async def test_an_item_someone_else_judged_meanwhile_says_so_and_leaves(kb) -> None:
    from store.review.judge import judge

    db, ids = kb
    app = IpxApp(db)
    item = f"p{ids.people['community']}"
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await go_to(app, pilot, item)
        with db.session() as s:  # a second reviewer, at another terminal
            judge(s, item, "accept", by="colleague")
            s.commit()
        await pilot.press("x")
        await settle(app, pilot)
        assert any(m.startswith(f"{item}: already judged (accept by colleague") for m in said(app))
        assert item not in listed(app)
        with db.session() as s:
            assert [j.decided_by for j in list_judgements(s)] == ["colleague"]


def test_a_name_nothing_doubts_is_asked_to_be_confirmed_not_called_wrong() -> None:
    tail = ReviewItem(
        id="o9",
        kind="entity",
        subjects=[Subject("organisation", 9, "Harbour Design Council", "o9")],
        reason="an organisation to confirm: stated by one document, confirmed by nothing else",
        p_wrong=0.18,
        visibility=1,
        to_confirm=True,
    )
    doubted = ReviewItem(
        id="o3",
        kind="entity",
        subjects=[Subject("organisation", 3, "Ministry of State", "o3")],
        reason="probably not an organisation: a generic phrase that names no particular body",
        p_wrong=0.9,
        visibility=2,
    )
    assert (question(tail), why(tail)) == (
        "confirm?",
        "stated by one document, confirmed by nothing else",
    )
    assert (question(doubted), why(doubted)) == (
        "not an org?",
        "a generic phrase that names no particular body",
    )
    # the flag, not the reason's words, says what is only to confirm
    assert not doubted.to_confirm
    assert question(replace(tail, reason="stated by one document")) == "confirm?"
    assert question(replace(tail, to_confirm=False)) == "not an org?"
