"""A unit and its head's title written between a title and a transliterated name.

该组织总干事办公室主任鲁思·恩科西: the dotted-name pattern takes every Chinese character up to
the dot, so after the title 总干事 it would read 办公室主任鲁思 as the first part of a name. A
unit's last character (室, 处, 司) right before a title inside that run says the run opens with
the unit and its head's title: the title before goes on over them, and the name comes after.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex


def unit_title_first(run: str, separators: str) -> bool:
    """Whether the part of the dotted `run` before its first separator holds a title right
    after a unit's last character (办公室 + 主任)."""
    cut = min((k for k, c in enumerate(run) if c in separators), default=len(run))
    head = run[:cut]
    units = zh_lex.chars("unit_ends")
    return any(
        m.start() > 0 and head[m.start() - 1] in units for m in zh_lex.title_regex().finditer(head)
    )
