"""A French title quoted in English keeps its French field: "Directrice de la Coopération".

English text about a francophone office writes its officials' titles as the office does
("NAME, Chef du service des relations internationales at X"). The field follows the title
in French, with its prepositions and often in lower case, so the English reading of a
title's field ("of X", capitalised words) finds none; here it is read up to the English
word or the punctuation that ends it.
"""

from __future__ import annotations

import re

from importers.en.orgs.romance import ROMANCE_PREPOSITIONS
from importers.en.words import ROMANCE_CONNECTORS
from store.text import lexicon

_FRENCH = frozenset(t.casefold() for t in lexicon.wordset("en_titles.txt", "french_title_bases"))
_ENDS = lexicon.wordset("en_titles.txt", "french_field_ends")
_WORD = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")
_ELIDED = re.compile(r"[dl]['’](?=[^\W\d_])", re.IGNORECASE)
#: What may follow a field that ends there: punctuation, a line's end, "at X" or "of X".
_CLOSED = re.compile(r"[ \t]*(?:[,;:()–—.]|$|\n)|[ \t]+(?:at|of|in)[ \t]", re.MULTILINE)
_LONGEST = 10
_JOINERS = ROMANCE_CONNECTORS | ROMANCE_PREPOSITIONS


def is_french(title: str) -> bool:
    return title.casefold() in _FRENCH


def french_field_end(text: str, pos: int, title: str) -> int:
    """Where the French field after `title` (ending at `pos`) ends; `pos` when there is none.
    The field opens with a preposition ("de", "des", "d'"); it runs over French words to an
    English word or punctuation, and is kept whole only when that closes it ("... at X");
    otherwise ("des Affaires Juridiques signed the text") it ends at its last capitalised
    word."""
    if not is_french(title):
        return pos
    first = _WORD.match(text, pos)
    if first is None or not (
        first.group(1).casefold() in ROMANCE_PREPOSITIONS or _ELIDED.match(first.group(1))
    ):
        return pos
    end = capitalised = pos
    k = pos
    for _ in range(_LONGEST):
        m = _WORD.match(text, k)
        if m is None or m.group(1).casefold() in _ENDS:
            break
        word = _ELIDED.sub("", m.group(1))
        k = m.end()
        if m.group(1).casefold() in _JOINERS:
            continue
        end = k
        if word[:1].isupper():
            capitalised = k
    return end if _CLOSED.match(text, end) else capitalised
