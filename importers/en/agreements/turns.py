"""Who says "we" in a transcript's turn: the body of the person whose label opens it.

A hearing, an interview or a panel is written as turns ("Mr Okafor: We renewed our MoU
with ..."): "we", "our" and "I" there are the speaker's, and the speaker's body signed, not
the body the transcript's header names (a committee, a broadcaster) nor another speaker's.
A turn whose speaker holds no post at one body the text names leaves the text's own reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from importers.en.agreements.model import Ctx
from importers.en.orgs.model import OrgEntry
from importers.en.roles.model import PersonEntry
from store.text import fold

#: The label a turn opens its line with: up to four capitalised words (a form of address, a
#: title, a name), maybe a bracket ("CHAIR (Senator Lee)"), a colon, then the speech.
_TURN = re.compile(
    r"[ \t]*((?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*)(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]+(?=\S)"
)


def turn_speaker(ctx: Ctx, pos: int) -> OrgEntry | None:
    """The body of the person whose label opens the line that holds `pos`: the one body
    the text gives that person a post at."""
    line = ctx.text.rfind("\n", 0, pos) + 1
    m = _TURN.match(ctx.text, line)
    if m is None:
        return None
    named = _speaker(ctx, m.group(1))
    if named is None:
        return None
    bodies = {r.org.key: r.org for r in ctx.people.roles if r.person is named and r.org}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _speaker(ctx: Ctx, label: str) -> PersonEntry | None:
    """The person a label names: one of the forms the text names them by ("Ms Okafor"),
    else the one person whose name ends in the label's last word."""
    key = fold(label)
    for p in ctx.people.entries:
        if any(fold(form) == key for form in p.forms):
            return p
    last = fold(label.split()[-1])
    ends = [p for p in ctx.people.entries if any(fold(f.split()[-1]) == last for f in p.forms)]
    return ends[0] if len(ends) == 1 else None


@contextmanager
def speaking(ctx: Ctx, pos: int) -> Iterator[None]:
    """Read what follows as said by the speaker of the turn at `pos`, if it is a turn whose
    speaker's body is known: that body is the "we" (`home`) and the speaker."""
    body = turn_speaker(ctx, pos)
    if body is None:
        yield
        return
    saved = ctx.home, ctx.speaker
    ctx.home = ctx.speaker = body
    try:
        yield
    finally:
        ctx.home, ctx.speaker = saved
