"""Browser-like navigation history for the detail views: back, forward, breadcrumb.

Position -1 is "home" (the lists). Visiting something new after going back drops the
forward entries, as a browser does.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class History(Generic[T]):
    def __init__(self, limit: int = 200) -> None:
        self._entries: list[T] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> T | None:
        return self._entries[self._index] if self._index >= 0 else None

    @property
    def can_back(self) -> bool:
        return self._index >= 0

    @property
    def can_forward(self) -> bool:
        return self._index < len(self._entries) - 1

    def visit(self, entry: T) -> T:
        """Go to ENTRY; the forward history is dropped (unless ENTRY is already current)."""
        if self.current == entry:
            return entry
        del self._entries[self._index + 1 :]
        self._entries.append(entry)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1
        return entry

    def back(self) -> T | None:
        """One step back; from the first entry this goes home (None)."""
        if self._index >= 0:
            self._index -= 1
        return self.current

    def forward(self) -> T | None:
        if self.can_forward:
            self._index += 1
        return self.current

    def home(self) -> None:
        """Back to the lists, keeping the entries for `forward`."""
        self._index = -1

    def replace(self, entry: T) -> None:
        """Swap the current entry (after a merge the kept entity replaces the merged one)."""
        if self._index >= 0:
            self._entries[self._index] = entry

    @property
    def trail(self) -> list[T]:
        """The breadcrumb: every entry up to and including the current one."""
        return list(self._entries[: self._index + 1])

    def __len__(self) -> int:
        return len(self._entries)
