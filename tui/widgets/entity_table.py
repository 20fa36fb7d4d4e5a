"""A DataTable of entities whose columns use the width there is.

Columns size to their content. A column that holds names (an organisation, an official, an
agreement's title or parties, a role) is never cut: when the row is wider than the
terminal, such columns share the room left by the others, and a name that does not fit
wraps onto a second line of its row. Only low-value columns (a date, a country code, a
count; they declare a `cap`) are cut with an ellipsis. Widths are display widths (rich
cell lengths), so CJK names line up, and the table never scrolls sideways. A list read page
by page is sized by its first page, its capped columns at their caps.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass
from typing import Self

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.text import Text
from textual import events
from textual.coordinate import Coordinate
from textual.message import Message
from textual.widgets import DataTable

from store.text import fold
from store.views.refs import Ref

Cell = str | Text


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    label: str
    _: KW_ONLY
    cap: int = 0  # a low-value column: at most this wide, cut beyond; 0 = a name, wraps
    flex: int = 1  # a name column's share of the room when names must wrap
    minimum: int = 6  # a name column is never narrower than this
    justify: str = "left"

    @property
    def wraps(self) -> bool:
        return not self.cap


@dataclass
class TableRow:
    link: Ref
    cells: tuple[Cell, ...]
    key: str  # folded text the filter looks in

    @classmethod
    def make(cls, link: Ref, *cells: Cell | None, extra: str = "") -> TableRow:
        texts = tuple(c or "" for c in cells)
        plain = (c.plain if isinstance(c, Text) else c for c in texts)
        return cls(link, texts, " ".join(filter_words(" ".join((*plain, extra)))))


def filter_words(text: str) -> list[str]:
    """TEXT as the filter compares it: each word folded on its own, so that a word never
    runs into the next ("WIPO, since" does not hold "ipos")."""
    return [w for w in (fold(word) for word in text.split()) if w]


def _width(cell: Cell) -> int:
    return cell.cell_len if isinstance(cell, Text) else cell_len(cell)


#: rows whose cells size the columns: a long list is sized by its first rows (later rows
#: wrap or are cut like any other), so that showing 20,000 rows does not measure them all
SIZED_ROWS = 1000


def natural_widths(specs: Sequence[ColumnSpec], rows: Sequence[TableRow]) -> list[int]:
    """Each column as wide as its label and its widest cell among the first SIZED_ROWS rows
    (a capped column: at most its cap)."""
    widths = [cell_len(s.label) for s in specs]
    for row in rows[:SIZED_ROWS]:
        for i, cell in enumerate(row.cells[: len(specs)]):
            w = _width(cell)
            if w > widths[i]:
                widths[i] = w
    return [min(w, s.cap) if s.cap else w for w, s in zip(widths, specs, strict=True)]


def fit_widths(specs: Sequence[ColumnSpec], natural: Sequence[int], room: int) -> list[int]:
    """Column widths within ROOM cells: capped columns at their natural width; name columns
    at theirs when all fit (the first one taking what is left over, so rows span the
    table), else sharing what the others leave by FLEX, none above its natural width."""
    widths = list(natural)
    names = [i for i, s in enumerate(specs) if s.wraps]
    if not names:
        return widths
    free = room - sum(w for i, w in enumerate(widths) if i not in names)
    if sum(widths[i] for i in names) <= free:
        widths[names[0]] += free - sum(widths[i] for i in names)
        return widths
    # water-filling: a column that needs less than its share keeps its natural width and
    # leaves the rest to the others
    left, pending = free, list(names)
    while pending:
        flex = sum(specs[i].flex for i in pending)
        settled = [i for i in pending if natural[i] <= left * specs[i].flex // flex]
        if not settled:
            break
        for i in settled:
            widths[i] = natural[i]
            left -= natural[i]
            pending.remove(i)
    flex = sum(specs[i].flex for i in pending) or 1
    for i in pending:
        widths[i] = max(specs[i].minimum, left * specs[i].flex // flex)
    return widths


class _SizedText(Text):
    """A cell's text. The columns' widths are set (`_fit`), so the table's measuring of every
    new cell, which it does to size columns of automatic width, is skipped: it cost more than
    drawing the rows."""

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, 1)


class EntityTable(DataTable[Text]):
    """The rows of a list, added to the table a screenful ahead of the cursor.

    `all_rows` are the rows read so far, `shown` those the free text lets through; only as
    many of `shown` are added to the table as the cursor (or the scroll) is near, so that a
    long list costs what a few screens cost, whether it holds a hundred rows or thousands.
    When the cursor nears the end of what was read and the source has more (`more`), the
    table posts `NeedMore`; the owner reads the next page and calls `extend`.

    Keys come as fast as a terminal sends them, without waiting for the table to be idle
    (when the DataTable measures the rows just added). So the table measures its new rows
    itself before it moves, pages by the rows it holds (`_tops`), scrolls at once rather than
    after the next refresh, and a page down that runs past the last row read while the next
    page is being read finishes its move when that page arrives (`_owed`): every key moves
    the cursor, and the cursor stays on screen.
    """

    DEFAULT_CSS = """
    EntityTable { height: 1fr; }
    """

    FIRST = 60  # rows added at once: a few screenfuls
    CHUNK = 120  # rows added when the cursor or the scroll nears the last added row
    AHEAD = 40  # rows kept added below the cursor or the bottom of the view
    #: rows from the end of what was read at which the next page is asked for: ten pages at
    #: 80x24, time enough to read 400 rows while a held Page Down key repeats
    PREFETCH = 200
    FOLLOW = 1000  # after a filter, the cursor stays on its entity if among this many rows

    class NeedMore(Message):
        """The cursor nears the last row read and the source has more."""

        def __init__(self, table: EntityTable) -> None:
            super().__init__()
            self.table = table

    def __init__(self, columns: list[ColumnSpec], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.specs = columns
        self.all_rows: list[TableRow] = []
        self.shown: list[TableRow] = []
        self.needle = ""
        self.more = False  # the source holds rows beyond all_rows
        self._words: list[str] = []
        self._natural = natural_widths(columns, [])
        self._widths: tuple[int, ...] = ()
        self._asked = False  # NeedMore posted, no rows since
        self._lines = 0  # lines of the rows added
        self._tops: list[int] = []  # the first line of each row added
        self._owed = 0  # lines a move down still has to go once the next page is read

    @property
    def complete(self) -> bool:
        """Every row of `shown` is in the table and the source has no more."""
        return self.row_count >= len(self.shown) and not self.more

    def on_mount(self) -> None:
        for spec in self.specs:
            self.add_column(Text(spec.label, justify=spec.justify), key=spec.key, width=8)  # type: ignore[arg-type]
        self._fit()

    def on_resize(self, _: events.Resize) -> None:
        if self._fit() and self.shown:
            self._refill()  # rows wrap differently at the new widths

    def widths_for(self, total: int) -> tuple[int, ...]:
        pad = 2 * self.cell_padding * len(self.specs)
        room = max(0, total - pad - 2)  # 2: the vertical scrollbar
        return tuple(fit_widths(self.specs, self._natural, room))

    def _fit(self) -> bool:
        """Set the column widths for the table's width and rows; True when they changed."""
        width = self.size.width or self.app.size.width
        widths = self.widths_for(width)
        if widths == self._widths or not self.columns:
            return False
        self._widths = widths
        for column, w in zip(self.columns.values(), widths, strict=False):
            column.width = w
            column.auto_width = False
        self._clear_caches()
        self._require_update_dimensions = True
        self.refresh(layout=True)
        return True

    # ------------------------------------------------------------ rows

    def _cell(self, cell: Cell, spec: ColumnSpec) -> Text:
        plain, style, spans = (
            (cell.plain, cell.style, list(cell.spans)) if isinstance(cell, Text) else (cell, "", [])
        )
        return _SizedText(
            plain,
            style=style,
            justify=spec.justify,  # type: ignore[arg-type]
            overflow="ellipsis" if spec.cap else "fold",
            no_wrap=not spec.wraps,
            spans=spans,
        )

    def _height(self, row: TableRow) -> int:
        """The lines ROW needs: its longest name wrapped at its column's width."""
        height = 1
        for cell, spec, w in zip(row.cells, self.specs, self._widths, strict=False):
            if spec.wraps and w > 0 and _width(cell) > w:
                lines = self._cell(cell, spec).wrap(self.app.console, w)
                height = max(height, len(lines))
        return height

    def _matches(self, row: TableRow) -> bool:
        return all(w in row.key for w in self._words)

    def set_rows(self, rows: list[TableRow], needle: str = "", *, more: bool = False) -> None:
        """Show ROWS (the first page of a list when MORE), narrowed by the free text NEEDLE."""
        self.all_rows = list(rows)
        self.more = more
        self._asked = False
        natural = natural_widths(self.specs, rows)
        if more:  # later pages are not measured: a capped column takes its cap at once
            natural = [s.cap or w for s, w in zip(self.specs, natural, strict=True)]
        self._natural = natural
        self._fit()
        self.apply_filter(needle)

    def extend(self, rows: list[TableRow], *, more: bool = False) -> None:
        """The next page of the list: read, narrowed, and added as the cursor comes near."""
        self.all_rows += rows
        self.more = more
        self._asked = False
        self.shown += [r for r in rows if self._matches(r)]
        self._top_up()
        if self._owed:  # a move down waited for these rows
            owed, self._owed = self._owed, 0
            self._move_down(owed)

    def mark(self, rows: Sequence[TableRow]) -> None:
        """ROWS in place of the rows of the same entities, drawn again where added: their
        confidence, read after them, dims or marks them."""
        new = {r.link: r for r in rows}
        if not new:
            return
        self.all_rows = [new.get(r.link, r) for r in self.all_rows]
        regrow = False
        for i, old in enumerate(self.shown):
            row = new.get(old.link)
            if row is None:
                continue
            self.shown[i] = row
            if i >= self.row_count:
                continue
            if self._height(row) != self._height(old):  # a mark that makes a name wrap
                regrow = True
                continue
            for c, (cell, spec) in enumerate(zip(row.cells, self.specs, strict=False)):
                self.update_cell_at(Coordinate(i, c), self._cell(cell, spec))
        if regrow:
            self._refill()

    def apply_filter(self, needle: str) -> None:
        """Show the rows that hold every word of NEEDLE (folded, in any order)."""
        self.needle = needle
        self._words = filter_words(needle)
        self.shown = [r for r in self.all_rows if self._matches(r)]
        self._refill(self.FIRST)

    def _refill(self, keep: int | None = None) -> None:
        """Add the rows again from the first (after a filter: KEEP of them; after a change of
        widths: as many as there were), keeping the cursor on the same entity when it is
        still shown (and, after a filter, among the first FOLLOW rows)."""
        current = self.current_link
        follow = len(self.shown) if keep is None else self.FOLLOW
        keep = max(self.row_count, self.FIRST) if keep is None else keep
        self.clear()
        at = next((i for i, r in enumerate(self.shown[:follow]) if r.link == current), None)
        if at is not None:
            keep = max(keep, at + self.AHEAD)
        self._add(min(keep, len(self.shown)))
        if at is not None:
            self.move_cursor(row=at, animate=False)
        self._top_up()

    def clear(self, columns: bool = False) -> Self:
        self._lines, self._tops, self._owed = 0, [], 0
        return super().clear(columns)

    def _add(self, stop: int) -> None:
        """Add the shown rows up to STOP to the table."""
        for r in self.shown[self.row_count : stop]:
            cells = [self._cell(c, spec) for c, spec in zip(r.cells, self.specs, strict=False)]
            height = self._height(r)
            self._tops.append(self._lines)
            self.add_row(*cells, height=height)
            self._lines += height

    def _top_up(self) -> None:
        """Keep AHEAD rows added below the cursor and the view; ask for the next page when
        the cursor or the view comes within PREFETCH rows of the last row read."""
        below = self.scroll_y + self.size.height
        if self.row_count < len(self.shown) and (
            self.cursor_row + self.AHEAD >= self.row_count or below + self.AHEAD >= self._lines
        ):
            self._add(min(len(self.shown), self.row_count + self.CHUNK))
        near_end = self.cursor_row + self.PREFETCH >= len(self.shown) or (
            self.row_count >= len(self.shown) and below + self.PREFETCH >= self._lines
        )
        if self.more and not self._asked and near_end:
            self._asked = True
            self.post_message(self.NeedMore(self))

    # ------------------------------------------------------------ moving

    def _measure(self) -> None:
        """Size the rows just added now, not when the table is next idle: keys sent faster
        than that would otherwise scroll a table that seems shorter than it is."""
        if self._require_update_dimensions:
            self._require_update_dimensions = False
            new_rows = self._new_rows.copy()
            self._new_rows.clear()
            self._update_dimensions(new_rows)

    def _page_lines(self) -> int:
        header = self.header_height if self.show_header else 0
        return max(1, self.scrollable_content_region.height - header)

    def _step(self, start: int, target: int) -> None:
        """Move the cursor from row START to TARGET and scroll the view as far, so that the
        cursor keeps its place on screen (as DataTable pages), now rather than after the
        next refresh; then make sure it is on screen."""
        self._measure()
        moved = self._tops[target] - self._tops[start]
        if moved:
            self.scroll_to(y=self.scroll_y + moved, animate=False, force=True, immediate=True)
        self.move_cursor(row=target, scroll=False)
        self._measure()
        self._scroll_cursor_into_view()

    def _move_down(self, lines: int) -> None:
        """Move the cursor LINES lines down (at least a row). Past the last row read, while
        the source has more, go as far as there are rows and owe the rest."""
        if self._owed:  # earlier keys wait for the next page: this one follows them
            self._owed += lines
            return
        start = max(self.cursor_row, 0)
        if self.row_count < len(self.shown):  # a page of rows below the cursor in the table
            self._add(min(len(self.shown), start + lines + self.AHEAD))
        if not self.row_count:
            return
        last = self.row_count - 1
        goal = self._tops[start] + lines
        if goal < self._lines:
            target = min(max(bisect_right(self._tops, goal) - 1, start + 1), last)
        else:
            target = last
            if self.more:
                self._owed = goal - self._tops[last]
        self._step(start, target)

    def _move_up(self, lines: int) -> None:
        """Move the cursor LINES lines up (at least a row); a move down still owed is
        taken back first."""
        taken = min(self._owed, lines)
        self._owed -= taken
        lines -= taken
        start = self.cursor_row
        if lines <= 0 or start <= 0:
            return
        goal = max(0, self._tops[start] - lines)
        target = min(bisect_right(self._tops, goal) - 1, start - 1)
        self._step(start, max(target, 0))

    def action_page_down(self) -> None:
        self._set_hover_cursor(False)
        self._move_down(self._page_lines())

    def action_page_up(self) -> None:
        self._set_hover_cursor(False)
        self._move_up(self._page_lines())

    def action_cursor_down(self) -> None:
        if self._owed or (self.more and self.cursor_row >= self.row_count - 1):
            self._set_hover_cursor(False)
            self._move_down(1)  # waits for the next page with the keys before it
        else:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self._owed:
            self._move_up(1)
        else:
            super().action_cursor_up()

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        super().watch_cursor_coordinate(old, new)
        if new.row != old.row:
            self._top_up()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if round(new) > round(old):
            self._top_up()

    @property
    def current_link(self) -> Ref | None:
        if not self.shown or self.cursor_row < 0 or self.cursor_row >= len(self.shown):
            return None
        return self.shown[self.cursor_row].link
