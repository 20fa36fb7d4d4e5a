"""Snapshots of the Review pane (issue 11) at 80x24 and 120x40: the queue, ranked, over the
highlighted item's sentences; and its edit form. On tests/store/review_kb.py, where every
figure is fixed.

Regenerate after an intended change with:
    pytest tests/tui/test_review_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from store.db import open_database
from tests.store.review_kb import make
from tests.tui.helpers import settle_pilot
from tui.app import IpxApp

NARROW = (80, 24)
WIDE = (120, 40)


@pytest.fixture
def app(tmp_path: Path) -> IpxApp:
    return IpxApp(open_database(make(tmp_path)[0]))


def keys(*presses: str) -> Callable[[Any], Awaitable[None]]:
    """Wait for the lists, then press each key and wait for the workers it starts."""

    async def run_before(pilot: Any) -> None:
        await settle_pilot(pilot)
        for k in presses:
            await pilot.press(k)
            await settle_pilot(pilot)

    return run_before


def test_review_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("4"))


def test_review_wide_with_preview(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=WIDE, run_before=keys("4", "down", "down", "down"))


def test_review_edit_form_narrow(snap_compare: Any, app: IpxApp) -> None:
    """The undated agreement without parties, found through the filter bar, in the form."""
    presses = ("4", "f", *"cooperation", "enter", "e")
    assert snap_compare(app, terminal_size=NARROW, run_before=keys(*presses))


def test_officials_dimmed_and_reviewed_narrow(snap_compare: Any, tmp_path: Path) -> None:
    """Economic Community (a body taken for a person) accepted by a reviewer: marked; the
    officials nobody reviewed as they were."""
    from store.review.judge import judge

    url, ids = make(tmp_path)
    db = open_database(url)
    with db.session() as s:
        judge(s, f"p{ids.people['community']}", "accept", by="reviewer")
        s.commit()
    assert snap_compare(IpxApp(db), terminal_size=NARROW, run_before=keys("3"))


def test_organisations_dimmed_narrow(snap_compare: Any, app: IpxApp) -> None:
    """Ministry of State and International Authority, doubtful and unreviewed, dimmed."""
    assert snap_compare(app, terminal_size=NARROW, run_before=keys())
