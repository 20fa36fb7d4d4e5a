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
from functools import lru_cache

from importers.en.agreements.counterparts import countries_in, orgs_in
from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, Found, unique
from importers.en.agreements.parties import appositions
from importers.en.orgs.model import OrgEntry

#: After an agreement noun: its short name in brackets, then "between", or its topic and
#: the verb of its signing first ("MoU on patents was inked between").
_BETWEEN = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?(?:on\s+(?:[\w&-]+\s+){1,4}?)?"
    r"(?:,?\s*(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:signed|inked|concluded)\s+)?"
    r"between\s+"
)

#: Where a list of parties after "between" ends: the topic, a purpose or the sentence's end.
_LIST_END = re.compile(r"[.;:]|\s(?:on|for|to|in\s+the\s+field)\s")


def restate_parties(ctx: Ctx, found: list[Found]) -> list[Found]:
    """Give an agreement whose title names its parties by country only the bodies a
    re-mention of the same kind names between them, when they stand for those countries.
    An agreement the text first says two states signed ("the Government of X and the
    Republic of Y have signed an MoU": only X's government is a body) takes the bodies its
    re-mention names ("This MoU, signed between X's Ministry of A and Y's B"), and that
    re-mention is no second agreement."""
    out = list(found)
    for f in found:
        s, e = f.span
        between = re.search(r"\bbetween\b", ctx.text[s:e])
        guessed = any(p.described for p in f.parties)  # "IP authority of India"
        states = _by_states(f)
        if between is None and not guessed and not states:
            continue
        bs = s + between.end() if between else e
        if (
            between
            and not guessed
            and not states
            and (orgs_in(ctx, bs, e) or not countries_in(ctx, bs, e))
        ):
            continue
        at, named = _bodies_between(ctx, f)
        if states and _stand_for_states(f.parties, named):
            f.parties = named
            out = [g for g in out if not _restated_by(g, f, at)]
        elif len(named) == len(f.parties) >= 2 and _same_countries(f.parties, named):
            f.parties = named
    return out


def _by_states(f: Found) -> bool:
    """Whether f's only party is a state's government, the other side of the signing
    having been named as a country that is no body."""
    return len(f.parties) == 1 and all(
        p.kind == "government" and p.place is not None for p in f.parties
    )


def _stand_for_states(governments: list[OrgEntry], named: list[OrgEntry]) -> bool:
    """Whether bodies named between stand for the states that signed: two or more, and a
    body of each government's country among them (the other side's country was no body)."""
    countries = {g.country for g in governments}
    return len(named) >= 2 and None not in countries and countries <= {n.country for n in named}


def _restated_by(g: Found, f: Found, at: int) -> bool:
    """Whether g is the re-mention at `at` that restated f's parties."""
    return (
        g is not f
        and g.kind == f.kind
        and g.span[0] <= at < g.span[1]
        and (set(map(id, g.parties)) <= set(map(id, f.parties)))
    )


def _bodies_between(ctx: Ctx, f: Found) -> tuple[int, list[OrgEntry]]:
    """The bodies the first other mention of f's kind lists after "between", and where
    that mention's noun starts (-1 when there is none)."""
    for start, kind, after in _nouns_before_between(ctx.text):
        if f.span[0] <= start < f.span[1] or kind != f.kind:
            continue
        stop = _list_end(ctx, after)
        bodies = orgs_in(ctx, after, stop)
        parents = appositions(ctx, after, stop)
        return start, unique([o for o in bodies if o not in parents])
    return -1, []


@lru_cache(maxsize=4)
def _nouns_before_between(text: str) -> tuple[tuple[int, str, int], ...]:
    """Each agreement noun followed by "between": where it starts, its kind, and where the
    list after "between" starts. Read once per text: every candidate agreement asked for
    them, walking all the text's nouns again (a long story's were 3% of reading it)."""
    out = []
    for m in NOUN_RE.finditer(text):
        b = _BETWEEN.match(text, m.end())
        if b is not None:
            out.append((m.start(), kind_of(m), b.end()))
    return tuple(out)


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
