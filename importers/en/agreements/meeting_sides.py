"""A statement adopted at a meeting named after its two sides: those sides are its parties.

"At the First Kestrel-ASEAN Heads of IP Offices Meeting ..., the Bay Statement was adopted":
the sentence names no body that adopts it (or only one side, in passing), but the
meeting's name joins two sides with a hyphen before its head noun. Each side is the body
the text names so (a group of states, "ASEAN") or, for a country, that country's body the
text names (its IP office). A statement named so (not a "joint" one) that has fewer than
two sides even then ("the Modern Slavery Statement" a company publishes, "the General
Statement of the Delegation of X") is one body's words, no instrument.
"""

from __future__ import annotations

import re

from importers.en.agreements.counterparts import countries_in
from importers.en.agreements.groups import ADOPTED_TOGETHER
from importers.en.agreements.model import Ctx, Found
from importers.en.orgs.model import OrgEntry
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon
from store.text.sentences import sentence_bounds

_HEADS = phrase_alternation(lexicon.words("en_agreements.txt", "paired_meeting_heads"))

#: "the Kestrel-ASEAN Heads of IP Offices Meeting": two capitalised sides joined by a dash,
#: then up to eight words of the meeting's name before its head noun.
_PAIRED = re.compile(
    r"\b(?P<a>[A-Z][\w’']+)\s?[-–]\s?(?P<b>[A-Z][\w’']+)\s+"
    rf"(?:(?:[A-Z][\w-]*|of|on|and|for)\s+){{0,8}}?(?i:{_HEADS})\b"
)


def meeting_sides(ctx: Ctx, found: list[Found]) -> None:
    """Give each statement adopted with no party named, or only one of the sides, the two
    sides of the meeting its sentence names, when the text names a body for each."""
    for f in found:
        if len(f.parties) > 1 or f.kind not in ADOPTED_TOGETHER:
            continue
        s, e = f.span
        m = _PAIRED.search(ctx.text, *sentence_bounds(ctx.text, s, e))
        if m is None:
            continue
        sides = [_side(ctx, m, g) for g in ("a", "b")]
        if all(sides) and sides[0] is not sides[1] and all(p in sides for p in f.parties):
            f.parties = [o for o in sides if o is not None]


def drop_lone_statements(found: list[Found]) -> list[Found]:
    """The agreements less each named statement ("the X Statement", no "joint") of fewer
    than two parties: one body's words."""
    return [
        f
        for f in found
        if not (
            f.kind == "joint_statement"
            and _NAMED_STATEMENT.search(f.title)
            and not _JOINT.search(f.title)
            and len(f.parties) < 2
        )
    ]


_NAMED_STATEMENT = re.compile(r"\bStatement\b")
_JOINT = re.compile(r"\bjoint\b", re.IGNORECASE)


def _side(ctx: Ctx, m: re.Match[str], group: str) -> OrgEntry | None:
    """The body one side of the meeting's name stands for: itself, or its country's."""
    named = ctx.orgs.lookup(m.group(group))
    if named is not None:
        return named
    countries = countries_in(ctx, m.start(group), m.end(group))
    return countries[0] if len(countries) == 1 else None
