"""Signatory columns of a table of agreements: | 伙伴 | 协议 | 我方签字人 | 对方签字人 |.

A year's list of signings may give each row's signatories in columns of their own, one per
side, each cell a title and a name (局长某某, 首席执行官某某). The header says whose side a
column is: the office the document speaks for (中方, 我方) or the partner the row names (外方,
对方). A signatory of the partner's column holds the cell's whole title (经济部长, 执行局长)
at the row's partner, the first body its other cells name that is not the home office; one
of the home column holds it at the home office. Read as prose, a row runs its cells together
and a title would take the body of another cell, so the rows read here are skipped there.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.grid import Cell, bar_cells, line_spans
from importers.zh.home import home_office
from importers.zh.names import name_at, plausible_name
from importers.zh.orgs.mention import Mention
from importers.zh.roles import Page, PersonHit
from store.text import is_han

HOME, PARTNER = "home", "partner"


def _side(header: str) -> str | None:
    """The side a header cell's column of signatories is on, or None for any other column."""
    if not any(w in header for w in zh_lex.people_lexicon("signer_headers")):
        return None
    if any(w in header for w in zh_lex.people_lexicon("partner_side_marks")):
        return PARTNER
    return HOME if any(w in header for w in zh_lex.people_lexicon("home_side_marks")) else None


def signer_rows(page: Page) -> tuple[list[PersonHit], list[tuple[int, int]]]:
    """The signatories of every table with signatory columns, and the spans of its rows."""
    hits: list[PersonHit] = []
    rows: list[tuple[int, int]] = []
    home = home_office(page.text, page.orgs)
    sides: dict[int, str] = {}
    width = 0
    for start, end in line_spans(page.text):
        cells = bar_cells(page.text, start, end)
        if cells is None:
            sides = {}
            continue
        found = {k: s for k, c in enumerate(cells) if (s := _side(c.text)) is not None}
        if found:
            sides, width = found, len(cells)
            continue
        while len(cells) > width and not cells[0].text.strip("-:=─"):
            cells = cells[1:]  # the header's rule, glued to the first row by the text view
        if not sides or len(cells) != width:
            continue
        partner = _partner(page, [c for k, c in enumerate(cells) if k not in sides], home)
        for k, side in sides.items():
            hit = _signatory(page, cells[k])
            if hit is not None:
                hit.org = partner if side == PARTNER else home
                hits.append(hit)
        rows.append((start, end))
    return hits, rows


def _partner(page: Page, cells: list[Cell], home: Mention | None) -> Mention | None:
    """The row's partner: the first body its cells name that is not the home office."""
    for cell in cells:
        for o in page.orgs:
            inside = cell.start <= o.start and o.end <= cell.end
            if inside and o.source not in ("self", "implied") and not _same(o, home):
                return o
    return None


def _same(o: Mention, home: Mention | None) -> bool:
    if home is None:
        return False
    return o.name == home.name or (o.ref is not None and o.ref == home.ref)


def _signatory(page: Page, cell: Cell) -> PersonHit | None:
    """A cell's title and name, in either order (局长某某, 某某局长), the cell whole."""
    text = page.text
    for m in zh_lex.title_regex().finditer(text, cell.start, cell.end):
        title = text[cell.start : m.end()]
        name = name_at(text, m.end(), page.toks)
        if name and m.end() + len(name) == cell.end and _fits(title, name):
            return PersonHit(m.end(), cell.end, name, title=title, span_start=cell.start)
        if m.end() == cell.end and m.start() > cell.start:
            name = text[cell.start : m.start()]
            if name_at(text, cell.start, page.toks) == name and _fits(m.group(0), name):
                hit = PersonHit(cell.start, m.start(), name, title=m.group(0))
                hit.span_start = cell.start
                return hit
    return None


def _fits(title: str, name: str) -> bool:
    """A title of Chinese words only, not too long to be one, and a plausible name."""
    return len(title) <= 16 and all(is_han(c) for c in title) and plausible_name(name)
