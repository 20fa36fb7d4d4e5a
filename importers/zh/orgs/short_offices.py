"""Offices of a provincial or city government named by their usual short form right after
the level word (省外办 for the province's 外事办公室, 市台办): no organisation suffix ends
these names, so the suffix rules miss them, though the text names a body."""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import coordinators
from store.text import is_han


def short_offices(text: str, toks: list[Token]) -> list[Mention]:
    """省外办, 山东省外办, 市侨办, 省委: a level word (alone, where jieba starts a word with
    it, or ending a place jieba tags) and a government office's short form or the short form
    of one of the level's own governing bodies (`level_core_bodies`), unless the short form's
    last character begins a word with what follows (省外 + 办理: "handled outside the
    province")."""
    out = []
    for m in _regex().finditer(text):
        if zh_lex.common_word(text[m.end() - 1 : m.end() + 1]) and not any(
            t.end == m.end() for t in toks
        ):
            continue  # 省外 + 办理; but 省纪委 + 派驻, where jieba ends a word with the name
        start = m.start()
        opens = any(t.start == start for t in toks)  # 在 + 省委, 省委 + 省政府: a word of its own
        if (
            start
            and is_han(text[start - 1])
            and text[start - 1] not in coordinators()
            and not opens
        ):
            level_end = m.start() + len(m.group(1))
            place = next((t for t in toks if t.start < start < t.end == level_end), None)
            if place is None or place.pos != "ns":
                continue
            start = place.start
        out.append(Mention(start, m.end(), text[start : m.end()]))
    return out


@cache
def _regex() -> re.Pattern[str]:
    levels = alternation(zh_lex.words("levels"))
    shorts = alternation([*zh_lex.words("office_short_forms"), *zh_lex.words("level_core_bodies")])
    return re.compile(rf"({levels})(?:{shorts})")
