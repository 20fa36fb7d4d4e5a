"""Names in French, Spanish, Portuguese or Italian inside English text: written head first.

"Université de Lomé", "Centre de Médiation de l'Office", "Universidad Nacional de Asunción":
the head opens the name and its complement follows, joined by the language's prepositions
and elided articles ("d'Arbitrage", "l'Office"). The English rule that a name ends at its
head would keep the head alone, which is no name; these rules let such a name run on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from importers.en.words import ROMANCE_CONNECTORS
from store.text import lexicon

if TYPE_CHECKING:
    from importers.en.orgs.chunks import Tok

_ORGS = "en_orgs.txt"
ROMANCE_HEADS = lexicon.wordset(_ORGS, "romance_heads")
ROMANCE_PREPOSITIONS = lexicon.wordset(_ORGS, "romance_prepositions")
_ELISION = re.compile(
    "(?:"
    + "|".join(re.escape(e[:-1]) + "['’]" for e in sorted(lexicon.words(_ORGS, "romance_elisions")))
    + r")(?=[A-Z])",
    re.IGNORECASE,
)


def elided(tok: Tok) -> bool:
    """'d'Arbitrage', 'l'Office': an elided article glued to a capitalised word, a word of a
    head-first name (the token is written in lower case, so it is not capitalised itself)."""
    m = _ELISION.match(tok.text)
    return m is not None and m.start() == 0 and tok.text[:1].islower()


def _named_word(tok: Tok) -> bool:
    return tok.cap or elided(tok)


def joins(toks: list[Tok], j: int) -> bool:
    """Whether the Romance connectors from `j` ("et de", "de la") lead to a capitalised word
    or an elided one: "Centre d'Arbitrage et de Médiation" goes on over "et de"."""
    k = j
    while k < len(toks) and toks[k].low in ROMANCE_CONNECTORS:
        k += 1
    return k > j and k < len(toks) and _named_word(toks[k])


def head_first_end(seg: list[Tok], start: int, head: int) -> int | None:
    """Where a name that opens with its head ends, or None when it is no such name: the
    head is a Romance one ("Université Cheikh X") or a Romance preposition or elision
    follows it ("Centre de ...", "Centre d'..."); the name runs over capitalised words and
    connectors up to a bracket."""
    if head != start or head + 1 >= len(seg):
        return None
    nxt = seg[head + 1]
    if not (seg[head].low in ROMANCE_HEADS or nxt.low in ROMANCE_PREPOSITIONS or elided(nxt)):
        return None
    end = head
    k = head + 1
    while k < len(seg) and seg[k].text != "(":
        if _named_word(seg[k]):
            end = k
        elif seg[k].low not in ROMANCE_CONNECTORS and seg[k].low not in ROMANCE_PREPOSITIONS:
            break
        k += 1
    return end if end > head else None


def romance_acronym_end(seg: list[Tok], start: int, end: int) -> int:
    """A name whose head comes first and runs on to its acronym: "Organisation Africaine de
    la Propriété Intellectuelle (OAPI)", "Instituto Nacional da Propriedade Industrial (INPI)".
    The acronym's first letter is the name's."""
    k = end + 1
    while k < len(seg) and seg[k].text != "(" and (seg[k].cap or seg[k].low in ROMANCE_CONNECTORS):
        k += 1
    if k == end + 1 or k + 2 >= len(seg) or start >= len(seg):
        return end
    if seg[k].text == "(" and seg[k + 2].text == ")" and seg[k + 1].text[:1] == seg[start].text[:1]:
        return k - 1
    return end
