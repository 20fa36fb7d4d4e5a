"""The body that issues one section of a text of several notices: 本局 under its own heading.

A gazette prints the dispatches and notices of several bodies one after another, each under a
line that names its issuer alone (經濟及科技發展局, then 公告 and the notice). Within such a
notice 本局 is that issuer, whichever body the text names first or most often. This is read
only where the text as a whole does not settle the reference (`state.self_references`).
"""

from __future__ import annotations

from importers.zh.orgs.mention import Mention, squash


def section_issuer(text: str, pos: int, kind: str, mentions: list[Mention]) -> Mention | None:
    """The body of `kind` (its name's last character, 局) named alone on the nearest line
    before `pos` that names a body and nothing else, or None."""
    whole = {
        (text.rfind("\n", 0, m.start) + 1): m
        for m in mentions
        if m.source not in ("self", "implied") and _alone_on_line(text, m)
    }
    before = [k for k in whole if k < pos]
    if not before:
        return None
    nearest = whole[max(before)]
    return nearest if nearest.name.endswith(kind) else None


def _alone_on_line(text: str, m: Mention) -> bool:
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start : len(text) if end < 0 else end]
    return bool(line.strip()) and squash(line.strip()) == squash(text[m.start : m.end])
