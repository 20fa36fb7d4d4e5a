"""An acronym inside a name glossed in brackets: "Guild of BRSA (Board of Registered
Surveyors Accreditation) Members".

A name may hold the acronym of an exam, a programme or a field, and a text may spell that
acronym out in brackets right after it before the name goes on. The bracket is a gloss of
the word before it, not the end of the name nor an acronym of its own: it is read as one only
when the capitalised words in it spell the all-capitals word before it, and the name goes on
with a capitalised word after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

#: Words a spelt-out acronym skips ("Office for the Harmonisation of ...").
_SKIPPED = frozenset({"of", "for", "and", "the", "&", "on", "in"})
#: The most words a gloss holds.
_LONGEST = 10


def gloss_end(words: list[str], j: int) -> int | None:
    """Where the gloss opening at `words[j]` ("(") ends (the index after its ")"), when the
    words in it spell `words[j - 1]` and a capitalised word follows; else None."""
    if j < 1 or words[j] != "(":
        return None
    acronym = words[j - 1]
    if len(acronym) < 2 or not (acronym.isalpha() and acronym.isupper()):
        return None
    close = next(
        (k for k in range(j + 1, min(len(words), j + _LONGEST + 2)) if words[k] == ")"), None
    )
    if (
        close is None
        or close == j + 1
        or close + 1 >= len(words)
        or not words[close + 1][:1].isupper()
    ):
        return None
    inside = [w for w in words[j + 1 : close] if w.casefold() not in _SKIPPED]
    if not inside or not all(w[:1].isupper() for w in inside):
        return None
    return close + 1 if "".join(w[0] for w in inside) == acronym else None


class _Token(Protocol):
    text: str


def past_gloss(toks: Sequence[_Token], j: int) -> int:
    """The index after the gloss opening at `toks[j]`, else `j`."""
    if j < 1 or toks[j].text != "(":
        return j
    end = gloss_end([t.text for t in toks[j - 1 : j + _LONGEST + 3]], 1)
    return j if end is None else j + end - 1
