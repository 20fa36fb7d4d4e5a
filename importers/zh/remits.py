"""A body whose name a bracketed remit follows, then its head's title and name.

Official records write a body with its remit in brackets (某某协和局(商标及设计) 局长 甲某):
the bracket, and the space a record leaves before the title, stand between the body and the
title, so the title patterns find no body right before the title. The body is the one whose
name ends where the bracket opens; the remit is part of its full name, not a unit.
"""

from __future__ import annotations

import re

from importers.zh.orgs.mention import Mention
from importers.zh.roles import PersonHit
from store.text import HAN

#: A bracketed remit of Chinese words (商标及设计, 专利、商标) and the spaces before a title.
REMIT = re.compile(rf"[（(][{HAN}、]{{2,12}}[）)][ \u3000]*$")


def remit_bodies(text: str, hits: list[PersonHit], orgs: list[Mention]) -> None:
    """Give a titled hit with no body the body its title follows past a bracketed remit."""
    for hit in hits:
        title = hit.title or ""
        if hit.org is not None or not title:
            continue
        title_at = text.rfind(title, 0, hit.start)
        if title_at < 0 or text[title_at + len(title) : hit.start].strip():
            continue
        remit = REMIT.search(text, max(0, title_at - 20), title_at)
        if remit is None:
            continue
        body = next((o for o in orgs if o.end == remit.start()), None)
        if body is not None:
            hit.org, hit.span_start = body, body.start
