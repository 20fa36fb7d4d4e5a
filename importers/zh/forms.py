"""A report form's header fields: the writer's body, and the writers' names and titles.

A government trip report opens with fields, not prose (服务机关：经济部智慧财产局 and
姓名职称：甲 局长；乙 科长). The body of the service field is the one the report's 本局 refers
to (`state` asks `service_body`), and each name in the name-and-title field holds its
title at that body.
"""

from __future__ import annotations

import re

from importers.zh import lex as zh_lex
from importers.zh.labelled import field_value
from importers.zh.names import plausible_name, surname_length
from importers.zh.orgs.mention import Mention
from importers.zh.roles import Page, PersonHit
from store.text import is_han

_ITEM_SEPARATORS = re.compile(r"[；;，,、]")
_LINE = re.compile(r"^.*$", re.M)


def service_body(text: str, orgs: list[Mention]) -> Mention | None:
    """The first body named in a form's service field (服务机关：X), or None."""
    return next((o for o in orgs if field_value(text, o.start, "service_labels") == o.start), None)


def form_people(page: Page) -> list[PersonHit]:
    """The names of a name-and-title field (姓名职称：甲 局长；乙 科长), each with its title
    at the body of the service field; none when the form names no such body."""
    body = service_body(page.text, [o for o in page.orgs if o.source not in ("self", "implied")])
    if body is None:
        return []
    out = []
    for line in _LINE.finditer(page.text):
        start = field_value(page.text, line.end(), "name_title_labels")
        if start is None:
            continue
        pos = start
        for part in _ITEM_SEPARATORS.split(page.text[start : line.end()]):
            lead = len(part) - len(part.lstrip())
            named = _name_and_title(part.strip())
            if named is not None:
                s = pos + lead
                hit = PersonHit(s, s + len(named[0]), named[0], title=named[1])
                hit.org, hit.span_start = body, s
                out.append(hit)
            pos += len(part) + 1
    return out


def _name_and_title(item: str) -> tuple[str, str] | None:
    """(name, title) of 甲 局长 or 甲局长: a Chinese name (a family name and one or two more
    characters, three characters tried first) and then a title alone; else None."""
    for k in (3, 2, 4):
        name, title = item[:k], item[k:].strip()
        if not all(is_han(c) for c in name) or not surname_length(name, 0):
            continue
        if plausible_name(name) and zh_lex.title_regex().fullmatch(title):
            return name, title
    return None
