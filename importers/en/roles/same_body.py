"""A body named again by its kind: "at the Embassy", "at the same ministry".

A text that has just named a body ("a corporation under Kenya's Ministry of X") may name it
again by its head noun alone with "the same"; the post is held at the last body of that kind
named before the title.
"""

from __future__ import annotations

import re

from importers.en.orgs.bare_offices import one_spelling
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.definite import head_noun
from importers.en.words import HONORIFICS, ORG_HEADS
from store.text import lexicon

_SAME = re.compile(r"\s+(?:of|at|in|for)\s+the\s+same\s+([a-z]+)\b")


def same_body_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """The body "the same <kind>" after a title at `pos` refers to, and where it ends."""
    m = _SAME.match(text, pos)
    if m is None or m.group(1) not in ORG_HEADS:
        return None
    head = m.group(1)
    before = [
        (e, x)
        for s, x, e in orgs.mentions
        if x <= pos and head in re.findall(r"[\w-]+", e.name.casefold())
    ]
    if not before:
        return None
    return max(before, key=lambda ex: ex[1])[0], m.end()


_DEFINITE_HEADS = lexicon.wordset("en_roles.txt", "definite_body_heads")
_DEFINITE_BODY = re.compile(r"\s+(?:of|at)\s+the\s+([A-Z][a-z]+)(?![\w’'-])(?![ \t]+[A-Z])")
_DEFINITE_ADDRESSED = re.compile(
    rf"\s+(?:of|at)\s+the\s+([A-Z][a-z]+)(?=,?[ \t]+(?:{HONORIFICS})[ \t]|,[ \t]+[A-Z][a-z])"
)


def definite_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """ "Programme Officer at the Embassy": the one body of that kind ("Embassy of X") the
    text has named before."""
    m = _DEFINITE_BODY.match(text, pos)
    if m is None or m.group(1).casefold() not in _DEFINITE_HEADS:
        # "Director General of the Office Mr. NAME", "Chairman of the Center, Mr. NAME",
        # "Director of the Institute, NAME,": any body's kind, its holder named next
        m = _DEFINITE_ADDRESSED.match(text, pos)
    if m is None:
        return _kind_after(text, pos, orgs)
    if m.group(1).casefold() not in (_DEFINITE_HEADS | ORG_HEADS):
        return None
    head = one_spelling(m.group(1).casefold())
    fits = [
        e
        for e in orgs.entries
        if e.spans and min(e.spans)[0] < pos and any(head in _words(n) for n in e.all_names())
    ]
    return (fits[0], m.end()) if len(fits) == 1 else None


def _words(name: str) -> list[str]:
    """A name's words, lower case and in one spelling ("the Center" names a "... Centre"
    as well: either spelling of a kind, resolve.txt spellings_en)."""
    return one_spelling(name.casefold()).split()


_KIND_BODY = re.compile(
    r"\s+(?:of|at)\s+the\s+([a-z]+)(?![\w’'-])(?!\s+(?:of|for|in|on)\s)(?![ \t]+[A-Za-z])"
)


def _kind_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """ "NAME, director-general of the department": a body's kind in lower case after a
    title, closing the phrase, names the one body with that head noun named before it."""
    m = _KIND_BODY.match(text, pos)
    if m is None or m.group(1) not in ORG_HEADS:
        return None
    fits = {e.key: e for s, _, e in orgs.mentions if s < pos and head_noun(e.name) == m.group(1)}
    return (next(iter(fits.values())), m.end()) if len(fits) == 1 else None


_IN_BODY = re.compile(r"\s+in\s+(?:the\s+)?(?:([\w-]+)['’]s\s+)?")


def body_in(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """'Principal Secretary for Industry in Kenya's Ministry of X': after a title's own field,
    "in" a body the text names gives the body the post is held at (a country's possessive
    before it is no part of the link)."""
    m = _IN_BODY.match(text, pos)
    if m is None:
        return None
    hit = orgs.at(m.end()) or (orgs.at(m.start(1)) if m.group(1) else None)
    return (hit[2], hit[1]) if hit else None


_IN_DEFINITE = re.compile(r"\s+in\s+the\s+([A-Z][a-z]+)(?![\w’'-])(?![ \t]+[A-Z])")


def owner_in(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """'Director of the X Department in KIPO', '... in the Office': the body a unit named
    after a title belongs to, named after "in", or by its head noun alone when the text has
    named one body with that head before."""
    named = body_in(text, pos, orgs)
    m = _IN_DEFINITE.match(text, pos) if named is None else None
    if m is None or m.group(1).casefold() not in ORG_HEADS:
        return named
    head = m.group(1).casefold()
    fits = {
        e.key: e
        for s, x, e in orgs.mentions
        if x <= pos and e.name.casefold().split()[-1:] == [head]
    }
    return (next(iter(fits.values())), m.end()) if len(fits) == 1 else None
