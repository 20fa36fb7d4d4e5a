"""Snapshots of every chart (issue 12, item 6) at 80x24 and 120x40, in the dark and the light
theme: an organisation's agreements per year with its partners and heads on a year axis, a
person's roles as bars, and the Timeline pane.

Regenerate after an intended change with:
    pytest tests/tui/test_chart_snapshots.py --snapshot-update
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

SIZES = {"narrow": (80, 24), "wide": (120, 40)}
THEMES = ("dark", "light")
#: the keys that reach each chart: the first official (Daren Tang), his first role's
#: organisation (IPOS), and the Timeline pane
CHARTS = {
    "person_roles": ("3", "enter"),
    "organisation": ("3", "enter", "enter"),
    "timeline": ("5",),
}


@pytest.fixture
def app(tmp_path: Path) -> IpxApp:
    return IpxApp(open_database(make_db(tmp_path)))


def keys(theme: str, *presses: str) -> Callable[[Any], Awaitable[None]]:
    """Wait for the lists, switch to THEME, press each key and wait for what it starts."""

    async def run_before(pilot: Any) -> None:
        await settle_pilot(pilot)
        for k in ("t",) * (theme == "light") + presses:
            await pilot.press(k)
            await settle_pilot(pilot)

    return run_before


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("chart", CHARTS)
def test_chart(snap_compare: Any, app: IpxApp, chart: str, size: str, theme: str) -> None:
    assert snap_compare(app, terminal_size=SIZES[size], run_before=keys(theme, *CHARTS[chart]))
