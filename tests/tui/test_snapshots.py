"""Snapshots (pytest-textual-snapshot) of the main screens at 80x24 and 120x40.

Regenerate after an intended change with:  pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from store.db import open_database
from tests.tui.helpers import settle_pilot
from tests.tui.kb import make_db
from tui.app import IpxApp

NARROW = (80, 24)
WIDE = (120, 40)


@pytest.fixture
def app(tmp_path: Path) -> IpxApp:
    return IpxApp(open_database(make_db(tmp_path)))


def keys(*presses: str) -> Callable[[Any], Awaitable[None]]:
    """Wait for the lists, then press each key and wait for the workers it starts."""

    async def run_before(pilot: Any) -> None:
        await settle_pilot(pilot)
        for k in presses:
            await pilot.press(k)
            await settle_pilot(pilot)

    return run_before


def test_lists_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys())


def test_lists_wide_with_preview(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=WIDE, run_before=keys())


def test_officials_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("3"))


def test_agreements_wide(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=WIDE, run_before=keys("2"))


def test_person_detail_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("3", "enter"))


def test_organisation_detail_after_link_wide(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=WIDE, run_before=keys("3", "enter", "enter"))


def test_agreement_detail_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("2", "enter"))


def test_sources_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("3", "enter", "s"))


def test_search_pinyin_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("slash", "d", "h", "s"))


def test_help_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("question_mark"))


def test_light_theme_narrow(snap_compare: Any, app: IpxApp) -> None:
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("t"))
