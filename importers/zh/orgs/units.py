"""Units inside an organisation, and the body a unit or organ belongs to.

A department written after its organisation (大疆 + 知识产权部, 欧洲专利局 + 国际合作部) is
part of a title, not an organisation of its own; an organ of a body (世界知识产权组织成员国
大会) signs as that body.
"""

from __future__ import annotations

import re

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_suffix


def unit_ends() -> tuple[str, ...]:
    """Suffixes that, after a known organisation's name, make a department (部, 处)."""
    return zh_lex.words("unit_ends")


def body_unit_ends() -> tuple[str, ...]:
    """The unit suffixes but the last (室): 办公室 is also a body of its own."""
    return unit_ends()[:-1]


def unit_of(m: Mention, names: set[str], text: str) -> bool:
    """A name found by pattern that is another organisation's name plus a unit (部, 处), or a
    unit written right after another organisation's name (星河 + 法务部)."""
    if m.source != "pattern" or not m.name.endswith(body_unit_ends()):
        return False
    return any(
        text.endswith(n, 0, m.start)
        or (m.name.startswith(n) and len(m.name) - len(n) >= 2 and n != m.name)
        for n in names
    )


def organ_parent(name: str) -> str | None:
    """世界知识产权组织(WIPO)成员国大会 -> 世界知识产权组织: the body an organ (assembly,
    committee) belongs to, or None when `name` is not an organ of a named body."""
    for organ in longest_first(zh_lex.words("organ_suffixes")):
        if name.endswith(organ) and len(name) > len(organ) + 2:
            head = re.sub(r"\([^()]*\)$", "", name[: -len(organ)]).strip()
            return head if len(head) >= 2 and org_suffix(head) else None
    return None
