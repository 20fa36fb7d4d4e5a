"""Names listed with 、 after one title (副院长甲某、乙某): the title written once is each name's.

A report of who attended writes a title, then the several people who hold it, separated by
the enumeration comma; only the first name stands right after the title, so the title
patterns read that one alone. Each later item is read only where its form is sure: a Chinese
name (a listed family name and one or two characters) or a transliteration joined by a name
dot (约翰·史密斯) that the item holds whole, closed by punctuation or by a word that follows
names (等, 出席). An item with a title of its own
(、副院长某某) is read by the title patterns; a place (江苏、浙江) or a body is no name.
"""

from __future__ import annotations

import re

from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.names import boundary, followers, plausible_name, surname_length
from importers.zh.orgs.mention import Mention
from importers.zh.roles import PersonHit
from store.text import HAN
from store.text.script import NAME_DOTS

#: a transliterated name whose parts a name dot joins (约翰·史密斯)
_DOTTED = re.compile(rf"[{HAN}]{{1,8}}(?:[{NAME_DOTS}][{HAN}]{{1,10}})+")


def listed_names(
    text: str, toks: list[Token], hits: list[PersonHit], orgs: list[Mention]
) -> list[PersonHit]:
    """A hit for each name of a 、-list that follows a name its title is written before."""
    taken = [(h.start, h.end) for h in hits] + [(m.start, m.end) for m in orgs]
    out: list[PersonHit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        title = hit.title or ""
        if (
            not title
            or hit.alias_of is not None
            or text[hit.start - len(title) : hit.start] != title
        ):
            continue
        end = hit.end
        while end < len(text) and text[end] == "、":
            name = _item_name(text, toks, end + 1)
            if name is None or any(s < end + 1 + len(name) and end + 1 < e for s, e in taken):
                break
            item = PersonHit(end + 1, end + 1 + len(name), name, title=title, org=hit.org)
            item.span_start = hit.span_start
            out.append(item)
            taken.append((item.start, item.end))
            end = item.end
    return out


def _item_name(text: str, toks: list[Token], start: int) -> str | None:
    """The Chinese name that makes the whole 、-item at `start`, else None; or a foreign
    name transliterated with its parts joined by a name dot (约翰·史密斯), as sure a form."""
    if (dotted := _dotted_item(text, start)) is not None:
        return dotted
    sl = surname_length(text, start)
    if not sl:
        return None
    ends = [start + sl + g for g in (1, 2) if start + sl + g <= len(text)]
    closed = [e for e in ends if e == len(text) or text[e] in boundary()]
    followed = [e for e in ends if text.startswith(followers(), e)]
    end = next(iter(closed or followed), None)
    if end is None:
        return None
    name = text[start:end]
    if not plausible_name(name) or name in zh_lex.countries() or _place_word(toks, start, end):
        return None
    return name


def _dotted_item(text: str, start: int) -> str | None:
    """The shortest dotted transliteration at `start` closed by punctuation or a word that
    follows names (史密斯 of 约翰·史密斯等出席), else None."""
    dotted = _DOTTED.match(text, start)
    if dotted is None:
        return None
    for end in range(start + 3, dotted.end() + 1):
        stop = end == len(text) or text[end] in boundary() or text.startswith(followers(), end)
        if stop and _DOTTED.fullmatch(text, start, end):
            return text[start:end]
    return None


def _place_word(toks: list[Token], start: int, end: int) -> bool:
    """Whether jieba reads the item as one place name (江苏), not a person."""
    return any(t.start == start and t.end == end and t.pos.startswith("ns") for t in toks)
