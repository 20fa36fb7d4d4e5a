"""Pairs of a body named and then given its short form right after it, the two kept apart
(review pairs.py asks for them): a text writes "某国某某局ABC" or "the Seed Board of
Ruritania (SBR)", and the extraction resolves the short form to a body of the reference data
or of another text while the name before it stays a body of its own. One document's two
mentions of two organisations that abut, nothing but space or an opening bracket between
them, one a short form (capitals, perhaps a hyphen: ABC, AbC, ABC-R) and the other a longer
name, may be one body: a text puts a name's short form right after it, seldom another
body's. Read from the mentions' spans in a query of their own, once per read of the
candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

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

#: each organisation mention and the next one in its document, where the next starts at most
#: GAP characters after it ends, with the text between them
SQL = (
    'SELECT m.target_id, m.surface, m.nxt, m.nxt_surface, substr(d.text, m."end" + 1,'
    ' m.nxt_start - m."end") FROM (SELECT document_id, target_id, surface, "end",'
    " LEAD(target_id) OVER w AS nxt, LEAD(surface) OVER w AS nxt_surface,"
    " LEAD(start) OVER w AS nxt_start FROM mention WHERE target_type = 'organisation'"
    " WINDOW w AS (PARTITION BY document_id ORDER BY start)) m"
    " JOIN document d ON d.id = m.document_id"
    f' WHERE m.nxt != m.target_id AND m.nxt_start BETWEEN m."end" AND m."end" + {GAP}'
)


def short_form(surface: str) -> bool:
    """A short form a text puts after a name: ABC, MyABC, ABC-R."""
    return surface.isascii() and _SHORT.fullmatch(surface) is not None


def apposed_of(rows: Iterable[Any]) -> dict[int, dict[int, tuple[str, str]]]:
    """From SQL's rows: each organisation -> the others whose short form (or name) a text
    writes right after its name (or short form) -> (its surface, the other's)."""
    out: dict[int, dict[int, tuple[str, str]]] = {}
    for a, a_surface, b, b_surface, between in rows:
        if not _BETWEEN.fullmatch(between or ""):
            continue
        if short_form(a_surface) == short_form(b_surface):
            continue  # two names, or two short forms: a list, or a heading run into a name
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
