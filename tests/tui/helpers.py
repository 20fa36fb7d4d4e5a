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
        await workers_done(app)
    await pilot.pause()


async def settle_pilot(pilot: Any) -> None:
    """`settle` for a snapshot's run_before, which is handed only the pilot."""
    await settle(pilot.app, pilot)


async def workers_done(app: Any) -> None:
    """Wait for every worker. One cancelled because a newer exclusive worker replaced it (a
    key pressed while a list still loads, more likely on a loaded machine) raises when
    awaited; it is done, not failed, so it is passed over and the others still awaited."""
    from textual.worker import WorkerCancelled

    for worker in list(app.workers):
        try:
            await worker.wait()
        except WorkerCancelled:
            continue


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
