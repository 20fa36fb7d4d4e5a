"""How the lists show what ipx is sure of (issue 11): a row that no person confirmed and
whose confidence is low (store.review.model.Confidence.low) is dimmed; a row a person
reviewed (accepted or edited in review) carries a mark after its name.

The confidence follows the rows: a page is shown first, then its confidence is read
(store.queries.lists, through store.review.confidence) in a worker; this module only draws
it, so the list panes need one call: `with_confidence(row, source, columns)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from store.review.model import LOW
from tui.widgets.entity_table import ColumnSpec, TableRow

#: after the name of a row a person reviewed
REVIEWED = " ✓"
#: the columns that hold the name the mark follows, in order of preference
NAME_COLUMNS = ("name", "title")


def with_confidence(row: TableRow, source: Any, columns: Sequence[ColumnSpec]) -> TableRow:
    """ROW as the list shows it, given the store's row SOURCE (its `confidence` and
    `reviewed`): dimmed when low and unreviewed, marked when reviewed, else as it is."""
    confidence = getattr(source, "confidence", None)
    reviewed = bool(getattr(source, "reviewed", False))
    low = not reviewed and confidence is not None and confidence < LOW
    if not (low or reviewed):
        return row
    keys = [c.key for c in columns]
    name_at = next((keys.index(k) for k in NAME_COLUMNS if k in keys), 0)
    cells: list[str | Text] = []
    for i, cell in enumerate(row.cells):
        text = cell.copy() if isinstance(cell, Text) else Text(cell)
        if low:
            text.stylize("dim")
        if reviewed and i == name_at:
            text.append(REVIEWED, style="bold")
        cells.append(text)
    return TableRow(row.link, tuple(cells), row.key)
