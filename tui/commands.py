"""The command palette (ctrl+p): find any entity by name (store.search) and open it.

Each entry names the entity (its other names, the reading of a Chinese-only name) and,
below it, what tells it from namesakes: a person's current or latest role and years.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from rich.text import Text
from textual.command import Hit, Hits, Provider

from store.views.refs import kind_label
from tui.data import search
from tui.messages import OpenEntity
from tui.screens.search import names_text

if TYPE_CHECKING:
    from store.db import Database


class HasDatabase(Protocol):
    """The app as the palette sees it: where to search."""

    database: Database


class EntityProvider(Provider):
    """Organisations, officials and agreements by any of their names, pinyin included."""

    async def search(self, query: str) -> Hits:
        if not query.strip():
            return
        database = cast(HasDatabase, self.app).database
        try:
            results = await asyncio.to_thread(search, database, query, None, 12)
        except ImportError:
            return
        for rank, r in enumerate(results):
            label = Text.assemble((f"{kind_label(r.link.kind)}: ", "dim"), names_text(r))
            yield Hit(
                max(0.05, 0.99 - rank * 0.02),  # rank order from store.search
                label,
                partial(self.screen.post_message, OpenEntity(r.link)),
                text=r.link.name,
                help=r.context or None,  # what tells namesakes apart
            )
