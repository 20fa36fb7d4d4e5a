"""An organisation mention, and the choice among mentions that overlap."""

from __future__ import annotations

import re
from dataclasses import dataclass

from importers.gazetteer import RefOrg


@dataclass
class Mention:
    """One stretch of the cleaned text that names an organisation."""

    start: int
    end: int
    name: str  # surface form, white space between Chinese characters removed
    ref: RefOrg | None = None
    source: str = "pattern"  # gazetteer, pattern, alias, latin, branch, table


def squash(name: str) -> str:
    """Display form of a name: no white space between Chinese characters."""
    name = re.sub(r"\s+", " ", name).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", name)


def select(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, the longest first (新加坡知识产权局国际事务机构 over
    新加坡知识产权局), a reference match before a pattern of the same length."""
    rank = {"gazetteer": 0, "alias": 1, "latin": 2, "branch": 2, "pattern": 3, "table": 3}
    taken: list[Mention] = []
    used = [False] * (max((m.end for m in mentions), default=0) + 1)
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), rank.get(m.source, 9), m.start)):
        if m.source == "drop" or any(used[m.start : m.end]):
            continue
        for k in range(m.start, m.end):
            used[k] = True
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)
