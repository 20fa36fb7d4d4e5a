"""A body "under" another: "the Academy under the Ministry of X", "the Institute under the
President of the Republic of Y". The chunker joins such a body to what it sits under, so the
name stays whole; kept apart from importers.en.orgs.chunks, which only asks these two
questions of its token run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from importers.en.orgs.tokens import is_head
from importers.en.words import UNDER_PARENTS
from store.text import lexicon

if TYPE_CHECKING:
    from importers.en.orgs.chunks import Tok

#: Heads of state a body sits "under", by title: "under the President of the Republic of X".
UNDER_HOLDERS = lexicon.wordset("en_orgs.txt", "under_holders")


def under_parent(toks: list[Tok], j: int) -> bool:
    """ "under" at `j` joins a body to the ministry or government it sits under, or to the
    head of state's office named by title and state ("under the President of X")."""
    k = j + 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    if k < len(toks) and toks[k].cap and toks[k].low in UNDER_HOLDERS:
        return under_holder(toks, j) is not None
    return k < len(toks) and toks[k].cap and toks[k].low in UNDER_PARENTS


def under_holder(toks: list[Tok], j: int) -> int | None:
    """The index of the title in "under the President of ..." that opens at `j`, or None."""
    k = j + 2
    if (
        k + 1 < len(toks)
        and toks[j + 1].low == "the"
        and toks[k].cap
        and toks[k].low in UNDER_HOLDERS
        and toks[k + 1].low == "of"
    ):
        return k
    return None


#: Words that open a body's field after its head: "Agency for ...", "Service on ...".
_FIELD_OPENERS = lexicon.wordset("en_orgs.txt", "under_field_openers")
#: Lower-case words inside such a field: "for Patents and Innovation".
_FIELD_JOINERS = lexicon.wordset("en_orgs.txt", "under_field_joiners")


def field_before_under(run: list[Tok]) -> bool:
    """'the State Agency for Patents and Innovation under the Cabinet of X': a body's head
    followed by its field ("for" and capitalised words) sits "under" its parent as a head
    right before "under" does, so the name goes on past "under" as well."""
    heads = [k for k, t in enumerate(run) if is_head(t)]
    if not heads or heads[-1] + 2 >= len(run):
        return False
    field = run[heads[-1] + 1 :]
    return field[0].low in _FIELD_OPENERS and all(
        t.cap or t.low in _FIELD_JOINERS for t in field[1:]
    )


def joins_under(toks: list[Tok], j: int, run: list[Tok]) -> bool:
    """Whether the run so far goes on past the "under" at `j`: it sits under a parent
    (`under_parent`) and ends with its head, or with its head's field."""
    return under_parent(toks, j) and (is_head(run[-1]) or field_before_under(run))
