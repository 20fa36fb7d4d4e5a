"""The detail view drawn with Rich: the sections of store.views as lines, each saying
which entity it links to and where its fact came from.

The detail screen shows the lines in an OptionList (links are selectable) and the wide
layout's preview panel shows the same lines. Columns are padded and cut by display width
(rich cell lengths), so CJK names line up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.text import Text

from store.queries import Source
from store.views.detail import DetailView
from store.views.refs import Ref
from store.views.sections import Row, Section
from tui.keys import DETAIL

#: how each kind of cell looks
STYLE = {"plain": "", "link": "underline", "emph": "italic", "note": "dim"}
#: a key to press, shown beside the heading of a section: (binding id, what it does)
HINTS = {"sources": ("ipx.detail.sources", "show the sentences"), "merges": ("ipx.split", "split")}
GAP = "  "


@dataclass
class Line:
    text: Text
    link: Ref | None = None
    sources: list[Source] = field(default_factory=list)
    heading: bool = False
    merge_id: int | None = None

    @property
    def selectable(self) -> bool:
        return not self.heading


def fit(text: str | Text, width: int, style: str = "") -> Text:
    """TEXT padded or cut (with an ellipsis) to exactly WIDTH cells."""
    t = text.copy() if isinstance(text, Text) else Text(text, style=style)
    t.truncate(width, overflow="ellipsis", pad=True)
    return t


def row_text(row: Row, widths: list[int]) -> Text:
    """The cells of ROW: one per column at the column's width, then the free cells."""
    out = Text()
    for i, cell in enumerate(row.cells):
        style = STYLE[cell.style]
        if i < len(widths):
            out.append_text(fit(cell.text, widths[i], style))
            out.append(GAP)
        else:  # a free cell after another one is set off by a gap in its own style
            gap = GAP if i > len(widths) else ""
            out.append_text(Text(gap + cell.text, style=style))
    return out


def heading_text(section: Section) -> Text:
    heading = section.heading
    if section.rows and section.key in HINTS:
        binding, does = HINTS[section.key]
        heading += f"{GAP}{DETAIL.key(binding).keys}: {does}"
    return Text(heading, style="bold")


def section_lines(section: Section) -> list[Line]:
    widths = section.widths(cell_len)
    lines = [Line(heading_text(section), heading=True)]
    for row in section.rows:
        lines.append(
            Line(row_text(row, widths), row.link, list(row.sources), merge_id=row.merge_id)
        )
    return lines


def detail_lines(view: DetailView) -> list[Line]:
    return [line for section in view.sections for line in section_lines(section)]


def facts_text(view: DetailView) -> Text:
    return Text(view.facts_line, style="dim")


def title_text(view: DetailView, *, noun: bool = True) -> Text:
    """The name, the kind and id ('official p2'; the id alone without NOUN), the facts."""
    about = f"{view.noun} {view.ref.ref}" if noun else view.ref.ref
    return Text.assemble((view.name, "bold"), "  ", (about, "dim"), "\n", facts_text(view))


def highlighted_sentence(src: Source) -> Text:
    """The sentence with the mention in reverse video."""
    text = Text(src.sentence)
    end = src.offset + len(src.surface)
    if src.sentence[src.offset : end] == src.surface:
        text.stylize("bold reverse", src.offset, end)
    else:  # the sentence was windowed or normalised: highlight the first match, if any
        at = src.sentence.find(src.surface)
        if at >= 0:
            text.stylize("bold reverse", at, at + len(src.surface))
    return text
