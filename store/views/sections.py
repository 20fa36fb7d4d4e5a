"""A view as ordered sections: a heading, then rows of cells laid out in columns.

Plain data and words only; the explorer draws it with Rich (`tui.render`) and `ipx show`
prints it (`ipx.render`), so both say the same things in the same order. A cell says what
it is (a link to follow, a note, an emphasised word), not how it looks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import KW_ONLY, dataclass, field
from typing import TYPE_CHECKING, Literal

from store.views.refs import Ref

if TYPE_CHECKING:
    from store.queries import Source
    from store.views.charts import SpanChart, YearChart

#: plain text, a link the user can follow, an emphasised word, a side note
Style = Literal["plain", "link", "emph", "note"]


@dataclass(frozen=True)
class Cell:
    text: str
    style: Style = "plain"


@dataclass(frozen=True)
class Column:
    """A column of fixed WIDTH cells, or (width 0) as wide as its widest value, at most CAP,
    and EMPTY when it holds nothing."""

    width: int = 0
    cap: int | None = None
    empty: int = 0

    def size(self, values: Iterable[str], measure: Callable[[str], int]) -> int:
        """The width in cells, MEASURE being the display width of a string."""
        if self.width:
            return self.width
        widest = max((measure(v) for v in values), default=self.empty)
        return widest if self.cap is None else min(self.cap, widest)


@dataclass
class Row:
    """One line: a cell per column, then free cells (separated by two spaces).

    LINK is what Enter opens, SOURCES the mentions behind the fact, MERGE_ID the merge
    the line stands for."""

    cells: tuple[Cell, ...]
    link: Ref | None = None
    sources: list[Source] = field(default_factory=list)
    merge_id: int | None = None


@dataclass
class Section:
    """KEY names the section for renderers (names, roles, agreements, sources...);
    TITLE is its heading, followed by the number of rows when COUNTED; a section without
    rows is left out unless it has an EMPTY note, which then stands for the count.

    A FIGURE (store.views.charts) is the same facts as a picture: the explorer draws it
    (agreements per year as bars; a span chart as one bar per row, on a year axis), and
    `ipx show` prints the rows, which say the same in words."""

    key: str
    title: str
    rows: list[Row]
    columns: tuple[Column, ...] = ()
    _: KW_ONLY
    counted: bool = True
    empty: str = ""
    figure: YearChart | SpanChart | None = None

    @property
    def shown(self) -> bool:
        return bool(self.rows or self.empty)

    @property
    def heading(self) -> str:
        if not self.rows and self.empty:
            return f"{self.title} ({self.empty})"
        return f"{self.title} ({len(self.rows)})" if self.counted else self.title

    def widths(self, measure: Callable[[str], int]) -> list[int]:
        """The width of each column, MEASURE being the display width of a string."""
        return [
            column.size((row.cells[i].text for row in self.rows), measure)
            for i, column in enumerate(self.columns)
        ]
