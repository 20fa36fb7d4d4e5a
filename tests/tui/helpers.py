"""Driving the explorer in tests: run an async test, wait for workers, type, read the screen."""

from __future__ import annotations

import asyncio
import functools
import io
from typing import Any

from store.db import Database

SIZE = (80, 24)


def run_async(fn):  # type: ignore[no-untyped-def]
    """Run an async test on a fresh event loop (no asyncio plugin needed)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


async def settle(app: Any, pilot: Any) -> None:
    """Let workers finish and the screen repaint."""
    for _ in range(4):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot: Any, text: str) -> None:
    for ch in text:
        await pilot.press(ch if ch != " " else "space")


def org_id(db: Database, name: str) -> int:
    from store.queries import find

    with db.session() as s:
        return find(s, name, kind="organisation")[0].id


def screen_text(app: Any) -> str:
    """What the terminal shows, as plain text (for assertions and debugging)."""
    from rich.console import Console

    width, height = app.size
    console = Console(
        width=width, height=height, file=io.StringIO(), record=True, legacy_windows=False
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return console.export_text()
