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


def general_office(m: Mention) -> Mention:
    """云南省知识产权局 + 办公室: a body's general office named right after the body's full
    name is an internal unit (a signature line, a contact), so the mention is of the body. A
    committee's or a government's office (X委员会办公室) is left as named: often a body."""
    if m.source != "pattern" or m.end - m.start != len(m.name):
        return m
    office = next((g for g in zh_lex.words("general_offices") if m.name.endswith(g)), None)
    head = m.name[: -len(office)] if office else ""
    owners = zh_lex.words("general_office_owners")
    if len(head) < 4 or org_suffix(head) is None or not head.endswith(owners):
        return m
    return Mention(m.start, m.start + len(head), head)


def organ_parent(name: str) -> str | None:
    """世界知识产权组织(WIPO)成员国大会 -> 世界知识产权组织: the body an organ (assembly,
    committee) belongs to, or None when `name` is not an organ of a named body."""
    for organ in longest_first(zh_lex.words("organ_suffixes")):
        if name.endswith(organ) and len(name) > len(organ) + 2:
            head = re.sub(r"\([^()]*\)$", "", name[: -len(organ)]).strip()
            return head if len(head) >= 2 and org_suffix(head) else None
    return None
