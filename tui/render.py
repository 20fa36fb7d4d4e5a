"""The detail view drawn with Rich: the sections of store.views as lines, each saying
which entity it links to and where its fact came from.

The detail screen shows the lines in an OptionList (links are selectable) and the wide
layout's preview panel shows the same lines. Columns are as wide as their values, measured
by display width (rich cell lengths) so CJK names line up; where the screen is too narrow,
names wrap within their column and the rest of a row wraps under itself: nothing is cut.

A section with a figure is drawn as one (tui.charts): agreements per year as a chart in
place of its rows, a span chart as each row with its bar before it under a year axis.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from store.queries import Source
from store.views.charts import SpanChart, YearChart
from store.views.detail import DetailView
from store.views.readings import JOIN, READING
from store.views.refs import Ref
from store.views.sections import Column, Row, Section
from tui.charts import DEFAULT_STYLE, Axis, ChartStyle, chart_note, year_chart_lines
from tui.keys import DETAIL

#: how each kind of cell looks
STYLE = {"plain": "", "link": "underline", "emph": "italic", "note": "dim"}
#: a key to press, shown beside the heading of a section: (binding id, what it does)
HINTS = {"sources": ("ipx.detail.sources", "show the sentences"), "merges": ("ipx.split", "split")}
GAP = "  "


@dataclass
class Line:
    """One line of the detail view (several rows of text where it wraps). A FIGURE line is
    part of a chart: drawn as it is, passed over by the cursor like a heading."""

    text: Text
    link: Ref | None = None
    sources: list[Source] = field(default_factory=list)
    heading: bool = False
    merge_id: int | None = None
    figure: bool = False
    #: the row in words where the line draws more (a bar before it): what titles its sources
    words: str = ""

    @property
    def selectable(self) -> bool:
        return not (self.heading or self.figure)

    @property
    def about(self) -> str:
        """What the line says, on one line, without a bar it draws."""
        return self.words or " ".join(self.text.plain.split())


def named(name: str, reading: str | None = None, style: str = "bold") -> Text:
    """A name, and beside it the reading of a Chinese-only name, dimmed and marked as one
    (it was worked out, no document stated it): '王靖宇 · Wang Jingyu (reading)'."""
    text = Text(name, style=style)
    if reading:
        text.append(f"{JOIN}{reading} ({READING})", style="dim italic")
    return text


def fit(text: str | Text, width: int, style: str = "") -> Text:
    """TEXT padded or cut (with an ellipsis) to exactly WIDTH cells."""
    t = text.copy() if isinstance(text, Text) else Text(text, style=style)
    t.truncate(width, overflow="ellipsis", pad=True)
    return t


#: a column a name wraps in is never narrower than this
MIN_COLUMN = 8
#: the free cells after the columns (a title, a note) keep at least this many cells
MIN_FREE = 16


@cache
def _console() -> Console:
    """A console for measuring and wrapping text only (it prints nowhere)."""
    return Console(file=io.StringIO(), width=1000, legacy_windows=False)


def wrap(text: Text, width: int) -> list[Text]:
    """TEXT as lines of at most WIDTH cells, broken between words (a longer word folds)."""
    if width <= 0 or text.cell_len <= width:
        return [text]
    t = text.copy()
    t.overflow = "fold"
    return list(t.wrap(_console(), width))


def _longest_word(values: list[str]) -> int:
    return max((cell_len(w) for v in values for w in v.split()), default=0)


def column_widths(section: Section, room: int | None) -> list[int]:
    """The widths of SECTION's columns: each as wide as its widest value (never cut). Where
    a row would not fit ROOM cells, the columns sized to their content give way, widest
    first: down to their cap, then to their longest word, then to `MIN_COLUMN`; what no
    longer fits wraps."""
    values = [[row.cells[i].text for row in section.rows] for i in range(len(section.columns))]
    widths = [
        c.width or max((cell_len(v) for v in vals), default=c.empty)
        for c, vals in zip(section.columns, values, strict=True)
    ]
    if room is None:
        return widths
    frees = [_free_text(r, len(widths)).cell_len for r in section.rows]
    excess = sum(widths) + len(GAP) * len(widths) + min(MIN_FREE, max(frees, default=0)) - room
    for stage in ("cap", "words", "min"):
        floors = [
            _floor(c, stage, _longest_word(vals))
            for c, vals in zip(section.columns, values, strict=True)
        ]
        while excess > 0:
            shrinkable = [i for i, f in enumerate(floors) if f is not None and widths[i] > f]
            if not shrinkable:
                break
            i = max(shrinkable, key=lambda i: widths[i])
            cut = min(excess, widths[i] - (floors[i] or 0))
            widths[i] -= cut
            excess -= cut
    return widths


def _floor(column: Column, stage: str, longest_word: int) -> int | None:
    """How narrow COLUMN may get at STAGE: its cap, then its longest word (no word is cut),
    then `MIN_COLUMN`; None when it keeps its width (a fixed column; one without a cap at the
    cap stage)."""
    if column.width:
        return None
    if stage == "cap":
        return max(column.cap, MIN_COLUMN) if column.cap else None
    if stage == "words":
        return max(longest_word, MIN_COLUMN)
    return MIN_COLUMN


def _free_text(row: Row, start: int) -> Text:
    """The cells after the columns, each set off by a gap in its own style."""
    out = Text()
    for i, cell in enumerate(row.cells[start:]):
        out.append(GAP + cell.text if i else cell.text, style=STYLE[cell.style])
    return out


def row_text(row: Row, widths: list[int], room: int | None = None) -> Text:
    """The cells of ROW: one per column at the column's width, then the free cells. Within
    ROOM cells, a cell that does not fit its column wraps inside it and the free cells wrap
    under themselves, so nothing is cut; without ROOM, the row is one line."""
    columns = []
    for i, cell in enumerate(row.cells[: len(widths)]):
        text = Text(cell.text, style=STYLE[cell.style])
        columns.append(wrap(text, widths[i]) if room is not None else [text])
    offset = sum(widths[: len(columns)]) + len(GAP) * len(columns)
    free = _free_text(row, len(widths))
    frees = wrap(free, max(MIN_FREE // 2, room - offset)) if room is not None else [free]
    height = max([len(lines) for lines in columns] + [len(frees) if free else 1])
    out = Text()
    for n in range(height):
        if n:
            out.append("\n")
        for i, lines in enumerate(columns):
            piece = lines[n] if n < len(lines) else Text()
            out.append_text(piece)
            out.append(" " * max(0, widths[i] - piece.cell_len) + GAP)
        if free and n < len(frees):
            out.append_text(frees[n])
    out.rstrip()
    return out


def heading_text(section: Section) -> Text:
    heading = section.heading
    if section.rows and section.key in HINTS:
        binding, does = HINTS[section.key]
        heading += f"{GAP}{DETAIL.key(binding).keys}: {does}"
    text = Text(heading, style="bold")
    if isinstance(section.figure, YearChart):  # what the chart counts and leaves out
        text.append(f"{GAP}{chart_note(section.figure)}", style="not bold")
    return text


@dataclass(frozen=True)
class Drawing:
    """How figures are drawn: their colours, and at most how many rows a chart's bars take."""

    style: ChartStyle = DEFAULT_STYLE
    chart_rows: int = 4


