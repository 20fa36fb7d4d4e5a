"""Parties a title names by country, restated by the bodies that signed.

A headline may name an agreement's parties by their countries ("Cabinet approves MoU between
India and Australia", "India, UK ink MoUs on IPR"), which the party rules read as each
country's office, a guess; the
story then names the agreement again between the bodies themselves ("the MoU between the
Department for X, Ministry of Y, Government of India, and IP Australia"). Those bodies, less
the parents set off by commas after the first, are the parties.
"""

from __future__ import annotations

import re

from importers.en.agreements.counterparts import countries_in, orgs_in
from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, Found, unique
from importers.en.agreements.parties import appositions
from importers.en.orgs.model import OrgEntry

#: After an agreement noun: its short name in brackets, then "between", or its topic and
#: the verb of its signing first ("MoU on patents was inked between").
_BETWEEN = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?(?:on\s+(?:[\w&-]+\s+){1,4}?)?"
    r"(?:(?:was|were|has\s+been|have\s+been)\s+(?:signed|inked|concluded)\s+)?between\s+"
)

#: Where a list of parties after "between" ends: the topic, a purpose or the sentence's end.
_LIST_END = re.compile(r"[.;:]|\s(?:on|for|to|in\s+the\s+field)\s")


def restate_parties(ctx: Ctx, found: list[Found]) -> None:
    """Give an agreement whose title names its parties by country only the bodies a
    re-mention of the same kind names between them, when they stand for those countries."""
    for f in found:
        s, e = f.span
        between = re.search(r"\bbetween\b", ctx.text[s:e])
        guessed = any(p.described for p in f.parties)  # "IP authority of India"
        if between is None and not guessed:
            continue
        bs = s + between.end() if between else e
        if between and not guessed and (orgs_in(ctx, bs, e) or not countries_in(ctx, bs, e)):
            continue
        named = _bodies_between(ctx, f)
        if len(named) == len(f.parties) >= 2 and _same_countries(f.parties, named):
            f.parties = named


def _bodies_between(ctx: Ctx, f: Found) -> list[OrgEntry]:
    """The bodies the first other mention of f's kind lists after "between"."""
    text = ctx.text
    for m in NOUN_RE.finditer(text):
        if f.span[0] <= m.start() < f.span[1] or kind_of(m) != f.kind:
            continue
        b = _BETWEEN.match(text, m.end())
        if b is None:
            continue
        stop = _list_end(ctx, b.end())
        bodies = orgs_in(ctx, b.end(), stop)
        parents = appositions(ctx, b.end(), stop)
        return unique([o for o in bodies if o not in parents])
    return []


def _list_end(ctx: Ctx, start: int) -> int:
    """The end of the party list from `start`: the first stop outside a body's name."""
    for m in _LIST_END.finditer(ctx.text, start, start + 400):
        if not any(a < m.start() < b for a, b, _ in ctx.orgs.between(start, m.end() + 80)):
            return m.start()
    return min(len(ctx.text), start + 400)


def _same_countries(guessed: list[OrgEntry], named: list[OrgEntry]) -> bool:
    """Whether the named bodies stand for the guessed parties: each named body is one of
    them, or of one of their countries, or of no known country (a department the reference
    data does not place); none is of another country."""
    countries = {g.country for g in guessed}
    return all(n in guessed or n.country is None or n.country in countries for n in named)
