"""某组织甲学院以及乙办公室 + 执行主任 + 某某: a title over two units of one body.

A holder may direct two units of a body at once, and the text names both before the title,
the first with the body's name in front of it (the body named alone elsewhere in the text)
and the second joined to it by 以及 (和, 、). The post is held at that body, with both units
in the title as written; the second unit, named only there, is no organisation of its own.
The first keeps its own mention: the text may speak of it as a body too.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.roles import PersonHit


def chained_units(text: str, hits: list[PersonHit], orgs: list[Mention]) -> list[Mention]:
    """Put each such holder at the body and the units in the title; return the mentions
    left (the second unit's goes where the text names it only in the title)."""
    named = {m.name: m for m in orgs if m.source not in ("implied", "self")}
    by_end = {m.end: m for m in orgs}
    gone: set[int] = set()
    for h in hits:
        second, title = h.org, h.title or ""
        if second is None or not title or text[second.end : h.start].strip() != title:
            continue
        joiner = next(
            (j for j in zh_lex.words("unit_joiners") if text.endswith(j, 0, second.start)), None
        )
        first = by_end.get(second.start - len(joiner)) if joiner else None
        if first is None:
            continue
        body = max(
            (n for n in named if first.name.startswith(n) and n != first.name),
            key=len,
            default=None,
        )
        if body is None or not text.startswith(body, first.start):
            continue
        h.org, h.span_start = named[body], first.start
        h.title = text[first.start + len(body) : second.end] + title
        if sum(m.name == second.name for m in orgs) == 1:
            gone.add(id(second))
    return [m for m in orgs if id(m) not in gone]
