"""A union of states' body named short by the union's acronym and the body's head: "the EU
Observatory" for "the European Observatory on Y", "the AU Commission" for "the African Union
Commission".

Such bodies are known by the acronym and their head more than by their full names, and a
headline uses the short form before the story names the body in full; in one text that
names one such body in full, the short form is that body, in whichever order they come.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs, merge
from importers.en.word_patterns import key_values
from importers.en.words import ORG_HEADS

#: A union's acronym to the adjective (or name) its bodies' full names open with.
_UNION_ADJECTIVES = key_values("en_orgs.txt", "union_adjectives")


def join_union_short_forms(orgs: Orgs) -> None:
    """Merge "<ACR> <Head>" into the one body named "<Adjective> [...] <Head>" in full."""
    for short in list(orgs.entries):
        if short.ref is not None or short not in orgs.entries:
            continue
        fulls = _fulls(short, orgs)
        if len(fulls) == 1:
            merge(orgs, fulls[0], short)


def _fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    words = short.name.split()
    if len(words) != 2 or words[0] not in _UNION_ADJECTIVES:
        return []
    opening, head = f"{_UNION_ADJECTIVES[words[0]]} ".casefold(), words[1].casefold()
    if head not in ORG_HEADS:
        return []
    return [
        e
        for e in orgs.entries
        if e is not short
        and any(
            f.casefold().startswith(opening) and _head_of(f.casefold()) == head for f in e.forms
        )
    ]


def _head_of(name: str) -> str:
    """The last word before a name's complement: "observatory" of "european observatory on
    x of y"."""
    return re.split(r" (?:on|of|for) ", name, maxsplit=1)[0].split()[-1]
