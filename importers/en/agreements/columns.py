"""What the header of a table of instruments says its columns hold.

A partner page lists its instruments under a header ("Partner office | Instrument | Signed by
(partner) | Date"). The header says which cell of a row is the instrument's title, though it
uses no agreement noun ("Reinforced Partnership"), and which names the person who signed it,
often with a title ("Director General NAME"), and for which side. A note after a title
("Validation agreement – entry into force", "MoU – renewal") says what the row's date is:
an entry into force is no signing, a renewal is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importers.en.orgs.model import OrgEntry
from importers.en.tables import Row
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

_WORDS = "en_agreements.txt"


def _header_re(section: str) -> re.Pattern[str]:
    """A whole header cell naming the column, with any bracketed note ("(partner)")."""
    alts = phrase_alternation(lexicon.words(_WORDS, section))
    return re.compile(rf"(?:{alts})\s*(?:\((?P<side>[^()]*)\))?", re.IGNORECASE)


_INSTRUMENT = _header_re("instrument_column_headers")
_SIGNATORY = _header_re("signatory_column_headers")


def _notes_re(section: str) -> re.Pattern[str]:
    alts = phrase_alternation(lexicon.words(_WORDS, section))
    return re.compile(rf"\s*(?:[–—-]|\(|,)\s*(?:{alts})\)?\s*$", re.IGNORECASE)


_IN_FORCE = _notes_re("in_force_notes")
_RENEWAL = _notes_re("renewal_notes")


@dataclass(frozen=True)
class Columns:
    """The columns a header names: the instruments', the signatories' (and the side, as
    its bracket says: "(partner)", "(EPO)")."""

    instrument: int | None
    signatory: int | None
    side: str | None


def header_columns(row: Row) -> Columns | None:
    """The columns a row names, when it is a header: no cell of it holds a figure, and one
    names the instruments' column."""
    if any(re.search(r"\d", c) for c in row.cells):
        return None
    inst = next((i for i, c in enumerate(row.cells) if _INSTRUMENT.fullmatch(c)), None)
    if inst is None:
        return None
    sign = next((i for i, c in enumerate(row.cells) if _SIGNATORY.fullmatch(c)), None)
    side = None
    if sign is not None and (m := _SIGNATORY.fullmatch(row.cells[sign])) is not None:
        side = m.group("side")
    return Columns(instrument=inst, signatory=sign, side=side)


@dataclass(frozen=True)
class Title:
    """An instrument's title as its cell gives it, without the note on the row's date."""

    text: str
    in_force: bool  #: the row's date is when it took effect, not when it was signed


def cell_title(cell: str) -> Title:
    """'Validation agreement – entry into force' -> the agreement, dated by its entry into
    force; 'MoU – renewal' -> the MoU, whose renewal the row dates."""
    m = _IN_FORCE.search(cell)
    if m is not None:
        return Title(cell[: m.start()].strip(), in_force=True)
    m = _RENEWAL.search(cell)
    return Title(cell[: m.start()].strip() if m else cell.strip(), in_force=False)


def for_home(side: str | None, home: OrgEntry | None) -> bool:
    """Whether a signatories' column is the document's own side: its bracket names the home
    organisation ("Signed by (EPO)"); else, or "(partner)", it is the partner's."""
    if not side or home is None:
        return False
    s = side.strip().casefold()
    return any(f.casefold() == s for f in [home.name, *home.forms])
