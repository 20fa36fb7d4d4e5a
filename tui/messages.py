"""What the screens ask of the app. A screen posts one of these and the app handles it
(`IpxApp.on_open_entity`...), so no screen knows the app: the app owns the history, the
catalog and the modal flows of search, sources, paths, merges and splits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from store.queries import Source
    from store.views.detail import MergeInfo
    from store.views.refs import Ref
    from tui.data import Catalog


class OpenEntity(Message):
    """Show LINK in the detail view, as a new step of the history."""

    def __init__(self, link: Ref) -> None:
        super().__init__()
        self.link = link


class ShowSources(Message):
    """Show the sentences behind a fact: SOURCES when the screen has them, else those of
    LINK (read by the app); ABOUT titles the list."""

    def __init__(
        self, about: str, *, sources: list[Source] | None = None, link: Ref | None = None
    ) -> None:
        super().__init__()
        self.about = about
        self.sources = sources
        self.link = link


class PathFrom(Message):
    """Ask for a second entity and show how LINK connects to it."""

    def __init__(self, link: Ref) -> None:
        super().__init__()
        self.link = link


class MergeWith(Message):
    """Ask for a duplicate of KEEP and, once confirmed, merge it into KEEP."""

    def __init__(self, keep: Ref) -> None:
        super().__init__()
        self.keep = keep


class Split(Message):
    """Ask which of MERGES (folded into LINK) to undo and, once confirmed, split it."""

    def __init__(self, link: Ref, merges: list[MergeInfo]) -> None:
        super().__init__()
        self.link = link
        self.merges = merges


class GoBack(Message):
    """One step back in the history (to the lists from the first view)."""


class Redirected(Message):
    """The entity on screen was merged into LINK since it was opened: the history says so."""

    def __init__(self, link: Ref) -> None:
        super().__init__()
        self.link = link


class CatalogLoaded(Message):
    """The lists were (re)loaded; short names in breadcrumbs and paths come from CATALOG."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog


class Judged(Message):
    """A review judgement (or its undo) changed the knowledge base: LINE says what; the
    lists, the counts and the view on screen are read again."""

    def __init__(self, line: str) -> None:
        super().__init__()
        self.line = line
