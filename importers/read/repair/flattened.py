"""A narrow Chinese column flattened into one line, its wraps left as single spaces.

Some converters (newsletters laid out in narrow columns) put a whole column on one line and
mark each of its line ends with a space, so a name or a word is cut wherever the column
wrapped (梁某 某, 知识 产权). Such a stretch is recognised by its shape, not its words: four
or more space-separated pieces with Han characters, most of them of one display width (the
column's, at least ten Han characters wide) and none much wider. The space after a piece of
full width is a wrap and is removed; a shorter piece that ends a sentence is a paragraph's
last line, and a new line follows it. The column also begins a line of its own when
something else (a headline) came before it on the line. Spaces people write in Chinese text
(between names in a list, around a Latin word) separate pieces far narrower or far less
regular than a column, and are left alone.
"""

from __future__ import annotations

from importers.read.repair.lines import HAN_CHAR, width

_MIN_PIECES = 4  # a column wraps several times before the shape is evidence
_MIN_WIDTH = 20  # ten Han characters: narrower pieces are words or names in a list
_FULL = 0.85  # a piece at least this share of the column's width ends at a wrap
_REGULAR = 0.6  # the share of a run's pieces that must be of full width
_SLACK = 2  # a piece may be this much wider than the column (a narrow character or two)
_SENTENCE_ENDS = frozenset("。！？!?”」")


def join_flattened(line: str) -> str:
    """`line` with the wrap spaces of any flattened column in it removed."""
    if line.count(" ") < _MIN_PIECES - 1 or "  " in line or " | " in line:
        return line
    pieces = line.split(" ")
    out: list[tuple[str, bool]] = []  # a stretch of the line, and whether it is a column
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and HAN_CHAR.search(pieces[j]):
            j += 1
        if j == i:
            out.append((pieces[i], False))
            i += 1
            continue
        out.append(_joined(pieces[i:j]))
        i = j
    text = out[0][0]
    for (_, was_column), (piece, column) in zip(out, out[1:], strict=False):
        text += ("\n" if was_column or column else " ") + piece
    return text


def _joined(run: list[str]) -> tuple[str, bool]:
    """A run of pieces that all hold Han characters, its wraps joined if it is a column."""
    column = _column_width(run)
    if column is None:
        return " ".join(run), False
    text = run[0]
    for prev, piece in zip(run, run[1:], strict=False):
        text += _between(prev, piece, column) + piece
    return text, True


def _between(prev: str, piece: str, column: int) -> str:
    """What stands between two pieces of a column: nothing at a wrap (a space between two
    Latin words), a new line after a paragraph's last line, else the space."""
    if width(prev) >= _FULL * column:
        latin = prev[-1].isascii() and prev[-1].isalnum() and piece[0].isascii()
        return " " if latin and piece[0].isalnum() else ""
    return "\n" if prev[-1] in _SENTENCE_ENDS else " "


def _column_width(run: list[str]) -> int | None:
    """The width of the column the run was flattened from, or None when it is no column."""
    if len(run) < _MIN_PIECES:
        return None
    widths = sorted(width(p) for p in run)
    column = widths[round(0.9 * (len(widths) - 1))]
    if column < _MIN_WIDTH or widths[-1] > column + _SLACK:
        return None
    full = sum(1 for w in widths if w >= _FULL * column)
    return column if full >= _REGULAR * len(run) and full >= _MIN_PIECES else None
