"""A state's abbreviation written with full stops ("P.R.C", "U.A.E."), one word of a name.

"Office of the P.R.C (X)" ends with the state as much as "Office of the PRC" does; read
letter by letter, the name would stop at "P". Only abbreviations of three letters or more
that the countries table holds undotted are joined: "U.S." keeps the rules written for it.
A form the table holds with its initials dotted before a word ("P.R. China") is one word
too, whatever the spaces between.
"""

from __future__ import annotations

import re

from importers.en.words import COUNTRIES
from importers.guarded import guarded

#: Capitals joined by full stops, without the stop that may end the sentence.
_DOTTED = re.compile(r"(?<![\w.])[A-Z](?:\.[A-Z]){2,}(?![\w’'-])")
_STATES = frozenset(n for ns in COUNTRIES.values() for n in ns if n.isupper() and len(n) >= 3)
#: "P.R. China": the table's forms of initials with full stops and then a word.
_INITIALLED = guarded(
    r"(?<![\w.])(?:"
    + "|".join(
        r"\s*".join(re.escape(part) for part in re.split(r"(?<=\.)\s*", n))
        for ns in COUNTRIES.values()
        for n in ns
        if re.fullmatch(r"(?:[A-Z]\.)+\s*[A-Z][a-z]+", n)
    )
    + r")(?![\w’'-])"
)


def dotted_states(text: str) -> list[tuple[int, int]]:
    """Spans of the dotted abbreviations of states in `text`, each to be one token."""
    dotted = [
        (m.start(), m.end())
        for m in _DOTTED.finditer(text)
        if m.group().replace(".", "") in _STATES
    ]
    return sorted(dotted + [(m.start(), m.end()) for m in _INITIALLED.finditer(text)])
