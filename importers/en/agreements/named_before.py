"""The parties of an instrument the text named before with them: "reviewed how the Harbour
Agreement between A and B would be applied" (a mention, no signing), then "the tasks that
follow from the signing of the Harbour Agreement": the signing is of that instrument,
between A and B, not between the bodies its own sentence happens to name.

Also where the parties a title lists after "between" end (`between_end`), which the title
of the signing itself uses too (parties.py).
"""

from __future__ import annotations

import re

from importers.en.agreements.counterparts import countries_in, orgs_in
from importers.en.agreements.model import Ctx, Mention, unique
from importers.en.agreements.titles import outside_glosses
from importers.en.orgs.model import OrgEntry

_BETWEEN_STOP = re.compile(r"\bon\b|\bfor\b|\bin the field\b")

#: Where a title's sentence ends, for the parties after its "between".
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)|\n")


def between_end(ctx: Ctx, start: int, end: int) -> int:
    """Where the parties a title lists after "between" end: at its next "on" or "for" that is
    not a word of a party's name ("between A and the Saudi Authority for IP on data")."""
    for m in _BETWEEN_STOP.finditer(ctx.text, start, end):
        if not any(a < m.start() < b for a, b, _ in ctx.orgs.between(start, end)):
            return m.start()
    return end


def between_parties(ctx: Ctx, start: int, end: int) -> list[OrgEntry]:
    """The bodies and states listed from `start` (right after "between") to `end`."""
    out: list[OrgEntry] = []
    for a, b in outside_glosses(ctx.text, start, end):  # "between the V4 (A, B and C) and D"
        out += orgs_in(ctx, a, b) + countries_in(ctx, a, b)
    return unique(out)


def parties_named_before(ctx: Ctx, mn: Mention) -> list[OrgEntry]:
    """The two or more parties an earlier "<Title> between A and B" gives the capitalised
    title of this mention, which names none; else nothing."""
    title = mn.title
    if not title[:1].isupper() or len(title.split()) < 2 or " between " in title:
        return []
    at = ctx.text.rfind(f"{title} between ", 0, mn.span[0])
    if at < 0:
        return []
    start = at + len(title) + len(" between ")
    stop = _SENTENCE_END.search(ctx.text, start)
    end = between_end(ctx, start, stop.start() if stop else len(ctx.text))
    parties = between_parties(ctx, start, end)
    return parties if len(parties) >= 2 else []
