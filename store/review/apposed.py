"""Pairs of a body named and then given its short form right after it, the two kept apart
(review pairs.py asks for them): a text writes "某国某某局ABC" or "the Seed Board of
Ruritania (SBR)", and the extraction resolves the short form to a body of the reference data
or of another text while the name before it stays a body of its own. One document's two
mentions of two organisations that abut, nothing but space or an opening bracket between
them, one a short form (capitals, perhaps a hyphen: ABC, AbC, ABC-R) and the other a longer
name, may be one body: a text puts a name's short form right after it, seldom another
body's. Read from the mentions' spans, and the text between two that abut, in queries of
their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from sqlmodel import Session

from store.review.visibility import fetch_rows

if TYPE_CHECKING:
    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]
#: what may stand between a name and its short form: space, an opening bracket
_BETWEEN = re.compile(r"\s*[(（]?\s*")
#: a short form: two capitals or more, perhaps lower-case letters and a hyphen among them
_SHORT = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z-]{1,9}")
#: how many characters may stand between the two mentions
GAP = 2
#: every organisation mention (read through the index on its kind: in document order, a
#: sort of the whole table costs forty times more on a large base)
SQL = (
    'SELECT document_id, start, "end", target_id, surface FROM mention'
    " WHERE target_type = 'organisation'"
)


def short_form(surface: str) -> bool:
    """A short form a text puts after a name: ABC, MyABC, ABC-R."""
    return surface.isascii() and _SHORT.fullmatch(surface) is not None


def read_apposed(session: Session) -> dict[int, dict[int, tuple[str, str]]]:
    """Each organisation -> the others whose short form (or name) a text writes right after
    its name (or short form) -> (its surface, the other's): the mentions in order, and the
    text between two that abut read only for a name and a short form."""
    rows = sorted(fetch_rows(session, SQL))
    found = []
    for (doc, _s, end, a, a_surface), (doc2, start, _e, b, b_surface) in pairwise(rows):
        abut = doc == doc2 and a != b and end <= start <= end + GAP
        if abut and short_form(a_surface or "") != short_form(b_surface or ""):
            found.append((doc, end, start, a, a_surface, b, b_surface))
    out: dict[int, dict[int, tuple[str, str]]] = {}
    for doc, end, start, a, a_surface, b, b_surface in found:
        between = fetch_rows(
            session,
            "SELECT substr(text, :at, :n) FROM document WHERE id = :d",
            at=end + 1,
            n=start - end,
            d=doc,
        )
        if between and _BETWEEN.fullmatch(between[0][0] or ""):
            out.setdefault(a, {})[b] = (a_surface, b_surface)
            out.setdefault(b, {})[a] = (b_surface, a_surface)
    return out


def apposed(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each pair of organisations a text names one right after the other, a name and a short
    form: (ids, "apposed", the name as written, the short form). (MAX_BLOCK bounds no
    block here: each pair is read from two spans.)"""
    del max_block
    for e in entities.values():
        for other, (mine, theirs) in e.apposed.items():
            if e.id < other and other in entities:
                name, short = (theirs, mine) if short_form(mine) else (mine, theirs)
                yield (e.id, other), "apposed", name, short
