"""某局 + 国际合作司 + 某某 + 副司长: the head of a unit named between the body and the name.

A list of delegates often writes each official as body, unit, name, title, the title being
the unit's head (司 → 副司长, 庭 → 副庭长). The unit is no body of its own; the title is held
at the body named before it. jieba may read the unit's last character with the name (司某某),
a family name 司 that the title's own unit word explains away.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.names import plausible_name, surname_length
from importers.zh.orgs.mention import Mention
from store.text import is_han

#: The longest unit name between a body and a name (知识产权审判庭, 国际合作司).
_UNIT_MAX = 8


def _heads(unit_end: str, title: str) -> bool:
    """Whether `title` is the head's title of a unit ending in `unit_end` (司 → 副司长)."""
    return is_han(unit_end) and f"{unit_end}长" in title


def unit_name_start(text: str, tok: Token, title: str) -> int:
    """Where a name jieba read as `tok` begins: one character later when that character
    ends a unit word written right before it (合作 + 司某某 + 副司长) and the rest is a name
    of its own; else where the word does."""
    start, end = tok.start, tok.end
    if start == 0 or end - start < 3 or not is_han(text[start - 1]):
        return start
    if not _heads(text[start], title) or not surname_length(text, start + 1):
        return start
    return start + 1 if plausible_name(text[start + 1 : end]) else start


def unit_body(text: str, orgs: list[Mention], start: int, title: str) -> Mention | None:
    """The body named right before a unit that runs up to `start`, when `title` is that
    unit's head's title (北京某院 + 知识产权庭 + 某某 + 副庭长): the unit is part of the
    title's meaning, the post the body's."""
    for o in orgs:
        unit = text[o.end : start]
        if not 2 <= len(unit) <= _UNIT_MAX or not all(map(is_han, unit)):
            continue
        if _heads(unit[-1], title) and zh_lex.title_regex().search(unit) is None:
            return o
    return None