PLAIN = Drawing()
#: the bars of a span chart take a third of the room, within these bounds
SPAN_BAR = (12, 36)


def section_lines(
    section: Section, room: int | None = None, drawing: Drawing = PLAIN
) -> list[Line]:
    """A heading, then a line per row (lines of several rows of text where names wrap
    within ROOM cells); a section with a figure draws it (figure_lines)."""
    lines = [Line(heading_text(section), heading=True)]
    if section.figure is not None:
        return lines + figure_lines(section, room or 80, drawing)
    widths = column_widths(section, room)
    for row in section.rows:
        text = row_text(row, widths, room)
        lines.append(Line(text, row.link, list(row.sources), merge_id=row.merge_id))
    return lines


def figure_lines(section: Section, room: int, drawing: Drawing = PLAIN) -> list[Line]:
    """Agreements per year as a chart (its rows are for `ipx show`); a span chart as the
    axis's years, then each row with its bar before it."""
    figure = section.figure
    if isinstance(figure, YearChart):
        drawn = year_chart_lines(
            figure, room, rows=drawing.chart_rows, style=drawing.style, summary=False
        )
        return [Line(text, figure=True) for text in drawn]
    assert isinstance(figure, SpanChart)
    width = max(SPAN_BAR[0], min(SPAN_BAR[1], room // 3))
    axis = Axis(figure, width)
    widths = column_widths(section, room - width - len(GAP))
    lines = [Line(axis.labels(drawing.style), figure=True)]
    for row, span in zip(section.rows, figure.spans, strict=True):
        text = axis.bar(span, drawing.style)
        text.append(GAP)
        words = row_text(row, widths, room - width - len(GAP))
        for n, part in enumerate(words.split("\n")):
            if n:
                text.append("\n" + " " * (width + len(GAP)))
            text.append_text(part)
        about = " ".join(words.plain.split())
        lines.append(Line(text, row.link, list(row.sources), merge_id=row.merge_id, words=about))
    return lines


def detail_lines(view: DetailView, room: int | None = None, drawing: Drawing = PLAIN) -> list[Line]:
    """Every section's lines, laid out in ROOM cells (None: a row is one line, as wide as
    it is)."""
    return [line for section in view.sections for line in section_lines(section, room, drawing)]


#: the width of a vertical scrollbar, kept free when the lines will need one
SCROLLBAR = 2


def fitted_lines(view: DetailView, room: int, height: int, drawing: Drawing = PLAIN) -> list[Line]:
    """The lines of VIEW in ROOM cells, less a scrollbar's width when they are more than
    HEIGHT lines (a scrollbar would take it, and every row would wrap again)."""
    lines = detail_lines(view, room, drawing)
    if sum(len(line.text.plain.split("\n")) for line in lines) > height:
        lines = detail_lines(view, room - SCROLLBAR, drawing)
    return lines


def facts_text(view: DetailView) -> Text:
    return Text(view.facts_line, style="dim")


def title_text(view: DetailView, *, noun: bool = True) -> Text:
    """The name, the kind and id ('official p2'; the id alone without NOUN), the facts."""
    about = f"{view.noun} {view.ref.ref}" if noun else view.ref.ref
    name = named(view.name, view.reading)
    return Text.assemble(name, "  ", (about, "dim"), "\n", facts_text(view))


def highlighted_sentence(src: Source) -> Text:
    """The sentence with every mention in it in reverse video (Source.highlights)."""
    text = Text(src.sentence)
    for start, end in src.highlights:
        text.stylize("bold reverse", start, end)
    return text
