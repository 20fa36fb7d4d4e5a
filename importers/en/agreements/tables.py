"""Agreements listed in a table: one row per instrument, its partner, title and date.

Annual reports list the instruments of a year in a text table ("No. | Partner | Instrument |
Date signed | Status"; `importers.en.tables` joins wrapped cells). A row is an agreement when
one of its cells names an agreement ("Memorandum of Understanding", "Work Plan 2023-2024"):
the partner is the organisation another cell names, the other party the organisation the
document speaks for, the date the one a cell gives. A row whose status says the instrument
is still being negotiated, or that gives no date, is no agreement. The sentence reader skips
the table: read as prose, its cells run into each other.
"""

from __future__ import annotations

import re

from importers.en.agreements.columns import Columns, cell_title, for_home, header_columns
from importers.en.agreements.dating import date_in
from importers.en.agreements.dedup import dates_compatible
from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, Found
from importers.en.agreements.signed_cells import signed_in_cell
from importers.en.agreements.titles import MODIFIERS, topic
from importers.en.orgs.tables import cell_org
from importers.en.tables import Row, rows
from importers.en.words import COUNTRY_OF, NOT_SIGNED_RE
from store.text import dates
from store.text.dates import ISO_DATE, SLASHED_DATE


def table_agreements(ctx: Ctx, span: tuple[int, int]) -> list[Found]:
    """The agreements the rows of one table list (under a header that names its columns,
    when it has one)."""
    out = []
    columns: Columns | None = None
    for row in rows(ctx.text, span):
        if columns is None and (columns := header_columns(row)) is not None:
            continue
        found = _agreement(ctx, row, columns)
        if found is not None:
            out.append(found)
    return out


def _titled(row: Row, columns: Columns | None) -> list[tuple[str, str]]:
    """The cells of a row that title an instrument, with its kind: the cell under the
    instruments' column, else those that use an agreement noun."""
    if columns is not None and columns.instrument is not None:
        if columns.instrument < len(row.cells) and _WORDED.search(row.cells[columns.instrument]):
            cell = row.cells[columns.instrument]
            m = NOUN_RE.search(cell)
            return [(cell, kind_of(m) if m else ("pph" if _PPH.search(cell) else "other"))]
        return []
    titled = [(c, kind_of(m)) for c in row.cells if (m := NOUN_RE.search(c)) is not None]
    if not titled:  # an instrument column names a PPH by the highway alone
        titled = [(c, "pph") for c in row.cells if _PPH.search(c)]
    return titled


def _agreement(ctx: Ctx, row: Row, columns: Columns | None = None) -> Found | None:
    titled = _titled(row, columns)
    if len(titled) != 1 or any(NOT_SIGNED_RE.search(c) for c in row.cells):
        return None
    cell, kind = titled[0]
    named = cell_title(cell)
    title = named.text
    if kind == "agreement" and _PPH.search(title):
        kind = "pph"  # "Patent Prosecution Highway agreement": the prose's kind for it
    date = next((d for c in row.cells if (d := _date(c, ctx)) is not None), None)
    partner = next(
        (o for c in row.cells if c is not cell and (o := cell_org(c, ctx.orgs)) is not None),
        None,
    )
    if (date is None and not named.in_force) or partner is None:
        return None
    parties = [p for p in (ctx.home, partner) if p is not None]
    found = Found(
        title=title,
        kind=kind,
        date=None if named.in_force else date,  # its signing is told elsewhere, if at all
        parties=list(dict.fromkeys(parties)),
        span=row.span,
        topic=topic(title),
        counterparts=0,  # a fuller title the prose gives is the better one
    )
    if columns is not None and columns.signatory is not None:
        side = ctx.home if for_home(columns.side, ctx.home) and ctx.home else partner
        found.signatories += signed_in_cell(ctx, row, columns.signatory, side)
    return found


#: A cell that holds a title: some letters, not a dash standing for none.
_WORDED = re.compile(r"[A-Za-z]{2}")


_PPH = re.compile(r"\bPatent Prosecution Highway\b|\bPPH\b")


def _date(cell: str, ctx: Ctx) -> str | None:
    """The date a cell gives: "14 March 2022", "Mar 2022", or in figures, year first
    ("2022-03-14", "2022/3/14"), as a date column often writes it."""
    if not re.search(r"\d", cell) or NOUN_RE.search(cell):
        return None
    said = date_in(cell, ctx.year or ctx.doc_year, ctx.doc_date)
    if said is not None:
        return said
    m = ISO_DATE.fullmatch(cell.strip()) or SLASHED_DATE.fullmatch(cell.strip())
    return dates.iso(m.group("y"), m.group("m"), m.group("d")) if m else None


def fold_into_rows(found: list[Found], listed: list[Found]) -> list[Found]:
    """A report's prose tells again what its table lists ("The renewed memorandum with the
    DIP was signed in Bangkok"): a mention of the kind of a row, whose parties are among the
    row's and whose topic says nothing else (but the partner's country: "the Lao validation
    agreement"), is that row's agreement."""
    row_ids = {id(g) for g in listed}
    out = list(found)
    for f in found:
        if id(f) in row_ids:
            continue
        fp = set(map(id, f.parties))
        for g in listed:
            if (
                g.kind == f.kind
                and fp <= set(map(id, g.parties))
                and dates_compatible(f.date, g.date)
                and {w for w in f.topic - MODIFIERS if w not in COUNTRY_OF} <= g.topic
            ):
                if g.date is None:  # a row that dates only the entry into force
                    g.date = f.date
                g.signatories += [p for p in f.signatories if p not in g.signatories]
                g.witnesses += [p for p in f.witnesses if p not in g.witnesses]
                out = [x for x in out if x is not f]
                break
    return out
