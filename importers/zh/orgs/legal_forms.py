"""A body's legal form written before its name: 财团法人 (a foundation) and 社团法人 (an
incorporated association) in Taiwan and Korea, 独立行政法人 and 一般社团法人 in Japan.

The form is part of the name as the body writes it (財團法人某某研究院 is the body's full name,
某某研究院 its usual short form), so the mention begins with it; the name found after it (by
the reference or by pattern) is unchanged otherwise, and the name without the form, written
later, is the same body.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from store.text import fold


def with_legal_form(text: str, m: Mention) -> Mention:
    """`m` begun at the legal form written right before it, or `m` as it was."""
    form = next((f for f in _forms() if text.endswith(f, 0, m.start)), None)
    if form is None or m.name.startswith(form) or m.end - m.start != len(m.name):
        return m
    return Mention(m.start - len(form), m.end, form + m.name, m.ref, m.source)


@cache
def _forms() -> list[str]:
    return longest_first(zh_lex.words("legal_form_prefixes"))


def bare_names(mentions: list[Mention], key: Callable[[Mention], str]) -> dict[str, str]:
    """{folded name without its legal form: the grouping key of the body named with it}, so
    that 某某研究院 written later is the body first named 財團法人某某研究院."""
    out: dict[str, str] = {}
    for m in mentions:
        form = next((f for f in _forms() if m.name.startswith(f)), None)
        if form is not None and len(m.name) - len(form) >= 2:
            out.setdefault(fold(m.name[len(form) :]), key(m))
    return out
