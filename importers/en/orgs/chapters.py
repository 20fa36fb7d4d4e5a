"""A body's local chapter or branch: "the Chamber's Shanghai Chapter".

An association, a chamber or a society with local chapters names each by its place and the
word "Chapter" or "Branch", after its owner's possessive: "X's Lagos Branch", "the Chamber's
Shanghai Chapter". The chapter signs and is chaired on its own, so it is a body, named with
its owner ("X Shanghai Chapter"); the short form ("Shanghai Chapter") names it again in the
same text.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from store.text import lexicon

_HEADS = lexicon.wordset("en_orgs.txt", "branch_heads")
_PLACE = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}"
_CHAPTER = re.compile(
    rf"['’]s[ \t]+({_PLACE}[ \t]+(?:{'|'.join(sorted(h.title() for h in _HEADS))}))(?![\w’'-])"
)
_KIND = re.compile(r"(?<![\w-])[Tt]he[ \t]+([A-Z][a-z]+)$")


def find_chapters(text: str, orgs: Orgs) -> None:
    """Chapters named after their owner's possessive, and their short forms elsewhere."""
    for m in _CHAPTER.finditer(text):
        if orgs.covered(m.start(1), m.end(1)):
            continue
        owner = _owner(text, m.start(), orgs)
        if owner is None:
            continue
        short = re.sub(r"\s+", " ", m.group(1))
        entry = orgs.add(f"{owner.name} {short}", m.start(1), m.end(1), country=owner.country)
        entry.add_form(short)
        for again in re.finditer(rf"(?<![\w’'-]){re.escape(short)}(?![\w’'-])", text):
            if not orgs.covered(again.start(), again.end()):
                orgs.add_span(entry, again.start(), again.end())


def _owner(text: str, end: int, orgs: Orgs) -> OrgEntry | None:
    """The body whose possessive ends at `end`: a mention, or "the <Kind>" naming the one
    body of that kind the text names before."""
    named = next((e for _, x, e in orgs.mentions if x == end), None)
    if named is not None:
        return named
    m = _KIND.search(text, max(0, end - 30), end)
    if m is None:
        return None
    kind = m.group(1).casefold()
    fits = {
        e.key: e
        for s, _, e in orgs.mentions
        if s < m.start() and kind in re.split(r"\s+(?:of|for|in)\s+", e.name.casefold())[0].split()
    }
    return next(iter(fits.values())) if len(fits) == 1 else None
