"""A DataTable of entities whose columns fit the width: fixed columns keep their width and
flexible ones share the rest, so a long or CJK name is cut with an ellipsis by display
width (rich cell lengths), never by character count, and the table never scrolls sideways.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass

from rich.text import Text
from textual import events
from textual.widgets import DataTable

from store.text import fold
from store.views.refs import Ref


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    label: str
    _: KW_ONLY
    width: int = 0  # fixed width; 0 = flexible
    flex: int = 1
    minimum: int = 6
    justify: str = "left"


@dataclass
class TableRow:
    link: Ref
    cells: tuple[str, ...]
    key: str  # folded text the filter looks in

    @classmethod
    def make(cls, link: Ref, *cells: str | None, extra: str = "") -> TableRow:
        texts = tuple(c or "" for c in cells)
        return cls(link, texts, fold(" ".join((*texts, extra))))


class EntityTable(DataTable[Text]):
    DEFAULT_CSS = """
    EntityTable { height: 1fr; }
    """

    def __init__(self, columns: list[ColumnSpec], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.specs = columns
        self.all_rows: list[TableRow] = []
        self.shown: list[TableRow] = []
        self._widths: tuple[int, ...] = ()
        self._generation = 0
        self.complete = False  # every row of `shown` is in the table

    def on_mount(self) -> None:
        for spec in self.specs:
            self.add_column(Text(spec.label, justify=spec.justify), key=spec.key, width=8)  # type: ignore[arg-type]
        self._fit()

    def on_resize(self, _: events.Resize) -> None:
        self._fit()

    def widths_for(self, total: int) -> tuple[int, ...]:
        pad = 2 * self.cell_padding * len(self.specs)
        room = max(0, total - pad - 2)  # 2: the vertical scrollbar
        fixed = sum(s.width for s in self.specs if s.width)
        flex_total = sum(s.flex for s in self.specs if not s.width) or 1
        free = max(0, room - fixed)
        out = []
        for s in self.specs:
            if s.width:
                out.append(s.width)
            else:
                out.append(max(s.minimum, free * s.flex // flex_total))
        return tuple(out)

    def _fit(self) -> None:
        width = self.size.width or self.app.size.width
        widths = self.widths_for(width)
        if widths == self._widths or not self.columns:
            return
        self._widths = widths
        for column, w in zip(self.columns.values(), widths, strict=False):
            column.width = w
            column.auto_width = False
        self._clear_caches()
        self._require_update_dimensions = True
        self.refresh(layout=True)

    # ------------------------------------------------------------ rows

    def _cell(self, text: str, spec: ColumnSpec) -> Text:
        return Text(text, no_wrap=True, overflow="ellipsis", justify=spec.justify)  # type: ignore[arg-type]

    def set_rows(self, rows: list[TableRow], needle: str = "") -> None:
        self.all_rows = rows
        self.apply_filter(needle)

    FIRST = 120  # rows added at once: a screenful or more; the rest follow after a paint
    CHUNK = 1500

    def apply_filter(self, needle: str) -> None:
        key = fold(needle)
        shown = [r for r in self.all_rows if key in r.key] if key else list(self.all_rows)
        current = self.current_link
        self.shown = shown
        self._generation += 1
        self.complete = False
        self.clear()
        self._add(0, self.FIRST, self._generation, current)

    def _add(self, start: int, stop: int, generation: int, current: Ref | None) -> None:
        if generation != self._generation:
            return  # a newer filter or reload replaced these rows
        rows = self.shown[start:stop]
        self.add_rows(
            [self._cell(c, spec) for c, spec in zip(r.cells, self.specs, strict=False)]
            for r in rows
        )
        if current is not None:  # keep the cursor on the same entity
            for i, r in enumerate(rows, start):
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
