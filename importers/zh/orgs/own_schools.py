"""本校 and 我校 on a university's own page: the university the page speaks for.

A university's news page names itself in its masthead (a site name under the headline) and
then says 本校 (本校校长某某, 本校与甲签署). The word names the university the heading block
names, else the one university the text names; with none or several, it names none.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.home import heading_block
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_openers
from store.text import is_han, lexicon


def own_words(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(mention of 本校, the university it names) for each standalone use of the words."""
    words = [
        w
        for w in _words().finditer(text)
        if _standalone(text, w.start())
        and not any(m.start < w.end() and w.start() < m.end for m in mentions)
    ]
    if not words:
        return []
    target = _university(text, mentions)
    if target is None:
        return []
    return [
        (Mention(w.start(), w.end(), w.group(0), target.ref, source="self"), target) for w in words
    ]


def _university(text: str, mentions: list[Mention]) -> Mention | None:
    """The university of the heading block, else the one university the text names."""
    heads = tuple(lexicon.words("zh_agreements.txt", "university_heads"))
    found = [m for m in mentions if m.source not in ("self", "implied") and m.name.endswith(heads)]
    for start, end in heading_block(text):
        named = [m for m in found if start <= m.start and m.end <= end]
        if named:
            return named[0]
    return found[0] if len({m.name for m in found}) == 1 else None


def _standalone(text: str, s: int) -> bool:
    """Whether a name may begin at `s`: not inside a longer word or name."""
    before = text[s - 1] if s else ""
    openers = org_openers() + "、" + zh_lex.chars("conjunctions")
    return not before or not is_han(before) or before in openers


@cache
def _words() -> re.Pattern[str]:
    return re.compile(alternation(zh_lex.words("own_school_words")))
