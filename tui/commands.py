"""The command palette (ctrl+p): find any entity by name (store.search) and open it."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.command import Hit, Hits, Provider

from tui.data import KIND_LABEL, search

if TYPE_CHECKING:
    from tui.app import IpxApp


class EntityProvider(Provider):
    """Organisations, officials and agreements by any of their names, pinyin included."""

    @property
    def ipx(self) -> IpxApp:
        return cast("IpxApp", self.app)

    async def search(self, query: str) -> Hits:
        if not query.strip():
            return
        try:
            results = await asyncio.to_thread(search, self.ipx.database, query, None, 12)
        except ImportError:
            return
        for rank, r in enumerate(results):
            label = Text.assemble(
                (f"{KIND_LABEL.get(r.link.kind, r.link.kind)}: ", "dim"), (r.link.name, "bold")
            )
            others = [a for a in r.aliases if a != r.link.name][:3]
            yield Hit(
                max(0.05, 0.99 - rank * 0.02),  # rank order from store.search
                label,
                partial(self.ipx.open_entity, r.link),
                text=r.link.name,
                help=" · ".join(others) or None,
            )
