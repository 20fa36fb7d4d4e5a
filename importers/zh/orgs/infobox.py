"""The fields of an encyclopedia entry on a body (基本信息): 中文名, 简称, 外文名.

An entry opens with a box of labelled fields. The one that gives the Chinese name says which
body the entry is of; the short-form and foreign-name fields then give that body's other
names (简称：某某中心, 外文名：Some Centre), not bodies of their own. A label may be spaced
out to align the box (简　称), and lines may have been run together before the label
(…Center简 称:…), so a label is known by its colon and by no Chinese character before it.
The labels are in store/text/words/zh.txt ([entry_name_labels], [entry_other_name_labels]).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention, squash
from store.text import HAN

_LATIN_VALUE = r"[A-Za-z][A-Za-z0-9 ().,&'\-]*[A-Za-z0-9)]"
_HAN_VALUE = rf"[{HAN}()]{{2,30}}"


def _label(words: Iterable[str]) -> str:
    """The labels as a pattern, each allowed spaces between its characters (简　称)."""
    return rf"(?<![{HAN}])(?:{zh_lex.spaced_labels(words)})[ \u3000]*[:：][ \u3000]*"


@cache
def _name_field() -> re.Pattern[str]:
    return re.compile(_label(zh_lex.words("entry_name_labels")))


@cache
def _other_name_field() -> re.Pattern[str]:
    label = _label(zh_lex.words("entry_other_name_labels"))
    return re.compile(rf"{label}(?:({_LATIN_VALUE})|({_HAN_VALUE}))")


def other_names(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(another name, the body the entry is of) for each short-form or foreign-name field of
    an entry whose Chinese-name field names a body; a name not yet a mention becomes one."""
    subject = _subject(text, mentions)
    if subject is None:
        return []
    by_start = {m.start: m for m in mentions}
    out = []
    for field in _other_name_field().finditer(text):
        group = 1 if field.group(1) else 2
        start, end = field.span(group)
        name = squash(field.group(group))
        if name == subject.name:
            continue
        found = by_start.get(start)
        named = found if found is not None and found.end == end else None
        out.append((named or Mention(start, end, name, source="alias"), subject))
    return out


def _subject(text: str, mentions: list[Mention]) -> Mention | None:
    """The body the first Chinese-name field names, if a mention starts right after it."""
    field = _name_field().search(text)
    if field is None:
        return None
    return next((m for m in mentions if m.start == field.end()), None)
