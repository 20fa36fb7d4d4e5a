"""A DataTable of entities whose columns use the width there is.

Columns size to their content. A column that holds names (an organisation, an official, an
agreement's title or parties, a role) is never cut: when the row is wider than the
terminal, such columns share the room left by the others, and a name that does not fit
wraps onto a second line of its row. Only low-value columns (a date, a country code, a
count; they declare a `cap`) are cut with an ellipsis. Widths are display widths (rich
cell lengths), so CJK names line up, and the table never scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
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


def natural_widths(specs: Sequence[ColumnSpec], rows: Sequence[TableRow]) -> list[int]:
    """Each column as wide as its label and its widest cell (a capped column: at most its cap)."""
    widths = [cell_len(s.label) for s in specs]
    for row in rows:
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


class EntityTable(DataTable[Text]):
    DEFAULT_CSS = """
    EntityTable { height: 1fr; }
    """

    def __init__(self, columns: list[ColumnSpec], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.specs = columns
        self.all_rows: list[TableRow] = []
        self.shown: list[TableRow] = []
        self.needle = ""
        self._natural = natural_widths(columns, [])
        self._widths: tuple[int, ...] = ()
        self._generation = 0
        self.complete = False  # every row of `shown` is in the table

    def on_mount(self) -> None:
        for spec in self.specs:
            self.add_column(Text(spec.label, justify=spec.justify), key=spec.key, width=8)  # type: ignore[arg-type]
        self._fit()

    def on_resize(self, _: events.Resize) -> None:
        if self._fit() and self.shown:
            self.apply_filter(self.needle)  # rows wrap differently at the new widths

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
        text = cell.copy() if isinstance(cell, Text) else Text(cell)
        text.justify = spec.justify  # type: ignore[assignment]
        text.no_wrap = not spec.wraps
        text.overflow = "ellipsis" if spec.cap else "fold"
        return text

    def _height(self, row: TableRow) -> int:
        """The lines ROW needs: its longest name wrapped at its column's width."""
        height = 1
        for cell, spec, w in zip(row.cells, self.specs, self._widths, strict=False):
            if spec.wraps and w > 0 and _width(cell) > w:
                lines = self._cell(cell, spec).wrap(self.app.console, w)
                height = max(height, len(lines))
        return height

    def set_rows(self, rows: list[TableRow], needle: str = "") -> None:
        self.all_rows = rows
        self._natural = natural_widths(self.specs, rows)
        self._fit()
        self.apply_filter(needle)

    FIRST = 120  # rows added at once: a screenful or more; the rest follow after a paint
    CHUNK = 1500

    def apply_filter(self, needle: str) -> None:
        self.needle = needle
        words = filter_words(needle)  # every word of the filter, in any order
        shown = [r for r in self.all_rows if all(w in r.key for w in words)]
        current = self.current_link
        self.shown = shown
        self._generation += 1
        self.complete = False
        self.clear()
        self._add(0, self.FIRST, self._generation, current)

    def _add(self, start: int, stop: int, generation: int, current: Ref | None) -> None:
        if generation != self._generation:
            return  # a newer filter or reload replaced these rows
        for r in self.shown[start:stop]:
            cells = [self._cell(c, spec) for c, spec in zip(r.cells, self.specs, strict=False)]
            self.add_row(*cells, height=self._height(r))
        if current is not None:  # keep the cursor on the same entity
            for i, r in enumerate(self.shown[start:stop], start):
                if r.link == current:
                    self.move_cursor(row=i, animate=False)
                    break
        if stop < len(self.shown):
            self.set_timer(0.01, lambda: self._add(stop, stop + self.CHUNK, generation, current))
        else:
            self.complete = True

    @property
    def current_link(self) -> Ref | None:
        if not self.shown or self.cursor_row < 0 or self.cursor_row >= len(self.shown):
            return None
        return self.shown[self.cursor_row].link
