"""A title held at an organ of the body the text names by its kind: "Chairman of the
Organization's Administrative Council NAME".

A text that has named one body with a head noun ("the X Patent Organization") may call it by
that noun alone with a possessive before one of its organs or units. The post is at the body;
the organ stays in the title, and is no organisation of its own.
"""

from __future__ import annotations

import re
from collections import Counter

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.orgs.owners import NAMED_ORGAN_HEADS
from store.text import lexicon

_KINDS = lexicon.wordset("en_roles.txt", "own_body_kinds")
#: " of the Organization's ": the kind, capitalised, with its possessive.
_OF_KIND = re.compile(r"[ \t]+of[ \t]+the[ \t]+([A-Z][a-z]+)['’]s[ \t]+")


def kind_unit_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int, str] | None:
    """(the body, where its organ's name ends, the title's addition) for "of the <Kind>'s
    <Organ>" at `pos`, when the text reads the organ as a name: the body of that kind the text
    has named most often before (a tie names none); None otherwise."""
    m = _OF_KIND.match(text, pos)
    if m is None or m.group(1).casefold() not in _KINDS:
        return None
    found = orgs.at(m.end())
    organ_end = found[1] if found is not None else _organ_end(text, m.end())
    if organ_end is None:
        return None
    kind = m.group(1).casefold()
    said = Counter(
        e.key
        for _, end, e in orgs.mentions
        if end <= pos
        and (found is None or e is not found[2])
        and e.name.casefold().split()[-1] == kind
    ).most_common(2)
    if not said or (len(said) == 2 and said[0][1] == said[1][1]):
        return None  # no body of that kind named before, or two named as often
    body = next(e for e in orgs.entries if e.key == said[0][0])
    orgs.unit_spans.add((m.end(), organ_end))
    return body, organ_end, re.sub(r"\s+", " ", text[pos:organ_end])


#: A capitalised word of an organ's name.
_WORD = re.compile(r"([A-Z][a-z]+)[ \t]*")


def _organ_end(text: str, pos: int) -> int | None:
    """Where an organ's name read as no body ends ("Administration Council", the body's own
    organ after its possessive): up to four capitalised words, the last an organ's head."""
    for _ in range(4):
        w = _WORD.match(text, pos)
        if w is None:
            return None
        if w.group(1).casefold() in NAMED_ORGAN_HEADS:
            return w.end(1)
        pos = w.end()
    return None
