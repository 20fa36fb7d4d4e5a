"""A signature block set in columns: the bodies on one line, the titles under them, the names
under those.

An agreement or a notice that publishes one ends with a block for each signing side, set
side by side and aligned with spaces:

    甲机构　　　　　　乙机构
    局长　　　　　　　副局长
    某某　　　　　　　某某

Each line holds one cell per side, in the same order, so the k-th name signed as the k-th
title of the k-th body. A block is read only when every cell fits its line: every body cell is
a named organisation whole, every title cell a title whole, every name cell a name whole.
"""

from __future__ import annotations

import re

from importers.zh import lex as zh_lex
from importers.zh.names import name_at, plausible_name
from importers.zh.roles import Page, PersonHit

#: What sets the columns apart: spaces of any width (the cleaned text keeps one of a run).
_GAP = re.compile(r"[ \u3000\xa0]+")
_Cell = tuple[int, int, str]


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    """The cells of the line text[start:end], with their spans."""
    out: list[_Cell] = []
    pos = start
    for piece in [*_GAP.finditer(text, start, end), None]:
        stop = piece.start() if piece is not None else end
        raw = text[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        cell = raw.strip()
        if cell:
            out.append((pos + lead, pos + lead + len(cell), cell))
        pos = piece.end() if piece is not None else end
    return out


def _lines(text: str) -> list[list[_Cell]]:
    out, start = [], 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        out.append(_cells(text, start, end))
        start = end + 1
    return out


def signature_columns(page: Page) -> list[PersonHit]:
    """The signatories of the column blocks of `page`, each with the title and body above."""
    lines = _lines(page.text)
    out: list[PersonHit] = []
    for k in range(2, len(lines)):
        bodies, titles, names = lines[k - 2], lines[k - 1], lines[k]
        if not names or not len(bodies) == len(titles) == len(names):
            continue
        orgs = [next((o for o in page.orgs if (o.start, o.end) == c[:2]), None) for c in bodies]
        if any(o is None for o in orgs):
            continue
        if not all(zh_lex.title_regex().fullmatch(t) for _s, _e, t in titles):
            continue
        if not all(
            name_at(page.text, s, page.toks) == n and plausible_name(n) for s, _e, n in names
        ):
            continue
        for org, (_ts, _te, title), (s, e, name) in zip(orgs, titles, names, strict=True):
            out.append(PersonHit(s, e, name, title=title, org=org, span_start=s))
    return out
